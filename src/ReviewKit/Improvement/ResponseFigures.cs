using System.Collections.ObjectModel;
using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>
/// The response figures of a period, with the definitions the review platforms use: response rate and time, private-contact
/// rate, recovery rate and time to recovery; overall, per agent or per team; and the SLA compliance the SLA module reports.
/// </summary>
/// <remarks>
/// <para>The reviews counted are those <b>received</b> in the period (start inclusive, end exclusive), whatever happened to them later:</para>
/// <list type="bullet">
/// <item><description>Response rate = reviews with a public reply (whenever it came) / reviews received. Response time =
/// first public reply − reception, over the replied reviews: mean and median (the mean of the two middle values for an even count).</description></item>
/// <item><description>Private-contact rate = negative reviews whose author was contacted privately / negative reviews
/// (the best practice for a negative voice: public reply first, then private contact).</description></item>
/// <item><description>Recovery rate = negative reviews whose rating was later raised / negative reviews. Time to recovery =
/// recovery − reception, mean and median over the recovered reviews.</description></item>
/// </list>
/// <para>Figures computed on a recent period are provisional: a review received near the end of it may still get its reply.
/// Medians need every duration, so these figures are computed from the facts of the period rather than merged.</para>
/// <para>Rates are 0 when their denominator is 0; times are <see langword="null"/> when nothing was timed. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ResponseFigures
{
    private static readonly IReadOnlyDictionary<string, SlaTally> NoSla = new ReadOnlyDictionary<string, SlaTally>(new Dictionary<string, SlaTally>());

    private ResponseFigures(
        long reviewCount,
        long repliedCount,
        Duration? meanResponseTime,
        Duration? medianResponseTime,
        long negativeCount,
        long privateContactCount,
        long recoveredCount,
        Duration? meanTimeToRecovery,
        Duration? medianTimeToRecovery,
        IReadOnlyDictionary<string, SlaTally> sla)
    {
        ReviewCount = reviewCount;
        RepliedCount = repliedCount;
        MeanResponseTime = meanResponseTime;
        MedianResponseTime = medianResponseTime;
        NegativeCount = negativeCount;
        PrivateContactCount = privateContactCount;
        RecoveredCount = recoveredCount;
        MeanTimeToRecovery = meanTimeToRecovery;
        MedianTimeToRecovery = medianTimeToRecovery;
        Sla = sla;
    }

    /// <summary>Gets the number of reviews received in the period.</summary>
    public long ReviewCount { get; }

    /// <summary>Gets the number of those reviews that got a public reply.</summary>
    public long RepliedCount { get; }

    /// <summary>Gets the response rate, <c>RepliedCount / ReviewCount</c>.</summary>
    public double ResponseRate => ReviewCount == 0 ? 0 : (double)RepliedCount / ReviewCount;

    /// <summary>Gets the mean time to the first public reply, or <see langword="null"/> when no review was replied to.</summary>
    public Duration? MeanResponseTime { get; }

    /// <summary>Gets the median time to the first public reply, or <see langword="null"/> when no review was replied to.</summary>
    public Duration? MedianResponseTime { get; }

    /// <summary>Gets the number of negative reviews received in the period.</summary>
    public long NegativeCount { get; }

    /// <summary>Gets the number of negative reviews whose author was contacted privately.</summary>
    public long PrivateContactCount { get; }

    /// <summary>Gets the private-contact rate, <c>PrivateContactCount / NegativeCount</c>.</summary>
    public double PrivateContactRate => NegativeCount == 0 ? 0 : (double)PrivateContactCount / NegativeCount;

    /// <summary>Gets the number of negative reviews whose rating was later raised.</summary>
    public long RecoveredCount { get; }

    /// <summary>Gets the recovery rate, <c>RecoveredCount / NegativeCount</c>.</summary>
    public double RecoveryRate => NegativeCount == 0 ? 0 : (double)RecoveredCount / NegativeCount;

    /// <summary>Gets the mean time from reception to recovery, or <see langword="null"/> when nothing was recovered.</summary>
    public Duration? MeanTimeToRecovery { get; }

    /// <summary>Gets the median time from reception to recovery, or <see langword="null"/> when nothing was recovered.</summary>
    public Duration? MedianTimeToRecovery { get; }

    /// <summary>Gets the SLA tallies per metric name (as passed to <see cref="WithSla"/>); empty by default.</summary>
    public IReadOnlyDictionary<string, SlaTally> Sla { get; }

    /// <summary>Computes the figures of the reviews received in <paramref name="period"/>.</summary>
    /// <param name="facts">The facts of the reviews (others than those of the period are ignored).</param>
    /// <param name="period">The period: reviews received at or after its start and before its end.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">A fact is the default value.</exception>
    public static ResponseFigures Compute(IEnumerable<CaseResponseFacts> facts, Interval period)
    {
        ArgumentNullException.ThrowIfNull(facts);
        long reviews = 0, replied = 0, negative = 0, contacted = 0, recovered = 0;
        var responseTimes = new List<long>();
        var recoveryTimes = new List<long>();
        foreach (var f in facts)
        {
            if (!f.IsInitialized)
            {
                throw new ArgumentException("facts contains a default (uninitialised) CaseResponseFacts.", nameof(facts));
            }

            if (!period.Contains(f.ReceivedAt))
            {
                continue;
            }

            reviews++;
            if (f.FirstPublicReplyAt is { } reply)
            {
                replied++;
                responseTimes.Add((reply - f.ReceivedAt).BclCompatibleTicks);
            }

            if (f.IsNegative)
            {
                negative++;
                if (f.FirstPrivateContactAt is not null)
                {
                    contacted++;
                }

                if (f.RecoveredAt is { } rec)
                {
                    recovered++;
                    recoveryTimes.Add((rec - f.ReceivedAt).BclCompatibleTicks);
                }
            }
        }

        return new ResponseFigures(reviews, replied, Mean(responseTimes), Median(responseTimes), negative, contacted, recovered, Mean(recoveryTimes), Median(recoveryTimes), NoSla);
    }

    /// <summary>Computes the figures per agent (cases without an agent are left out).</summary>
    /// <param name="facts">The facts of the reviews.</param>
    /// <param name="period">The period of reception.</param>
    /// <returns>The figures per agent, ordinal keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">A fact is the default value.</exception>
    public static IReadOnlyDictionary<string, ResponseFigures> ByAgent(IEnumerable<CaseResponseFacts> facts, Interval period) =>
        GroupBy(facts, period, static f => f.Agent);

    /// <summary>Computes the figures per team (cases without a team are left out).</summary>
    /// <param name="facts">The facts of the reviews.</param>
    /// <param name="period">The period of reception.</param>
    /// <returns>The figures per team, ordinal keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">A fact is the default value.</exception>
    public static IReadOnlyDictionary<string, ResponseFigures> ByTeam(IEnumerable<CaseResponseFacts> facts, Interval period) =>
        GroupBy(facts, period, static f => f.Team);

    /// <summary>Returns these figures with the SLA tally of one metric, as computed by the SLA module (replacing any tally of that metric).</summary>
    /// <param name="metric">The metric name, for example <c>first-reply</c>.</param>
    /// <param name="tally">The achieved and breached counts.</param>
    /// <returns>The figures with the tally.</returns>
    /// <exception cref="ArgumentException"><paramref name="metric"/> is blank or too long.</exception>
    public ResponseFigures WithSla(string metric, SlaTally tally)
    {
        Guard.NotBlank(metric, nameof(metric), Guard.MaxIdLength);
        var sla = new Dictionary<string, SlaTally>(Sla, StringComparer.Ordinal) { [metric] = tally };
        return new ResponseFigures(ReviewCount, RepliedCount, MeanResponseTime, MedianResponseTime, NegativeCount, PrivateContactCount, RecoveredCount, MeanTimeToRecovery, MedianTimeToRecovery, new ReadOnlyDictionary<string, SlaTally>(sla));
    }

    /// <summary>Returns the main figures as text.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ReviewCount} reviews, response rate {ResponseRate:P0}, median response {MedianResponseTime?.ToString() ?? "n/a"}, recovery rate {RecoveryRate:P0}");

    private static IReadOnlyDictionary<string, ResponseFigures> GroupBy(IEnumerable<CaseResponseFacts> facts, Interval period, Func<CaseResponseFacts, string?> key)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var groups = new Dictionary<string, List<CaseResponseFacts>>(StringComparer.Ordinal);
        foreach (var f in facts)
        {
            if (!f.IsInitialized)
            {
                throw new ArgumentException("facts contains a default (uninitialised) CaseResponseFacts.", nameof(facts));
            }

            if (key(f) is { } k)
            {
                if (!groups.TryGetValue(k, out var list))
                {
                    groups[k] = list = [];
                }

                list.Add(f);
            }
        }

        return new ReadOnlyDictionary<string, ResponseFigures>(groups.ToDictionary(g => g.Key, g => Compute(g.Value, period), StringComparer.Ordinal));
    }

    private static Duration? Mean(List<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return null;
        }

        var sum = Int128.Zero;
        foreach (var t in ticks)
        {
            sum += t;
        }

        return Duration.FromTicks((long)(sum / ticks.Count));
    }

    private static Duration? Median(List<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return null;
        }

        ticks.Sort();
        var mid = ticks.Count / 2;
        return ticks.Count % 2 == 1
            ? Duration.FromTicks(ticks[mid])
            : Duration.FromTicks((long)(((Int128)ticks[mid - 1] + ticks[mid]) / 2));
    }
}
