using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ReviewKit.Reviews;

namespace ReviewKit.Collection;

/// <summary>The outcome of <see cref="FeedbackForm.Validate"/>: the review the submission becomes, or every problem it has.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FeedbackValidationResult
{
    internal FeedbackValidationResult(Review? review, ImmutableArray<FeedbackProblem> problems)
    {
        Review = review;
        Problems = problems;
    }

    /// <summary>Gets the review the submission becomes, or <see langword="null"/> when it has problems.</summary>
    public Review? Review { get; }

    /// <summary>Gets every problem of the submission, in the order of the form's questions (unknown questions last); empty when valid.</summary>
    public ImmutableArray<FeedbackProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the submission is valid (<see cref="Review"/> is set).</summary>
    [MemberNotNullWhen(true, nameof(Review))]
    public bool IsValid => Review is not null;

    /// <summary>Returns <c>valid</c> or the problems, one per line.</summary>
    /// <returns>A description for logs.</returns>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Problems);
}
