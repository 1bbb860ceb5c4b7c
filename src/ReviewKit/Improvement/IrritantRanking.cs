namespace ReviewKit.Improvement;

/// <summary>
/// The major irritants of a period: themes ranked by frequency × severity × trend, with the Pareto view of their mentions,
/// the starting point of a quality meeting.
/// </summary>
/// <remarks>
/// <para><b>Score.</b> For a theme with x mentions among the n reviews of the period, and y mentions among the m reviews of
/// the baseline, <c>Score = F × W × T</c> where</para>
/// <list type="bullet">
/// <item><description>F = x, the frequency (reviews mentioning the theme);</description></item>
/// <item><description>W = the mean severity weight of those mentions, <c>Σ weight(severity) / x</c> with weights
/// Low 1, Medium 2, High 4, Critical 8 and 2 when not triaged by default (each level counting about twice the one below);</description></item>
/// <item><description>T = the trend, <c>(x + 1) / (E + 1)</c> with E = y × n / m the count expected at the baseline
/// incidence, bounded to [0.5, 2] by default; 1 without a baseline. The +1 keeps rare themes from swinging the ranking on
/// one or two mentions, the bounds keep the trend a modulator of F × W rather than its master.</description></item>
/// </list>
/// <para>Ties are broken by count, then theme id (ordinal), so the ranking is deterministic.</para>
/// <para><b>Pareto view.</b> <see cref="Pareto"/> orders the themes by count; each has its share of all theme mentions
/// (a review mentioning two themes counts in both) and the cumulative share; the "vital few" are the themes up to and
/// including the first that brings the cumulative share to <see cref="IrritantRankingOptions.ParetoCutoff"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IrritantRanking
{
    private IrritantRanking(IReadOnlyList<Irritant> irritants, IReadOnlyList<Irritant> pareto, long volume, long baselineVolume)
    {
        Irritants = irritants;
        Pareto = pareto;
        Volume = volume;
        BaselineVolume = baselineVolume;
    }

    /// <summary>Gets the themes by decreasing score (rank 1 first).</summary>
    public IReadOnlyList<Irritant> Irritants { get; }

    /// <summary>Gets the same themes by decreasing count, with their cumulative shares (the Pareto chart).</summary>
    public IReadOnlyList<Irritant> Pareto { get; }

    /// <summary>Gets the themes of the "vital few", in Pareto order.</summary>
    public IReadOnlyList<Irritant> VitalFew => Pareto.Where(i => i.IsVitalFew).ToArray();

    /// <summary>Gets the number of reviews in the period.</summary>
    public long Volume { get; }

    /// <summary>Gets the number of reviews in the baseline.</summary>
    public long BaselineVolume { get; }

    /// <summary>Ranks the themes of a period against an optional baseline.</summary>
    /// <param name="current">The statistics of the period (and scope) to rank.</param>
    /// <param name="baseline">The statistics of the baseline periods, or <see langword="null"/> for no trend.</param>
    /// <param name="options">The weights; <see langword="null"/> for <see cref="IrritantRankingOptions.Default"/>.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    public static IrritantRanking Rank(ReviewStatistics current, ReviewStatistics? baseline = null, IrritantRankingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        options ??= IrritantRankingOptions.Default;
        var n = current.Volume;
        var m = baseline?.Volume ?? 0;
        var irritants = new List<Irritant>();
        foreach (var (theme, stats) in current.Themes)
        {
            if (stats.Count == 0)
            {
                continue;
            }

            var y = baseline?.Theme(theme).Count ?? 0;
            var weight = options.WeightOf(stats.Severity) / stats.Count;
            var trend = 1.0;
            if (m > 0)
            {
                var expected = (double)y * n / m;
                trend = Math.Clamp((stats.Count + 1) / (expected + 1), options.MinTrend, options.MaxTrend);
            }

            irritants.Add(new Irritant(theme, stats, n, y, m, weight, trend, stats.Count * weight * trend));
        }

        irritants.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byCount = b.Count.CompareTo(a.Count);
            return byCount != 0 ? byCount : string.CompareOrdinal(a.ThemeId, b.ThemeId);
        });
        for (var i = 0; i < irritants.Count; i++)
        {
            irritants[i].Rank = i + 1;
        }

        var pareto = irritants.OrderByDescending(i => i.Count).ThenBy(i => i.ThemeId, StringComparer.Ordinal).ToArray();
        var mentions = pareto.Sum(i => i.Count);
        long cumulative = 0;
        var reached = false;
        foreach (var irritant in pareto)
        {
            cumulative += irritant.Count;
            irritant.ShareOfMentions = (double)irritant.Count / mentions;
            irritant.CumulativeShare = (double)cumulative / mentions;
            irritant.IsVitalFew = !reached;
            reached = irritant.CumulativeShare >= options.ParetoCutoff;
        }

        return new IrritantRanking(irritants, pareto, n, m);
    }

    /// <summary>
    /// Ranks the themes of one period of a table, for one location or all, with the
    /// <see cref="IrritantRankingOptions.BaselinePeriods"/> periods before it as the baseline.
    /// </summary>
    /// <param name="table">The period aggregates.</param>
    /// <param name="period">A day of the period to rank.</param>
    /// <param name="locationId">The location, or <see langword="null"/> for all locations together.</param>
    /// <param name="options">The weights; <see langword="null"/> for <see cref="IrritantRankingOptions.Default"/>.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static IrritantRanking Rank(AggregateTable table, LocalDate period, string? locationId = null, IrritantRankingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= IrritantRankingOptions.Default;
        var current = table.Options.PeriodStart(period);
        var baselineStart = table.Options.PlusPeriods(current, -options.BaselinePeriods);
        bool InScope(AggregateKey k) => locationId is null || string.Equals(k.LocationId, locationId, StringComparison.Ordinal);
        var now = table.Total(k => k.Period == current && InScope(k));
        var before = table.Total(k => k.Period >= baselineStart && k.Period < current && InScope(k));
        return Rank(now, before.Volume == 0 ? null : before, options);
    }
}
