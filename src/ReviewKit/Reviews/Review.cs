using System.Collections.Immutable;
using System.Globalization;

namespace ReviewKit.Reviews;

/// <summary>
/// One revision of a customer review, comment or complaint, from any channel: what the customer wrote, when, how they
/// rated it and where it belongs in the business.
/// </summary>
/// <remarks>
/// <para>A review edited on its platform is a new <see cref="Review"/> with the same <see cref="Id"/> and a later
/// <see cref="UpdatedAt"/>; the case that handles it keeps every revision (see <c>ReviewCase.Revisions</c>).</para>
/// <para>The title and the text may each be empty (a star rating alone, or a social comment with text and no
/// rating). Nothing is ever truncated: text over 100,000 characters is rejected.</para>
/// <para>Value equality over all members, metadata included. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Review : IEquatable<Review>
{
    private const int MaxMetadataEntries = 64;
    private const int MaxMetadataKeyLength = 128;
    private const int MaxMetadataValueLength = 4_096;
    private static readonly ImmutableSortedDictionary<string, string> EmptyMetadata =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    private readonly ImmutableSortedDictionary<string, string> _metadata;

    /// <summary>Creates a review revision.</summary>
    /// <param name="id">The review's source and platform id.</param>
    /// <param name="publishedAt">When the review was first published.</param>
    /// <param name="text">The body, possibly empty; at most 100,000 characters.</param>
    /// <param name="title">The title, if the platform has one; at most 100,000 characters.</param>
    /// <param name="rating">The rating, or <see langword="null"/> when the channel has none.</param>
    /// <param name="language">The language the platform or the host declared, if any.</param>
    /// <param name="author">The author; <see cref="ReviewAuthor.Anonymous"/> when <see langword="null"/>.</param>
    /// <param name="locationId">The location or business unit the review is about, if any (not blank when given).</param>
    /// <param name="orderReference">The order, booking or product reference the review is about, if known (not blank when given).</param>
    /// <param name="updatedAt">When this revision was written, for an edited review; not before <paramref name="publishedAt"/>.</param>
    /// <param name="metadata">The host's own keys and values (at most 64 entries, keys 1 to 128 characters, values at most 4,096).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null, or <paramref name="metadata"/> has a null value.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is the default value; a text is too long; an optional label is blank or too long;
    /// <paramref name="updatedAt"/> is before <paramref name="publishedAt"/>; the metadata break a limit.
    /// </exception>
    public Review(
        ReviewId id,
        Instant publishedAt,
        string text,
        string? title = null,
        Rating? rating = null,
        LanguageTag? language = null,
        ReviewAuthor? author = null,
        string? locationId = null,
        string? orderReference = null,
        Instant? updatedAt = null,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        Id = Guard.NotDefault(id, nameof(id));
        PublishedAt = publishedAt;
        Text = Guard.Text(text, nameof(text));
        Title = Guard.OptionalText(title, nameof(title)) ?? string.Empty;
        if (rating is { } r)
        {
            Guard.NotDefault(r, nameof(rating));
        }

        Rating = rating;
        Language = language;
        Author = author ?? ReviewAuthor.Anonymous;
        LocationId = Guard.OptionalNotBlank(locationId, nameof(locationId), Guard.MaxLabelLength);
        OrderReference = Guard.OptionalNotBlank(orderReference, nameof(orderReference), Guard.MaxLabelLength);
        if (updatedAt < publishedAt)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"updatedAt ({updatedAt}) must not be before publishedAt ({publishedAt})."),
                nameof(updatedAt));
        }

        UpdatedAt = updatedAt;
        _metadata = metadata is null or { Count: 0 } ? EmptyMetadata : ValidateMetadata(metadata);
    }

    /// <summary>Gets the review's source and platform id.</summary>
    public ReviewId Id { get; }

    /// <summary>Gets the channel the review came from (the source of <see cref="Id"/>).</summary>
    public ReviewSource Source => Id.Source;

    /// <summary>Gets when the review was first published.</summary>
    public Instant PublishedAt { get; }

    /// <summary>Gets when this revision was written, or <see langword="null"/> for the original.</summary>
    public Instant? UpdatedAt { get; }

    /// <summary>Gets when this revision took effect: <see cref="UpdatedAt"/> when set, otherwise <see cref="PublishedAt"/>.</summary>
    public Instant RevisedAt => UpdatedAt ?? PublishedAt;

    /// <summary>Gets the title; empty when there is none.</summary>
    public string Title { get; }

    /// <summary>Gets the body; possibly empty.</summary>
    public string Text { get; }

    /// <summary>Gets the rating, or <see langword="null"/> when the channel has none.</summary>
    public Rating? Rating { get; }

    /// <summary>Gets the language declared by the platform or the host, or <see langword="null"/> when unknown.</summary>
    public LanguageTag? Language { get; }

    /// <summary>Gets the author.</summary>
    public ReviewAuthor Author { get; }

    /// <summary>Gets the location or business unit the review is about, or <see langword="null"/>.</summary>
    public string? LocationId { get; }

    /// <summary>Gets the order, booking or product reference, or <see langword="null"/>.</summary>
    public string? OrderReference { get; }

    /// <summary>Gets the host's own keys and values, sorted by key (ordinal); empty when none were given.</summary>
    public IReadOnlyDictionary<string, string> Metadata => _metadata;

    /// <inheritdoc/>
    public bool Equals(Review? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Id == other.Id
            && PublishedAt == other.PublishedAt
            && UpdatedAt == other.UpdatedAt
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, StringComparison.Ordinal)
            && Nullable.Equals(Rating, other.Rating)
            && Nullable.Equals(Language, other.Language)
            && Author.Equals(other.Author)
            && string.Equals(LocationId, other.LocationId, StringComparison.Ordinal)
            && string.Equals(OrderReference, other.OrderReference, StringComparison.Ordinal)
            && MetadataEquals(_metadata, other._metadata);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Review);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Id, PublishedAt, UpdatedAt, StringComparer.Ordinal.GetHashCode(Text), Rating);

    /// <summary>Returns the id, the rating and when the revision took effect.</summary>
    /// <returns>A short description for logs; never the text, which may hold personal data.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} {(Rating is { } r ? r.ToString() : "unrated")} at {RevisedAt}");

    private static ImmutableSortedDictionary<string, string> ValidateMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        if (metadata.Count > MaxMetadataEntries)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"metadata has {metadata.Count} entries; the limit is {MaxMetadataEntries}."), nameof(metadata));
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in metadata)
        {
            Guard.NotBlank(key, nameof(metadata) + " key", MaxMetadataKeyLength);
            ArgumentNullException.ThrowIfNull(value, $"metadata[{key}]");
            Guard.MaxLength(value, $"metadata[{key}]", MaxMetadataValueLength);
            builder.Add(key, value);
        }

        return builder.ToImmutable();
    }

    private static bool MetadataEquals(ImmutableSortedDictionary<string, string> a, ImmutableSortedDictionary<string, string> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
