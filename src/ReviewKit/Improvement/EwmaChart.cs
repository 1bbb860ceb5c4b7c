namespace ReviewKit.Improvement;

/// <summary>
/// An EWMA control chart of the negative share per period (for example per week), with limits that follow each period's
/// volume: what the quality report draws to show whether the share of negative reviews drifts.
/// </summary>
/// <remarks>
/// <para><b>Model.</b> In control, the negatives of period i are Binomial(n_i, p0), independent between periods. The centre line
/// p0 is the pooled share of the first <c>baselinePoints</c> periods that have reviews (all periods by default: a
/// retrospective, "phase I" chart; pass a baseline to monitor new periods against a known-good past).</para>
/// <para><b>Statistic.</b> z_0 = p0 and z_i = λ p_i + (1 − λ) z_{i−1} with p_i the period's share; a period without reviews
/// leaves z unchanged. Its in-control variance is exact for varying volumes: V_0 = 0, V_i = λ² p0 (1 − p0) / n_i + (1 − λ)² V_{i−1}.
/// The limits are p0 ± L √V_i, clipped to [0, 1]. Defaults λ = 0.2 and L = 3 (in-control average run length of several
/// hundred periods under the normal approximation, which the averaging makes reasonable once n_i p0 is about 5 or more).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EwmaChart
{
    private EwmaChart(double centerLine, double lambda, double limitWidth, IReadOnlyList<EwmaPoint> points)
    {
        CenterLine = centerLine;
        Lambda = lambda;
        LimitWidth = limitWidth;
        Points = points;
    }

    /// <summary>Gets the centre line p0.</summary>
    public double CenterLine { get; }

    /// <summary>Gets the smoothing constant λ.</summary>
    public double Lambda { get; }

    /// <summary>Gets the width L of the limits, in standard deviations.</summary>
    public double LimitWidth { get; }

    /// <summary>Gets the points, one per period from the first to the last period of the table (periods without reviews included).</summary>
    public IReadOnlyList<EwmaPoint> Points { get; }

    /// <summary>Builds the chart of the negative share from period aggregates.</summary>
    /// <param name="table">The period aggregates (for example weekly).</param>
    /// <param name="scope">Which groups to include (for example one location); <see langword="null"/> for all.</param>
    /// <param name="lambda">The smoothing constant, in (0, 1]. The default is 0.2.</param>
    /// <param name="limitWidth">The width of the limits in standard deviations, positive. The default is 3.</param>
    /// <param name="baselinePoints">How many first periods with reviews estimate the centre line; <see langword="null"/> for all.</param>
    /// <returns>The chart; without points when the table has no reviews in scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/>, <paramref name="limitWidth"/> or <paramref name="baselinePoints"/> is out of range.</exception>
    public static EwmaChart ForNegativeShare(AggregateTable table, Func<AggregateKey, bool>? scope = null, double lambda = 0.2, double limitWidth = 3, int? baselinePoints = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var byPeriod = new SortedDictionary<LocalDate, (long Count, long Volume)>();
        foreach (var (key, stats) in table.Groups)
        {
            if (stats.Volume > 0 && (scope is null || scope(key)))
            {
                var current = byPeriod.GetValueOrDefault(key.Period);
                byPeriod[key.Period] = (current.Count + stats.NegativeCount, current.Volume + stats.Volume);
            }
        }

        var periods = new List<LocalDate>();
        if (byPeriod.Count > 0)
        {
            for (var p = byPeriod.Keys.First(); p <= byPeriod.Keys.Last(); p = table.Options.PlusPeriods(p, 1))
            {
                periods.Add(p);
            }
        }

        var counts = periods.Select(p => byPeriod.GetValueOrDefault(p).Count).ToArray();
        var volumes = periods.Select(p => byPeriod.GetValueOrDefault(p).Volume).ToArray();
        return Compute(periods.ToArray(), counts, volumes, lambda, limitWidth, baselinePoints);
    }

    internal static EwmaChart Compute(LocalDate[] periods, long[] counts, long[] volumes, double lambda, double limitWidth, int? baselinePoints)
    {
        if (!(lambda > 0 && lambda <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "lambda must be within (0, 1].");
        }

        if (!(limitWidth > 0) || double.IsInfinity(limitWidth))
        {
            throw new ArgumentOutOfRangeException(nameof(limitWidth), limitWidth, "limitWidth must be positive and finite.");
        }

        if (baselinePoints is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(baselinePoints), baselinePoints, "baselinePoints must be at least 1.");
        }

        long baseCount = 0, baseVolume = 0;
        var used = 0;
        for (var i = 0; i < periods.Length && (baselinePoints is null || used < baselinePoints); i++)
        {
            if (volumes[i] > 0)
            {
                baseCount += counts[i];
                baseVolume += volumes[i];
                used++;
            }
        }

        var p0 = baseVolume == 0 ? 0 : (double)baseCount / baseVolume;
        var sigma2 = p0 * (1 - p0);
        var z = p0;
        var v = 0.0;
        var points = new EwmaPoint[periods.Length];
        for (var i = 0; i < periods.Length; i++)
        {
            if (volumes[i] > 0)
            {
                z = (lambda * counts[i] / volumes[i]) + ((1 - lambda) * z);
                v = (lambda * lambda * sigma2 / volumes[i]) + ((1 - lambda) * (1 - lambda) * v);
            }

            var half = limitWidth * Math.Sqrt(v);
            points[i] = new EwmaPoint(periods[i], counts[i], volumes[i], z, Math.Max(0, p0 - half), Math.Min(1, p0 + half));
        }

        return new EwmaChart(p0, lambda, limitWidth, points);
    }
}
