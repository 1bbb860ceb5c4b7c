namespace ReviewKit.Collection;

/// <summary>One problem of a submission: the question it concerns and the rule the answer breaks.</summary>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed class FeedbackProblem : IEquatable<FeedbackProblem>
{
    internal FeedbackProblem(string questionId, string rule)
    {
        QuestionId = questionId;
        Rule = rule;
    }

    /// <summary>Gets the id of the question (or of the unknown question the submission answered).</summary>
    public string QuestionId { get; }

    /// <summary>Gets the rule the answer breaks, as one sentence for the customer or the log.</summary>
    public string Rule { get; }

    /// <inheritdoc/>
    public bool Equals(FeedbackProblem? other) =>
        other is not null
        && string.Equals(QuestionId, other.QuestionId, StringComparison.Ordinal)
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeedbackProblem);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(QuestionId), StringComparer.Ordinal.GetHashCode(Rule));

    /// <summary>Returns <c>questionId: rule</c>.</summary>
    /// <returns>For example <c>delivery: an answer is required.</c></returns>
    public override string ToString() => $"{QuestionId}: {Rule}";
}
