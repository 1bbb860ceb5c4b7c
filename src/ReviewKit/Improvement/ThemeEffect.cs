using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>
/// The measured change of one theme's incidence between a before and an after window: both proportions with their samples,
/// the difference and the ratio with confidence intervals, and a verdict.
/// </summary>
/// <remarks>
/// <para><b>Model.</b> Before: x1 of n1 reviews mention the theme; after: x2 of n2. The two windows are independent
/// binomial samples with incidences p1 and p2 (each review mentions the theme or not, independently). The reviews
/// are taken as they come: a change in the mix of customers or channels between the windows is confounded with the effect.</para>
/// <para><b>Difference</b> d = p2 − p1 (negative is an improvement), with Newcombe's hybrid score interval (1998, method 10):
/// with (l1, u1) and (l2, u2) the Wilson score intervals of p1 and p2,
/// <c>[d − √((p2 − l2)² + (u1 − p1)²), d + √((u2 − p2)² + (p1 − l1)²)]</c>. It keeps close to its nominal coverage for small
/// counts and proportions near 0, where the Wald interval fails.</para>
/// <para><b>Ratio</b> RR = p2 / p1, with the log interval <c>exp(ln RR ± z √(1/x2 − 1/n2 + 1/x1 − 1/n1))</c> (Katz); when a count
/// is 0, 0.5 is added to both counts (Haldane) for the ratio and its interval only.</para>
/// <para><b>Verdict.</b> <see cref="EffectVerdict.NotEnoughData"/> when a window has fewer than the minimum reviews or both
/// together fewer than the minimum mentions; otherwise <see cref="EffectVerdict.Improved"/> when the difference's interval is
/// entirely below 0, <see cref="EffectVerdict.Worse"/> when entirely above, <see cref="EffectVerdict.NoDetectableChange"/> otherwise.
/// With a 95% interval, a correction that changed nothing is declared improved (or worse) in at most about 2.5% of cases each.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ThemeEffect
{
    private ThemeEffect(string themeId, long x1, long n1, long x2, long n2, double level, EffectVerdict verdict, (double Lower, double Upper) difference, (double Ratio, double Lower, double Upper) ratio)
    {
        ThemeId = themeId;
        BeforeCount = x1;
        BeforeVolume = n1;
        AfterCount = x2;
        AfterVolume = n2;
        ConfidenceLevel = level;
        Verdict = verdict;
        DifferenceLower = difference.Lower;
        DifferenceUpper = difference.Upper;
        RiskRatio = ratio.Ratio;
        RiskRatioLower = ratio.Lower;
        RiskRatioUpper = ratio.Upper;
    }

    /// <summary>Gets the theme id.</summary>
    public string ThemeId { get; }

    /// <summary>Gets the mentions in the before window (x1).</summary>
    public long BeforeCount { get; }

    /// <summary>Gets the reviews in the before window (n1).</summary>
    public long BeforeVolume { get; }

    /// <summary>Gets the mentions in the after window (x2).</summary>
    public long AfterCount { get; }

    /// <summary>Gets the reviews in the after window (n2).</summary>
    public long AfterVolume { get; }

    /// <summary>Gets the incidence before, x1 / n1 (0 without reviews).</summary>
    public double IncidenceBefore => BeforeVolume == 0 ? 0 : (double)BeforeCount / BeforeVolume;

    /// <summary>Gets the incidence after, x2 / n2 (0 without reviews).</summary>
    public double IncidenceAfter => AfterVolume == 0 ? 0 : (double)AfterCount / AfterVolume;

    /// <summary>Gets the difference after − before (negative is an improvement).</summary>
    public double Difference => IncidenceAfter - IncidenceBefore;

    /// <summary>Gets the lower bound of the difference's interval (Newcombe hybrid score); NaN without reviews on a side.</summary>
    public double DifferenceLower { get; }

    /// <summary>Gets the upper bound of the difference's interval; NaN without reviews on a side.</summary>
    public double DifferenceUpper { get; }

    /// <summary>Gets the ratio after / before (with 0.5 added to both counts when one is 0); NaN without reviews on a side.</summary>
    public double RiskRatio { get; }

    /// <summary>Gets the lower bound of the ratio's log interval; NaN without reviews on a side.</summary>
    public double RiskRatioLower { get; }

    /// <summary>Gets the upper bound of the ratio's log interval; NaN without reviews on a side.</summary>
    public double RiskRatioUpper { get; }

    /// <summary>Gets the confidence level of the intervals (Bonferroni-adjusted when an action measures several themes).</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the verdict.</summary>
    public EffectVerdict Verdict { get; }

    /// <summary>Compares a theme's incidence before and after.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="beforeCount">Mentions before (x1); not negative, at most <paramref name="beforeVolume"/>.</param>
    /// <param name="beforeVolume">Reviews before (n1); not negative.</param>
    /// <param name="afterCount">Mentions after (x2); not negative, at most <paramref name="afterVolume"/>.</param>
    /// <param name="afterVolume">Reviews after (n2); not negative.</param>
    /// <param name="options">The level and minimum samples; <see langword="null"/> for <see cref="EffectMeasurementOptions.Default"/>.</param>
    /// <returns>The effect.</returns>
    /// <exception cref="ArgumentException"><paramref name="themeId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above its volume.</exception>
    public static ThemeEffect Compute(string themeId, long beforeCount, long beforeVolume, long afterCount, long afterVolume, EffectMeasurementOptions? options = null) =>
        Compute(themeId, beforeCount, beforeVolume, afterCount, afterVolume, options ?? EffectMeasurementOptions.Default, (options ?? EffectMeasurementOptions.Default).ConfidenceLevel);

    internal static ThemeEffect Compute(string themeId, long beforeCount, long beforeVolume, long afterCount, long afterVolume, EffectMeasurementOptions options, double level)
    {
        var (x1, n1, x2, n2) = (beforeCount, beforeVolume, afterCount, afterVolume);
        Guard.NotBlank(themeId, nameof(themeId), Guard.MaxIdLength);
        CheckCounts(x1, n1, nameof(beforeCount), nameof(beforeVolume));
        CheckCounts(x2, n2, nameof(afterCount), nameof(afterVolume));
        var z = Distributions.NormalQuantile(1 - ((1 - level) / 2));
        var difference = (double.NaN, double.NaN);
        var ratio = (double.NaN, double.NaN, double.NaN);
        if (n1 > 0 && n2 > 0)
        {
            difference = NewcombeInterval(x1, n1, x2, n2, z);
            ratio = LogRatioInterval(x1, n1, x2, n2, z);
        }

        EffectVerdict verdict;
        if (n1 < Math.Max(1, options.MinimumReviews) || n2 < Math.Max(1, options.MinimumReviews) || x1 + x2 < options.MinimumMentions)
        {
            verdict = EffectVerdict.NotEnoughData;
        }
        else if (difference.Item2 < 0)
        {
            verdict = EffectVerdict.Improved;
        }
        else if (difference.Item1 > 0)
        {
            verdict = EffectVerdict.Worse;
        }
        else
        {
            verdict = EffectVerdict.NoDetectableChange;
        }

        return new ThemeEffect(themeId, x1, n1, x2, n2, level, verdict, difference, ratio);
    }

    /// <summary>Describes the effect.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ThemeId}: {IncidenceBefore:P1} ({BeforeCount}/{BeforeVolume}) -> {IncidenceAfter:P1} ({AfterCount}/{AfterVolume}), difference {Difference:+0.0%;-0.0%} [{DifferenceLower:+0.0%;-0.0%}, {DifferenceUpper:+0.0%;-0.0%}], {Verdict}");

    internal static (double Lower, double Upper) Wilson(long x, long n, double z)
    {
        var p = (double)x / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / (1 + (z2 / n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    internal static (double Lower, double Upper) NewcombeInterval(long x1, long n1, long x2, long n2, double z)
    {
        var p1 = (double)x1 / n1;
        var p2 = (double)x2 / n2;
        var (l1, u1) = Wilson(x1, n1, z);
        var (l2, u2) = Wilson(x2, n2, z);
        var d = p2 - p1;
        return (d - Math.Sqrt(((p2 - l2) * (p2 - l2)) + ((u1 - p1) * (u1 - p1))), d + Math.Sqrt(((u2 - p2) * (u2 - p2)) + ((p1 - l1) * (p1 - l1))));
    }

    internal static (double Ratio, double Lower, double Upper) LogRatioInterval(long x1, long n1, long x2, long n2, double z)
    {
        double a = x2, b = n2, c = x1, d = n1;
        if (x1 == 0 || x2 == 0)
        {
            a += 0.5;
            b += 0.5;
            c += 0.5;
            d += 0.5;
        }

        var logRatio = Math.Log(a / b) - Math.Log(c / d);
        var se = Math.Sqrt((1 / a) - (1 / b) + (1 / c) - (1 / d));
        return (Math.Exp(logRatio), Math.Exp(logRatio - (z * se)), Math.Exp(logRatio + (z * se)));
    }

    private static void CheckCounts(long count, long volume, string countName, string volumeName)
    {
        if (volume < 0)
        {
            throw new ArgumentOutOfRangeException(volumeName, volume, $"{volumeName} must not be negative.");
        }

        if (count < 0 || count > volume)
        {
            throw new ArgumentOutOfRangeException(countName, count, $"{countName} must be within [0, {volumeName}].");
        }
    }
}
