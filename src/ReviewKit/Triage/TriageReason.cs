namespace ReviewKit.Triage;

/// <summary>One reason a triage gave: a stable code for programs, a sentence for agents and the severity it argues for.</summary>
/// <remarks>
/// Codes are stable: <c>rating</c>, <c>sentiment</c>, <c>theme:&lt;id&gt;</c>, <c>risk:&lt;id&gt;</c>, <c>audience</c>,
/// <c>repeat</c>. Value equality. Immutable and thread-safe.
/// </remarks>
public sealed class TriageReason : IEquatable<TriageReason>
{
    /// <summary>Creates a reason.</summary>
    /// <param name="code">The stable code, for example <c>risk:legal_threat</c>; not blank, at most 128 characters.</param>
    /// <param name="message">The explanation shown to agents; not blank, at most 512 characters.</param>
    /// <param name="severity">The severity this reason argues for on its own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public TriageReason(string code, string message, Severity severity)
    {
        Code = Guard.NotBlank(code, nameof(code), 128);
        Message = Guard.NotBlank(message, nameof(message), Guard.MaxLabelLength);
        Severity = Guard.Defined(severity, nameof(severity));
    }

    /// <summary>Creates one of ReviewKit's own reasons, with its message in English and in French.</summary>
    internal TriageReason(string code, string message, string frenchMessage, Severity severity)
        : this(code, message, severity)
    {
        FrenchMessage = frenchMessage;
    }

    /// <summary>Gets the French twin of <see cref="Message"/> for ReviewKit's own reasons, or null for a host's reason.</summary>
    internal string? FrenchMessage { get; }

    /// <summary>Gets the stable code, for example <c>rating</c> or <c>theme:delay</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the explanation shown to agents, in English (a <see cref="Responses.ResponsePlan"/> gives ReviewKit's own reasons in the review's language: see <see cref="Responses.ResponsePlan.Reasons"/>).</summary>
    public string Message { get; }

    /// <summary>Gets the severity this reason argues for on its own.</summary>
    public Severity Severity { get; }

    /// <inheritdoc/>
    public bool Equals(TriageReason? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Severity == other.Severity;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TriageReason);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(Message), Severity);

    /// <summary>Returns the code and the message.</summary>
    /// <returns>For example <c>rating: rated 1/5, at or below the scale's negative threshold</c>.</returns>
    public override string ToString() => $"{Code}: {Message}";

    /// <summary>Returns this reason with its message in a language: French when asked and known, else this reason.</summary>
    internal TriageReason In(bool french) => french && FrenchMessage is { } message ? new TriageReason(Code, message, Severity) : this;
}
