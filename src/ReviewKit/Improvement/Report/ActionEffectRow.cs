using System.Collections.Immutable;

namespace ReviewKit.Improvement;

/// <summary>
/// One improvement action of a <see cref="QualityReport"/> with its measured effect: the incidence of its themes before
/// and after its start, the effect size with its confidence interval, the verdict and the sample sizes behind it; and,
/// beside them, the average rating and the recovery rate before and after.
/// </summary>
/// <remarks>
/// <para>The effect's definition (difference or ratio of incidences, confidence level) is the measurement's business;
/// the report carries the numbers and the verdict text as the measurement produced them. An effect that could not be
/// estimated is <see langword="null"/>, and so are its bounds; bounds, when given, come in pairs around the effect.</para>
/// <para>Value equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ActionEffectRow : IEquatable<ActionEffectRow>
{
    /// <summary>Creates an action row.</summary>
    /// <param name="title">The action, for example <c>New sound insulation, floors 3-5</c>; 1 to 512 characters, not blank.</param>
    /// <param name="themeIds">The ids of the themes the action targets; 1 to 100 ids, each 1 to 256 characters.</param>
    /// <param name="start">The day the action started (in the report's time zone).</param>
    /// <param name="verdict">The verdict as people read it, for example <c>Improved</c> or <c>Not enough data</c>; 1 to 512 characters.</param>
    /// <param name="sampleSizeBefore">The number of reviews in the window before the start; not negative.</param>
    /// <param name="sampleSizeAfter">The number of reviews in the window after the start; not negative.</param>
    /// <param name="incidenceBefore">The themes' incidence before, in [0, 1]; <see langword="null"/> without reviews.</param>
    /// <param name="incidenceAfter">The themes' incidence after, in [0, 1]; <see langword="null"/> without reviews.</param>
    /// <param name="effect">The effect size; finite; <see langword="null"/> when not estimated.</param>
    /// <param name="effectLower">The lower confidence bound; finite, not above <paramref name="effect"/>; given with <paramref name="effectUpper"/> and <paramref name="effect"/>.</param>
    /// <param name="effectUpper">The upper confidence bound; finite, not below <paramref name="effect"/>; given with <paramref name="effectLower"/> and <paramref name="effect"/>.</param>
    /// <param name="averageRatingBefore">The average normalised rating (0 = worst, 1 = best) of the reviews before, in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <param name="averageRatingAfter">The average normalised rating of the reviews after, in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <param name="recoveryRateBefore">The share of negative reviews before whose rating was later raised, in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <param name="recoveryRateAfter">The share of negative reviews after whose rating was later raised, in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="themeIds"/> or <paramref name="verdict"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or too long; no theme id or more than 100; a bound is given without the other or without an effect.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative; a number is NaN or infinite; an incidence outside [0, 1]; the bounds do not surround the effect.</exception>
    public ActionEffectRow(
        string title,
        IEnumerable<string> themeIds,
        LocalDate start,
        string verdict,
        int sampleSizeBefore,
        int sampleSizeAfter,
        double? incidenceBefore = null,
        double? incidenceAfter = null,
        double? effect = null,
        double? effectLower = null,
        double? effectUpper = null,
        double? averageRatingBefore = null,
        double? averageRatingAfter = null,
        double? recoveryRateBefore = null,
        double? recoveryRateAfter = null)
    {
        Title = Guard.NotBlank(title, nameof(title), Guard.MaxLabelLength);
        ThemeIds = ReportChecks.Labels(themeIds, nameof(themeIds), 100, Guard.MaxIdLength);
        if (ThemeIds.IsEmpty)
        {
            throw new ArgumentException("themeIds must name at least one theme.", nameof(themeIds));
        }

        Start = start;
        Verdict = Guard.NotBlank(verdict, nameof(verdict), Guard.MaxLabelLength);
        SampleSizeBefore = ReportChecks.Count(sampleSizeBefore, nameof(sampleSizeBefore));
        SampleSizeAfter = ReportChecks.Count(sampleSizeAfter, nameof(sampleSizeAfter));
        IncidenceBefore = ReportChecks.OptionalShare(incidenceBefore, nameof(incidenceBefore));
        IncidenceAfter = ReportChecks.OptionalShare(incidenceAfter, nameof(incidenceAfter));
        if (effect is { } e)
        {
            Guard.Finite(e, nameof(effect));
        }

        if (effectLower.HasValue != effectUpper.HasValue)
        {
            throw new ArgumentException("effectLower and effectUpper must be given together.", effectLower.HasValue ? nameof(effectUpper) : nameof(effectLower));
        }

        if (effectLower is { } lower && effectUpper is { } upper)
        {
            if (effect is not { } value)
            {
                throw new ArgumentException("A confidence interval needs the effect it surrounds.", nameof(effect));
            }

            Guard.Finite(lower, nameof(effectLower));
            Guard.Finite(upper, nameof(effectUpper));
            if (lower > value)
            {
                throw new ArgumentOutOfRangeException(nameof(effectLower), lower, "effectLower must not be above effect.");
            }

            if (upper < value)
            {
                throw new ArgumentOutOfRangeException(nameof(effectUpper), upper, "effectUpper must not be below effect.");
            }
        }

        Effect = effect;
        EffectLower = effectLower;
        EffectUpper = effectUpper;
        AverageRatingBefore = ReportChecks.OptionalShare(averageRatingBefore, nameof(averageRatingBefore));
        AverageRatingAfter = ReportChecks.OptionalShare(averageRatingAfter, nameof(averageRatingAfter));
        RecoveryRateBefore = ReportChecks.OptionalShare(recoveryRateBefore, nameof(recoveryRateBefore));
        RecoveryRateAfter = ReportChecks.OptionalShare(recoveryRateAfter, nameof(recoveryRateAfter));
    }

    /// <summary>Gets the action's title.</summary>
    public string Title { get; }

    /// <summary>Gets the ids of the themes the action targets (at least one).</summary>
    public ImmutableArray<string> ThemeIds { get; }

    /// <summary>Gets the day the action started.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the verdict text.</summary>
    public string Verdict { get; }

    /// <summary>Gets the number of reviews in the window before the start.</summary>
    public int SampleSizeBefore { get; }

    /// <summary>Gets the number of reviews in the window after the start.</summary>
    public int SampleSizeAfter { get; }

    /// <summary>Gets the themes' incidence before the start, in [0, 1], or <see langword="null"/>.</summary>
    public double? IncidenceBefore { get; }

    /// <summary>Gets the themes' incidence after the start, in [0, 1], or <see langword="null"/>.</summary>
    public double? IncidenceAfter { get; }

    /// <summary>Gets the effect size, or <see langword="null"/> when not estimated.</summary>
    public double? Effect { get; }

    /// <summary>Gets the lower confidence bound of the effect, or <see langword="null"/>.</summary>
    public double? EffectLower { get; }

    /// <summary>Gets the upper confidence bound of the effect, or <see langword="null"/>.</summary>
    public double? EffectUpper { get; }

    /// <summary>Gets the average normalised rating before the start, in [0, 1], or <see langword="null"/>.</summary>
    public double? AverageRatingBefore { get; }

    /// <summary>Gets the average normalised rating after the start, in [0, 1], or <see langword="null"/>.</summary>
    public double? AverageRatingAfter { get; }

    /// <summary>Gets the recovery rate of the negative reviews before the start, in [0, 1], or <see langword="null"/>.</summary>
    public double? RecoveryRateBefore { get; }

    /// <summary>Gets the recovery rate of the negative reviews after the start, in [0, 1], or <see langword="null"/>.</summary>
    public double? RecoveryRateAfter { get; }

    /// <inheritdoc/>
    public bool Equals(ActionEffectRow? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && ReportChecks.SequenceEqual(ThemeIds, other.ThemeIds)
        && Start == other.Start
        && string.Equals(Verdict, other.Verdict, StringComparison.Ordinal)
        && SampleSizeBefore == other.SampleSizeBefore
        && SampleSizeAfter == other.SampleSizeAfter
        && Nullable.Equals(IncidenceBefore, other.IncidenceBefore)
        && Nullable.Equals(IncidenceAfter, other.IncidenceAfter)
        && Nullable.Equals(Effect, other.Effect)
        && Nullable.Equals(EffectLower, other.EffectLower)
        && Nullable.Equals(EffectUpper, other.EffectUpper)
        && Nullable.Equals(AverageRatingBefore, other.AverageRatingBefore)
        && Nullable.Equals(AverageRatingAfter, other.AverageRatingAfter)
        && Nullable.Equals(RecoveryRateBefore, other.RecoveryRateBefore)
        && Nullable.Equals(RecoveryRateAfter, other.RecoveryRateAfter);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ActionEffectRow);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Title, ReportChecks.SequenceHash(ThemeIds), Start, Verdict, SampleSizeBefore, SampleSizeAfter, Effect);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ActionEffectRow? left, ActionEffectRow? right) => Equals(left, right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ActionEffectRow? left, ActionEffectRow? right) => !Equals(left, right);
}
