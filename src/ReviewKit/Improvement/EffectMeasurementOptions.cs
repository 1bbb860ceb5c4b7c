using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>The windows, lag, confidence level and minimum samples of the <see cref="ActionEffectMeasurer"/>.</summary>
/// <remarks>Immutable and thread-safe; validated in the constructor.</remarks>
public sealed class EffectMeasurementOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="beforeWindow">The length of the window that ends at the action's start. The default is 3 months.</param>
    /// <param name="afterWindow">The length of the window that starts <paramref name="lag"/> after the action's start. The default is 3 months.</param>
    /// <param name="lag">How long after the start the correction is expected to show (left out of both windows). The default is zero.</param>
    /// <param name="confidenceLevel">The confidence level of the intervals. The default is 0.95.</param>
    /// <param name="minimumReviews">The fewest reviews each window needs for a verdict. The default is 30.</param>
    /// <param name="minimumMentions">The fewest mentions of the theme both windows together need for a verdict. The default is 10.</param>
    /// <exception cref="ArgumentNullException">A period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A window is not positive, the lag is negative, the level is not within (0.5, 1), a minimum is negative.</exception>
    public EffectMeasurementOptions(
        Period? beforeWindow = null,
        Period? afterWindow = null,
        Period? lag = null,
        double confidenceLevel = 0.95,
        long minimumReviews = 30,
        long minimumMentions = 10)
    {
        BeforeWindow = beforeWindow ?? Period.FromMonths(3);
        AfterWindow = afterWindow ?? Period.FromMonths(3);
        Lag = lag ?? Period.Zero;
        var reference = new LocalDate(2000, 1, 1);
        if (reference.Plus(BeforeWindow) <= reference || BeforeWindow.HasTimeComponent)
        {
            throw new ArgumentOutOfRangeException(nameof(beforeWindow), BeforeWindow, "beforeWindow must be a positive date period.");
        }

        if (reference.Plus(AfterWindow) <= reference || AfterWindow.HasTimeComponent)
        {
            throw new ArgumentOutOfRangeException(nameof(afterWindow), AfterWindow, "afterWindow must be a positive date period.");
        }

        if (reference.Plus(Lag) < reference || Lag.HasTimeComponent)
        {
            throw new ArgumentOutOfRangeException(nameof(lag), Lag, "lag must be a date period that is zero or positive.");
        }

        if (!(confidenceLevel > 0.5 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "confidenceLevel must be within (0.5, 1).");
        }

        ConfidenceLevel = confidenceLevel;
        MinimumReviews = minimumReviews >= 0 ? minimumReviews : throw new ArgumentOutOfRangeException(nameof(minimumReviews), minimumReviews, "minimumReviews must not be negative.");
        MinimumMentions = minimumMentions >= 0 ? minimumMentions : throw new ArgumentOutOfRangeException(nameof(minimumMentions), minimumMentions, "minimumMentions must not be negative.");
    }

    /// <summary>Gets the default options.</summary>
    public static EffectMeasurementOptions Default { get; } = new();

    /// <summary>Gets the length of the before window.</summary>
    /// <value>The default value is 3 months.</value>
    public Period BeforeWindow { get; }

    /// <summary>Gets the length of the after window.</summary>
    /// <value>The default value is 3 months.</value>
    public Period AfterWindow { get; }

    /// <summary>Gets the lag between the start and the after window.</summary>
    /// <value>The default value is zero.</value>
    public Period Lag { get; }

    /// <summary>Gets the confidence level of the intervals.</summary>
    /// <value>The default value is 0.95.</value>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the fewest reviews each window needs for a verdict.</summary>
    /// <value>The default value is 30.</value>
    public long MinimumReviews { get; }

    /// <summary>Gets the fewest mentions both windows together need for a verdict.</summary>
    /// <value>The default value is 10.</value>
    public long MinimumMentions { get; }

    /// <summary>Describes the options.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"before {BeforeWindow}, lag {Lag}, after {AfterWindow}, {ConfidenceLevel:P0} confidence, at least {MinimumReviews} reviews and {MinimumMentions} mentions");
}
