namespace ReviewKit.Cases;

/// <summary>The identity of a <see cref="ReviewCase"/>, chosen by the host (its own key, a GUID, ...).</summary>
/// <remarks>Ordinal value equality. Immutable and thread-safe. The default value is not a valid id.</remarks>
public readonly struct CaseId : IEquatable<CaseId>
{
    private readonly string? _value;

    /// <summary>Creates a case id.</summary>
    /// <param name="value">1 to 256 characters, not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or too long.</exception>
    public CaseId(string value) => _value = Guard.NotBlank(value, nameof(value), Guard.MaxIdLength);

    /// <summary>Gets the id as text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates a new random id (a GUID in its 32-digit form).</summary>
    /// <returns>A new id.</returns>
    public static CaseId NewId() => new(Guid.NewGuid().ToString("N"));

    /// <inheritdoc/>
    public bool Equals(CaseId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CaseId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the id as text.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the ids are equal.</returns>
    public static bool operator ==(CaseId left, CaseId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the ids differ.</returns>
    public static bool operator !=(CaseId left, CaseId right) => !left.Equals(right);
}
