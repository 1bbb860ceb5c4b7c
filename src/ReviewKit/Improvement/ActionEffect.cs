namespace ReviewKit.Improvement;

/// <summary>
/// The measured effect of an <see cref="ImprovementAction"/>: the before and after windows, the statistics of the reviews in
/// scope in each, the effect on each of its themes, an overall verdict, and the average rating and recovery rate beside them.
/// </summary>
/// <remarks>
/// <para>The overall verdict: <see cref="EffectVerdict.Worse"/> when any theme is worse; otherwise
/// <see cref="EffectVerdict.Improved"/> when any theme improved; otherwise <see cref="EffectVerdict.NotEnoughData"/> when
/// every theme lacks data; otherwise <see cref="EffectVerdict.NoDetectableChange"/>. With k themes, each theme's interval is
/// computed at the Bonferroni level 1 − (1 − level) / k so that the overall verdict keeps the nominal error rate.</para>
/// <para>The average rating and the recovery rate are descriptive (no test): they put the incidence change in context.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ActionEffect
{
    internal ActionEffect(ImprovementAction action, DateInterval beforeWindow, DateInterval afterWindow, ReviewStatistics before, ReviewStatistics after, IReadOnlyList<ThemeEffect> themes)
    {
        Action = action;
        BeforeWindow = beforeWindow;
        AfterWindow = afterWindow;
        Before = before;
        After = after;
        Themes = themes;
        Verdict = themes.Any(t => t.Verdict == EffectVerdict.Worse) ? EffectVerdict.Worse
            : themes.Any(t => t.Verdict == EffectVerdict.Improved) ? EffectVerdict.Improved
            : themes.All(t => t.Verdict == EffectVerdict.NotEnoughData) ? EffectVerdict.NotEnoughData
            : EffectVerdict.NoDetectableChange;
    }

    /// <summary>Gets the action measured.</summary>
    public ImprovementAction Action { get; }

    /// <summary>Gets the before window (both ends inclusive, as the periods of the table that it covers).</summary>
    public DateInterval BeforeWindow { get; }

    /// <summary>Gets the after window (both ends inclusive).</summary>
    public DateInterval AfterWindow { get; }

    /// <summary>Gets the statistics of the reviews in scope in the before window.</summary>
    public ReviewStatistics Before { get; }

    /// <summary>Gets the statistics of the reviews in scope in the after window.</summary>
    public ReviewStatistics After { get; }

    /// <summary>Gets the effect on each of the action's themes, in the action's order.</summary>
    public IReadOnlyList<ThemeEffect> Themes { get; }

    /// <summary>Gets the overall verdict (see remarks).</summary>
    public EffectVerdict Verdict { get; }

    /// <summary>Gets the mean normalised rating before, or <see langword="null"/> without ratings.</summary>
    public double? MeanRatingBefore => Before.MeanRating;

    /// <summary>Gets the mean normalised rating after, or <see langword="null"/> without ratings.</summary>
    public double? MeanRatingAfter => After.MeanRating;

    /// <summary>Gets the recovery rate before (recovered / negative reviews).</summary>
    public double RecoveryRateBefore => Before.RecoveryRate;

    /// <summary>Gets the recovery rate after (recovered / negative reviews).</summary>
    public double RecoveryRateAfter => After.RecoveryRate;

    /// <summary>Describes the effect.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Action.Id}: {Verdict} ({string.Join("; ", Themes)})";
}
