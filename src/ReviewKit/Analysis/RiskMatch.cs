using System.Collections.Immutable;

namespace ReviewKit.Analysis;

/// <summary>
/// A risk that must be escalated at once, found in a review: <c>legal_threat</c>, <c>health_safety</c>, <c>discrimination</c>,
/// <c>fraud_accusation</c>, <c>public_exposure</c> or <c>abuse</c>.
/// </summary>
/// <remarks>Value equality over the id and the evidence. Immutable and thread-safe.</remarks>
public sealed class RiskMatch : IEquatable<RiskMatch>
{
    /// <summary>Creates a risk match.</summary>
    /// <param name="riskId">The risk's id; not blank, at most 64 characters.</param>
    /// <param name="evidence">The spans of text that revealed the risk; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="riskId"/> or <paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="riskId"/> is blank or too long.</exception>
    public RiskMatch(string riskId, IEnumerable<TextSpan> evidence)
    {
        RiskId = Guard.NotBlank(riskId, nameof(riskId), ThemeMatch.MaxIdLength);
        ArgumentNullException.ThrowIfNull(evidence);
        Evidence = [.. evidence];
    }

    /// <summary>Gets the risk's id, for example <c>legal_threat</c>.</summary>
    public string RiskId { get; }

    /// <summary>Gets the spans of the analysed text that revealed the risk, in text order.</summary>
    public ImmutableArray<TextSpan> Evidence { get; }

    /// <inheritdoc/>
    public bool Equals(RiskMatch? other) =>
        other is not null
        && string.Equals(RiskId, other.RiskId, StringComparison.Ordinal)
        && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskMatch);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(RiskId), Evidence.Length);

    /// <summary>Returns the id.</summary>
    /// <returns>The risk id.</returns>
    public override string ToString() => RiskId;
}
