namespace ReviewKit.Import;

/// <summary>Why an importer could not turn a row into a review: the field at fault and the rule it breaks.</summary>
/// <remarks>Value equality over both members. Immutable and thread-safe.</remarks>
public sealed class ImportRejection : IEquatable<ImportRejection>
{
    /// <summary>Creates a rejection.</summary>
    /// <param name="field">The field at fault: a CSV column name or a JSON property path such as <c>reviewReply.updateTime</c>; <c>(row)</c> when the row as a whole is at fault.</param>
    /// <param name="reason">The rule the field breaks, as one sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> or <paramref name="reason"/> is empty or white space.</exception>
    public ImportRejection(string field, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Field = field;
        Reason = reason;
    }

    /// <summary>Gets the field at fault: a CSV column name, a JSON property path, or <c>(row)</c>.</summary>
    public string Field { get; }

    /// <summary>Gets the rule the field breaks.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(ImportRejection? other) =>
        other is not null
        && string.Equals(Field, other.Field, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ImportRejection);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Field), StringComparer.Ordinal.GetHashCode(Reason));

    /// <summary>Returns <c>field: reason</c>.</summary>
    /// <returns>For example <c>starRating: 'SIX' is not one of ONE, TWO, THREE, FOUR, FIVE.</c></returns>
    public override string ToString() => $"{Field}: {Reason}";
}
