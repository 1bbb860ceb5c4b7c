namespace ReviewKit.Reviews;

/// <summary>
/// The identity of a review: its <see cref="ReviewSource"/> and the platform's own identifier for it. Two reviews
/// with the same id are revisions of the same review.
/// </summary>
/// <remarks>Value equality; the platform id is compared ordinally (case-sensitive). Immutable and thread-safe.</remarks>
public readonly struct ReviewId : IEquatable<ReviewId>
{
    private readonly string? _platformId;

    /// <summary>Creates a review id.</summary>
    /// <param name="source">The channel the review came from.</param>
    /// <param name="platformId">The platform's own id for the review (1 to 256 characters, not blank).</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is the default value, or <paramref name="platformId"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="platformId"/> is null.</exception>
    public ReviewId(ReviewSource source, string platformId)
    {
        Source = Guard.NotDefault(source, nameof(source));
        _platformId = Guard.NotBlank(platformId, nameof(platformId), Guard.MaxIdLength);
    }

    /// <summary>Gets the channel the review came from.</summary>
    public ReviewSource Source { get; }

    /// <summary>Gets the platform's own identifier of the review.</summary>
    public string PlatformId => _platformId ?? string.Empty;

    /// <inheritdoc/>
    public bool Equals(ReviewId other) => Source == other.Source && string.Equals(PlatformId, other.PlatformId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReviewId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, StringComparer.Ordinal.GetHashCode(PlatformId));

    /// <summary>Returns <c>source:platformId</c>, for example <c>google:AbC123</c>.</summary>
    /// <returns>The id as text.</returns>
    public override string ToString() => $"{Source}:{PlatformId}";

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when source and platform id are equal.</returns>
    public static bool operator ==(ReviewId left, ReviewId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when source or platform id differ.</returns>
    public static bool operator !=(ReviewId left, ReviewId right) => !left.Equals(right);
}
