using System.Globalization;

namespace ReviewKit.Reviews;

/// <summary>The person who wrote a review, as the platform shows them.</summary>
/// <remarks>Value equality over all members. Immutable and thread-safe.</remarks>
public sealed class ReviewAuthor : IEquatable<ReviewAuthor>
{
    /// <summary>Creates an author.</summary>
    /// <param name="displayName">The name the platform shows (1 to 512 characters, not blank).</param>
    /// <param name="handle">The author's handle or profile id on the platform, if any (not blank when given).</param>
    /// <param name="audienceSize">The author's followers or subscribers, if known (zero or more), used to spot influencers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="displayName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="displayName"/> or <paramref name="handle"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="audienceSize"/> is negative.</exception>
    public ReviewAuthor(string displayName, string? handle = null, long? audienceSize = null)
    {
        DisplayName = Guard.NotBlank(displayName, nameof(displayName), Guard.MaxLabelLength);
        Handle = Guard.OptionalNotBlank(handle, nameof(handle), Guard.MaxLabelLength);
        if (audienceSize < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(audienceSize), audienceSize, string.Create(CultureInfo.InvariantCulture, $"audienceSize must be zero or more; it was {audienceSize}."));
        }

        AudienceSize = audienceSize;
    }

    /// <summary>Gets the author of a review that shows no name.</summary>
    public static ReviewAuthor Anonymous { get; } = new("Anonymous");

    /// <summary>Gets the name the platform shows.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the author's handle or profile id on the platform, or <see langword="null"/>.</summary>
    public string? Handle { get; }

    /// <summary>Gets the author's number of followers or subscribers, or <see langword="null"/> when unknown.</summary>
    public long? AudienceSize { get; }

    /// <inheritdoc/>
    public bool Equals(ReviewAuthor? other) =>
        other is not null
        && string.Equals(DisplayName, other.DisplayName, StringComparison.Ordinal)
        && string.Equals(Handle, other.Handle, StringComparison.Ordinal)
        && AudienceSize == other.AudienceSize;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReviewAuthor);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(DisplayName), Handle is null ? 0 : StringComparer.Ordinal.GetHashCode(Handle), AudienceSize);

    /// <summary>Returns the display name.</summary>
    /// <returns>The display name.</returns>
    public override string ToString() => DisplayName;
}
