namespace ReviewKit.Triage;

/// <summary>The thresholds of the default <see cref="ReviewTriage"/>.</summary>
/// <remarks>Plain data: set it before creating the triage, which validates and copies it.</remarks>
public sealed class ReviewTriageOptions
{
    /// <summary>Gets or sets the sentiment at or below which a text reads as negative.</summary>
    /// <value>The default value is -0.05. Must be in [-1, 0].</value>
    public double NegativeSentiment { get; set; } = -0.05;

    /// <summary>Gets or sets the sentiment at or below which a text reads as strongly negative.</summary>
    /// <value>The default value is -0.6. Must be in [-1, <see cref="NegativeSentiment"/>].</value>
    public double StrongNegativeSentiment { get; set; } = -0.6;

    /// <summary>Gets or sets the audience (followers, subscribers) from which an author counts as an influencer.</summary>
    /// <value>The default value is 10,000. Must be 1 or more.</value>
    public long InfluencerAudience { get; set; } = 10_000;

    /// <summary>Gets or sets how many earlier complaints from the same customer raise a review to <see cref="Severity.High"/>.</summary>
    /// <value>The default value is 2. Must be 1 or more.</value>
    public int RepeatComplaintsForHigh { get; set; } = 2;

    /// <summary>Gets or sets the smallest theme confidence that counts as a reason.</summary>
    /// <value>The default value is 0.5. Must be in [0, 1].</value>
    public double MinThemeConfidence { get; set; } = 0.5;

    /// <summary>Checks the options and returns every failure, each prefixed with <paramref name="path"/>.</summary>
    /// <param name="path">The configuration path of these options, for example <c>ReviewKit:Triage</c>; may be empty.</param>
    /// <returns>The failures; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate(string path = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        var prefix = path.Length == 0 ? string.Empty : path + ":";
        var failures = new List<string>();
        if (!(NegativeSentiment is >= -1 and <= 0))
        {
            failures.Add($"{prefix}{nameof(NegativeSentiment)}: must be within [-1, 0].");
        }

        if (!(StrongNegativeSentiment >= -1 && StrongNegativeSentiment <= NegativeSentiment))
        {
            failures.Add($"{prefix}{nameof(StrongNegativeSentiment)}: must be within [-1, {nameof(NegativeSentiment)}].");
        }

        if (InfluencerAudience < 1)
        {
            failures.Add($"{prefix}{nameof(InfluencerAudience)}: must be 1 or more.");
        }

        if (RepeatComplaintsForHigh < 1)
        {
            failures.Add($"{prefix}{nameof(RepeatComplaintsForHigh)}: must be 1 or more.");
        }

        if (!(MinThemeConfidence is >= 0 and <= 1))
        {
            failures.Add($"{prefix}{nameof(MinThemeConfidence)}: must be within [0, 1].");
        }

        return failures;
    }
}
