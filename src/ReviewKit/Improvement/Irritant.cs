using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>One theme in an <see cref="IrritantRanking"/>: its counts, the three factors of its score, and an example review.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Irritant
{
    internal Irritant(string themeId, ThemeStatistics current, long volume, long baselineCount, long baselineVolume, double severityWeight, double trend, double score)
    {
        ThemeId = themeId;
        Count = current.Count;
        NegativeCount = current.NegativeCount;
        Severity = current.Severity;
        Volume = volume;
        BaselineCount = baselineCount;
        BaselineVolume = baselineVolume;
        SeverityWeight = severityWeight;
        Trend = trend;
        Score = score;
        ExampleReviewId = current.ExampleReviewId;
    }

    /// <summary>Gets the theme id.</summary>
    public string ThemeId { get; }

    /// <summary>Gets the 1-based rank by score (1 is the first priority).</summary>
    public int Rank { get; internal set; }

    /// <summary>Gets the number of reviews in the period that mention the theme (the frequency F).</summary>
    public long Count { get; }

    /// <summary>Gets the number of negative reviews in the period that mention the theme.</summary>
    public long NegativeCount { get; }

    /// <summary>Gets the severity mix of the mentions.</summary>
    public SeverityMix Severity { get; }

    /// <summary>Gets the number of reviews received in the period.</summary>
    public long Volume { get; }

    /// <summary>Gets the incidence: <c>Count / Volume</c>.</summary>
    public double Incidence => Volume == 0 ? 0 : (double)Count / Volume;

    /// <summary>Gets the theme's count in the baseline periods.</summary>
    public long BaselineCount { get; }

    /// <summary>Gets the number of reviews in the baseline periods.</summary>
    public long BaselineVolume { get; }

    /// <summary>Gets the count expected at the baseline incidence: <c>BaselineCount × Volume / BaselineVolume</c>; 0 without a baseline.</summary>
    public double ExpectedCount => BaselineVolume == 0 ? 0 : (double)BaselineCount * Volume / BaselineVolume;

    /// <summary>Gets the mean severity weight of the mentions (the factor W).</summary>
    public double SeverityWeight { get; }

    /// <summary>Gets the trend factor T (see <see cref="IrritantRanking"/>).</summary>
    public double Trend { get; }

    /// <summary>Gets the score F × W × T.</summary>
    public double Score { get; }

    /// <summary>Gets the theme's share of all theme mentions in the period (the Pareto bar).</summary>
    public double ShareOfMentions { get; internal set; }

    /// <summary>Gets the cumulative share of mentions up to and including this theme, in the Pareto order (by count).</summary>
    public double CumulativeShare { get; internal set; }

    /// <summary>Gets a value indicating whether the theme is among the "vital few" of the Pareto view.</summary>
    public bool IsVitalFew { get; internal set; }

    /// <summary>Gets the id of an example review (most severe, then most recent), or <see langword="null"/>.</summary>
    public string? ExampleReviewId { get; }

    /// <summary>Describes the irritant.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"#{Rank} {ThemeId}: {Count} x {SeverityWeight:0.##} x {Trend:0.##} = {Score:0.#}");
}
