using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>The test result of one watched series for the current period: counts, expected count, p-value and whether it is a signal.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeakSignal
{
    internal WeakSignal(WeakSignalSeries series, long windowCount, long windowExposure, long baselineCount, long baselineExposure, double pValue, bool isTested)
    {
        ThemeId = series.ThemeId;
        LocationId = series.LocationId;
        WindowCount = windowCount;
        WindowExposure = windowExposure;
        BaselineCount = baselineCount;
        BaselineExposure = baselineExposure;
        PValue = pValue;
        AdjustedPValue = 1;
        IsTested = isTested;
    }

    /// <summary>Gets the theme id.</summary>
    public string ThemeId { get; }

    /// <summary>Gets the location, or <see langword="null"/> for the theme everywhere.</summary>
    public string? LocationId { get; }

    /// <summary>Gets the theme's count in the tested window.</summary>
    public long WindowCount { get; }

    /// <summary>Gets the number of reviews in the tested window.</summary>
    public long WindowExposure { get; }

    /// <summary>Gets the theme's count in the baseline periods.</summary>
    public long BaselineCount { get; }

    /// <summary>Gets the number of reviews in the baseline periods.</summary>
    public long BaselineExposure { get; }

    /// <summary>Gets the count expected in the window at the baseline incidence: <c>BaselineCount × WindowExposure / BaselineExposure</c>; 0 without baseline reviews.</summary>
    public double ExpectedCount => BaselineExposure == 0 ? 0 : (double)BaselineCount * WindowExposure / BaselineExposure;

    /// <summary>Gets the incidence ratio window / baseline; positive infinity when the baseline count is 0 and the window's is not; 1 when both are 0.</summary>
    public double RateRatio => WindowExposure == 0 || BaselineExposure == 0 || (WindowCount == 0 && BaselineCount == 0)
        ? 1
        : BaselineCount == 0 ? double.PositiveInfinity : (double)WindowCount / WindowExposure / ((double)BaselineCount / BaselineExposure);

    /// <summary>Gets the one-sided exact p-value of the conditional test (see <see cref="WeakSignalDetector"/>); 1 when not tested.</summary>
    public double PValue { get; }

    /// <summary>Gets the Benjamini–Hochberg adjusted p-value (q-value) across the series tested together; 1 when not tested.</summary>
    public double AdjustedPValue { get; internal set; }

    /// <summary>Gets a value indicating whether the series carried information to test (reviews in both the window and the baseline, and at least one mention).</summary>
    public bool IsTested { get; }

    /// <summary>Gets a value indicating whether the series is a signal: adjusted p-value at or below the false discovery rate and window count at least the minimum.</summary>
    public bool IsSignal { get; internal set; }

    /// <summary>Describes the result.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ThemeId}@{LocationId ?? "*"}: {WindowCount} vs {ExpectedCount:0.0} expected, p = {PValue:G3}, q = {AdjustedPValue:G3}{(IsSignal ? " SIGNAL" : string.Empty)}");
}
