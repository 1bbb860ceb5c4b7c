using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ReviewKit.Triage;

namespace ReviewKit.Improvement;

/// <summary>The mutable running counts of one group; frozen into a <see cref="ReviewStatistics"/>.</summary>
/// <remarks>Not thread-safe: one accumulator per aggregator, per thread.</remarks>
internal sealed class GroupAccumulator
{
    internal const int HistogramBins = 5;
    internal const long RatingScale = 1_000_000;

    public long Volume;
    public long Negative;
    public long Rated;
    public long RatingMicros;
    public long Recovered;
    public readonly long[] Histogram = new long[HistogramBins];
    public readonly long[] Severity = new long[5];
    public readonly Dictionary<string, ThemeAccumulator> Themes = new(StringComparer.Ordinal);

    internal struct ThemeAccumulator
    {
        public long Count;
        public long Negative;
        public long Low;
        public long Medium;
        public long High;
        public long Critical;
        public long Unknown;
        public string? ExampleId;
        public Severity? ExampleSeverity;
        public Instant ExampleAt;
    }

    public static long ToMicros(double normalized) => (long)Math.Round(normalized * RatingScale, MidpointRounding.AwayFromZero);

    public static int BinOf(long micros) => (int)Math.Min(HistogramBins - 1, micros * HistogramBins / RatingScale);

    public void Add(in ReviewObservation o)
    {
        Volume++;
        var negative = o.IsNegative;
        if (negative)
        {
            Negative++;
        }

        if (o.IsRecovered)
        {
            Recovered++;
        }

        if (o.NormalizedRating is { } r)
        {
            var micros = ToMicros(r);
            Rated++;
            RatingMicros += micros;
            Histogram[BinOf(micros)]++;
        }

        var severity = o.Severity;
        var severityIndex = severity is { } s ? (int)s : 4;
        Severity[severityIndex]++;

        var themes = o.ThemeIds.AsSpan();
        for (var i = 0; i < themes.Length; i++)
        {
            var theme = themes[i];
            if (i > 0 && themes[..i].Contains(theme))
            {
                continue;
            }

            ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(Themes, theme, out _);
            t.Count++;
            if (negative)
            {
                t.Negative++;
            }

            switch (severityIndex)
            {
                case 0: t.Low++; break;
                case 1: t.Medium++; break;
                case 2: t.High++; break;
                case 3: t.Critical++; break;
                default: t.Unknown++; break;
            }

            if (o.ReviewId is { } id
                && (t.ExampleId is null || ThemeStatistics.CompareExample(severity, o.ReceivedAt, id, t.ExampleSeverity, t.ExampleAt, t.ExampleId) > 0))
            {
                t.ExampleId = id;
                t.ExampleSeverity = severity;
                t.ExampleAt = o.ReceivedAt;
            }
        }
    }

    public void Add(ReviewStatistics s)
    {
        Volume += s.Volume;
        Negative += s.NegativeCount;
        Rated += s.RatedCount;
        RatingMicros += s.RatingMicros;
        Recovered += s.RecoveredCount;
        for (var i = 0; i < HistogramBins; i++)
        {
            Histogram[i] += s.RatingHistogram[i];
        }

        Severity[0] += s.Severity.Low;
        Severity[1] += s.Severity.Medium;
        Severity[2] += s.Severity.High;
        Severity[3] += s.Severity.Critical;
        Severity[4] += s.Severity.Unknown;
        foreach (var (theme, ts) in s.ThemeMap)
        {
            ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(Themes, theme, out _);
            t.Count += ts.Count;
            t.Negative += ts.NegativeCount;
            t.Low += ts.Severity.Low;
            t.Medium += ts.Severity.Medium;
            t.High += ts.Severity.High;
            t.Critical += ts.Severity.Critical;
            t.Unknown += ts.Severity.Unknown;
            if (ts.ExampleReviewId is { } id
                && (t.ExampleId is null || ThemeStatistics.CompareExample(ts.ExampleSeverity, ts.ExampleReceivedAt, id, t.ExampleSeverity, t.ExampleAt, t.ExampleId) > 0))
            {
                t.ExampleId = id;
                t.ExampleSeverity = ts.ExampleSeverity;
                t.ExampleAt = ts.ExampleReceivedAt;
            }
        }
    }

    public ReviewStatistics Freeze()
    {
        var themes = new Dictionary<string, ThemeStatistics>(Themes.Count, StringComparer.Ordinal);
        foreach (var (id, t) in Themes)
        {
            themes.Add(id, new ThemeStatistics(t.Count, t.Negative, new SeverityMix(t.Low, t.Medium, t.High, t.Critical, t.Unknown), t.ExampleId, t.ExampleSeverity, t.ExampleAt));
        }

        return new ReviewStatistics(
            Volume,
            Negative,
            Rated,
            RatingMicros,
            Recovered,
            ImmutableArray.Create(Histogram),
            new SeverityMix(Severity[0], Severity[1], Severity[2], Severity[3], Severity[4]),
            themes);
    }
}
