namespace ReviewKit.Escalation;

/// <summary>Someone an escalation notifies: a role the host resolves for the case, or a named recipient (an address, a user id, a channel).</summary>
/// <remarks>
/// An immutable value with equality: two recipients are equal when they are the same role, or the same name (ordinal).
/// Thread-safe. The default value is the role <see cref="EscalationRole.Agent"/>.
/// </remarks>
public readonly struct EscalationRecipient : IEquatable<EscalationRecipient>
{
    private readonly string? _name;

    private EscalationRecipient(EscalationRole role, string? name)
    {
        Role = role;
        _name = name;
    }

    /// <summary>Gets the role, meaningful when <see cref="IsRole"/> is <see langword="true"/>.</summary>
    public EscalationRole Role { get; }

    /// <summary>Gets the name of a named recipient, or <see langword="null"/> for a role.</summary>
    public string? Name => _name;

    /// <summary>Gets a value indicating whether the recipient is a role (otherwise a name).</summary>
    public bool IsRole => _name is null;

    /// <summary>Creates a recipient from a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public static EscalationRecipient FromRole(EscalationRole role) => new(Guard.Defined(role, nameof(role)), null);

    /// <summary>Creates a named recipient.</summary>
    /// <param name="name">An address, a user id or a channel the host understands; not blank, at most 512 characters.</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or too long.</exception>
    public static EscalationRecipient Named(string name) => new(default, Guard.NotBlank(name, nameof(name), Guard.MaxLabelLength));

    /// <summary>Compares two recipients for equality.</summary>
    /// <param name="left">The first recipient.</param>
    /// <param name="right">The second recipient.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EscalationRecipient left, EscalationRecipient right) => left.Equals(right);

    /// <summary>Compares two recipients for inequality.</summary>
    /// <param name="left">The first recipient.</param>
    /// <param name="right">The second recipient.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationRecipient left, EscalationRecipient right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EscalationRecipient other) =>
        string.Equals(_name, other._name, StringComparison.Ordinal) && (_name is not null || Role == other.Role);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EscalationRecipient other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _name is null ? (int)Role : StringComparer.Ordinal.GetHashCode(_name);

    /// <summary>Returns the role (<c>role:TeamLead</c>) or the name.</summary>
    /// <returns>The recipient as text.</returns>
    public override string ToString() => _name ?? $"role:{Role}";
}
