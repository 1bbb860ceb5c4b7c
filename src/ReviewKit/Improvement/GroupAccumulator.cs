using System.Runtime.InteropServices;

namespace ReviewKit.Improvement;

/// <summary>The mutable running counts of one group while a <see cref="ReviewAggregator"/> streams; frozen into columns by <see cref="AggregateTable"/>.</summary>
/// <remarks>Not thread-safe: one accumulator per aggregator, per thread.</remarks>
internal sealed class GroupAccumulator
{
    internal const int HistogramBins = 5;
    internal const long RatingScale = 1_000_000;

    public GroupTotals Totals;
    public readonly Dictionary<string, ThemeCell> Themes = new(StringComparer.Ordinal);

    public static long ToMicros(double normalized) => (long)Math.Round(normalized * RatingScale, MidpointRounding.AwayFromZero);

    public static int BinOf(long micros) => (int)Math.Min(HistogramBins - 1, micros * HistogramBins / RatingScale);

    public void Add(in ReviewObservation o)
    {
        var negative = o.IsNegative;
        if (negative)
        {
            Totals.Negative++;
        }

        if (o.IsRecovered)
        {
            Totals.Recovered++;
        }

        if (o.NormalizedRating is { } r)
        {
            var micros = ToMicros(r);
            Totals.RatingMicros += micros;
            Totals.Histogram[BinOf(micros)]++;
        }

        var severityIndex = o.Severity is { } s ? (int)s : 4;
        Totals.Severity[severityIndex]++;

        var themes = o.ThemeIds.AsSpan();
        for (var i = 0; i < themes.Length; i++)
        {
            var theme = themes[i];
            if (i > 0 && themes[..i].Contains(theme))
            {
                continue;
            }

            ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(Themes, theme, out _);
            t.AddObservation(negative, severityIndex, o.ReviewId, o.ReceivedAt);
        }
    }

    public void Add(ReviewStatistics s)
    {
        Totals.Add(GroupTotals.From(s));
        foreach (var (theme, ts) in s.ThemeMap)
        {
            ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(Themes, theme, out _);
            t.Add(ThemeCell.From(ts, 0));
        }
    }

    public ReviewStatistics Freeze()
    {
        var themes = new Dictionary<string, ThemeStatistics>(Themes.Count, StringComparer.Ordinal);
        foreach (var (id, t) in Themes)
        {
            themes.Add(id, t.ToStatistics());
        }

        return Totals.ToStatistics(themes);
    }
}
