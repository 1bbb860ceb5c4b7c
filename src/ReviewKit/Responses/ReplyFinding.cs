using System.Globalization;

namespace ReviewKit.Responses;

/// <summary>
/// One problem the <see cref="IReplyChecker"/> found in a reply: a stable <see cref="Code"/>, a severity, where it is in
/// the reply, and a message and a suggestion in the reply's language.
/// </summary>
/// <remarks>
/// <para>The span is <see cref="Start"/> (inclusive) and <see cref="Length"/> in UTF-16 code units of the checked reply;
/// a finding about the whole reply (a missing apology, the length) spans the whole reply, and an empty reply gives
/// empty spans.</para>
/// <para>The message, the suggestion and <see cref="ToString"/> never repeat the personal data that was found: use the
/// span to highlight it in the host's own UI.</para>
/// <para>Value equality over all members. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReplyFinding : IEquatable<ReplyFinding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The stable code, usually one of <see cref="ReplyFindingCodes"/>; not blank, at most 256 characters.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="start">The first UTF-16 code unit of the span in the reply, zero or more.</param>
    /// <param name="length">The length of the span, zero or more.</param>
    /// <param name="message">What is wrong, for the agent; not blank.</param>
    /// <param name="suggestion">How to fix it, for the agent; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="message"/> or <paramref name="suggestion"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not defined, or <paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public ReplyFinding(string code, ReplyFindingSeverity severity, int start, int length, string message, string suggestion)
    {
        Code = Guard.NotBlank(code, nameof(code), Guard.MaxIdLength);
        Severity = Guard.Defined(severity, nameof(severity));
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
        Message = Guard.NotBlank(message, nameof(message), Guard.MaxLabelLength);
        Suggestion = Guard.NotBlank(suggestion, nameof(suggestion), Guard.MaxLabelLength);
    }

    /// <summary>Gets the stable code, for example <see cref="ReplyFindingCodes.PiiEmail"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public ReplyFindingSeverity Severity { get; }

    /// <summary>Gets the first UTF-16 code unit of the span in the reply (inclusive).</summary>
    public int Start { get; }

    /// <summary>Gets the length of the span in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Gets the end of the span in the reply (exclusive): <see cref="Start"/> + <see cref="Length"/>.</summary>
    public int End => Start + Length;

    /// <summary>Gets what is wrong, in the reply's language (French or English). Never contains the personal data found.</summary>
    public string Message { get; }

    /// <summary>Gets how to fix it, in the reply's language (French or English).</summary>
    public string Suggestion { get; }

    /// <inheritdoc/>
    public bool Equals(ReplyFinding? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && Start == other.Start
        && Length == other.Length
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && string.Equals(Suggestion, other.Suggestion, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReplyFinding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), Severity, Start, Length);

    /// <summary>Returns the code, severity, span and message, for example <c>pii.email (Error) at 12+18: ...</c>.</summary>
    /// <returns>A one-line description that never contains the personal data found.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code} ({Severity}) at {Start}+{Length}: {Message}");

    /// <summary>Compares two findings for equality.</summary>
    /// <param name="left">The first finding.</param>
    /// <param name="right">The second finding.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public static bool operator ==(ReplyFinding? left, ReplyFinding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two findings for inequality.</summary>
    /// <param name="left">The first finding.</param>
    /// <param name="right">The second finding.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(ReplyFinding? left, ReplyFinding? right) => !(left == right);
}
