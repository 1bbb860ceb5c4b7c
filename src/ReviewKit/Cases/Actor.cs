namespace ReviewKit.Cases;

/// <summary>Who made an event happen: an agent, the system (an import, a rule) or the customer.</summary>
/// <remarks>Ordinal value equality over kind and id. Immutable and thread-safe.</remarks>
public readonly struct Actor : IEquatable<Actor>
{
    private readonly string? _id;

    /// <summary>Creates an actor.</summary>
    /// <param name="kind">Whether the actor is an agent, the system or the customer.</param>
    /// <param name="id">The host's id for the actor (user id, job name, ...); 1 to 256 characters, not blank.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or too long.</exception>
    public Actor(ActorKind kind, string id)
    {
        Kind = Guard.Defined(kind, nameof(kind));
        _id = Guard.NotBlank(id, nameof(id), Guard.MaxIdLength);
    }

    /// <summary>Gets the customer who wrote the review.</summary>
    public static Actor Customer { get; } = new(ActorKind.Customer, "customer");

    /// <summary>Gets whether the actor is an agent, the system or the customer.</summary>
    public ActorKind Kind { get; }

    /// <summary>Gets the host's id for the actor; empty for the default value.</summary>
    public string Id => _id ?? string.Empty;

    /// <summary>Creates an agent actor.</summary>
    /// <param name="id">The agent's user id.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or too long.</exception>
    public static Actor Agent(string id) => new(ActorKind.Agent, id);

    /// <summary>Creates a system actor.</summary>
    /// <param name="id">The name of the job, import or rule.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or too long.</exception>
    public static Actor System(string id) => new(ActorKind.System, id);

    /// <inheritdoc/>
    public bool Equals(Actor other) => Kind == other.Kind && string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Actor other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _id is null ? 0 : StringComparer.Ordinal.GetHashCode(_id));

    /// <summary>Returns <c>kind:id</c>, for example <c>agent:alice</c>.</summary>
    /// <returns>The actor as text.</returns>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";

    /// <summary>Compares two actors for equality.</summary>
    /// <param name="left">The first actor.</param>
    /// <param name="right">The second actor.</param>
    /// <returns><see langword="true"/> when kind and id are equal.</returns>
    public static bool operator ==(Actor left, Actor right) => left.Equals(right);

    /// <summary>Compares two actors for inequality.</summary>
    /// <param name="left">The first actor.</param>
    /// <param name="right">The second actor.</param>
    /// <returns><see langword="true"/> when kind or id differ.</returns>
    public static bool operator !=(Actor left, Actor right) => !left.Equals(right);
}
