using System.Collections.Immutable;

namespace ReviewKit.Triage;

/// <summary>The outcome of a triage: whether the review is negative, how serious it is, and why.</summary>
/// <remarks>Value equality over all members. Immutable and thread-safe.</remarks>
public sealed class TriageResult : IEquatable<TriageResult>
{
    /// <summary>Creates a result.</summary>
    /// <param name="isNegative">Whether the review is negative (needs a case and a reply).</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="reasons">The reasons, in the order they were considered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> is null or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public TriageResult(bool isNegative, Severity severity, IEnumerable<TriageReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        IsNegative = isNegative;
        Severity = Guard.Defined(severity, nameof(severity));
        Reasons = [.. reasons.Select(r => r ?? throw new ArgumentNullException(nameof(reasons), "reasons must not hold a null."))];
    }

    /// <summary>Gets a value indicating whether the review is negative: it needs a case and a reply.</summary>
    public bool IsNegative { get; }

    /// <summary>Gets how serious the review is; <see cref="Severity.Low"/> for a review that is not negative.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the reasons that led to the result, in the order they were considered.</summary>
    public ImmutableArray<TriageReason> Reasons { get; }

    /// <inheritdoc/>
    public bool Equals(TriageResult? other) =>
        other is not null && IsNegative == other.IsNegative && Severity == other.Severity && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TriageResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsNegative, Severity, Reasons.Length);

    /// <summary>Returns the verdict and the reason codes.</summary>
    /// <returns>For example <c>negative High (rating, theme:delay, repeat)</c>.</returns>
    public override string ToString() =>
        $"{(IsNegative ? "negative" : "not negative")} {Severity} ({string.Join(", ", Reasons.Select(r => r.Code))})";
}
