using ReviewKit.Cases;
using ReviewKit.Import.Internal;
using ReviewKit.Reviews;

namespace ReviewKit.Import;

/// <summary>
/// Reads Trustpilot reviews as JSON (<c>id</c>, <c>stars</c>, <c>title</c>, <c>text</c>, <c>language</c>,
/// <c>createdAt</c>, <c>updatedAt</c>, <c>consumer</c>, <c>companyReply</c>), either a JSON array of reviews or an object
/// with a <c>reviews</c> array (the API's paged response).
/// </summary>
/// <remarks>
/// <para><b>Mapping.</b> <c>stars</c> (1 to 5) becomes a rating on <see cref="RatingScale.FiveStars"/>; <c>title</c> and
/// <c>text</c> the title and text; <c>language</c> the declared language; <c>createdAt</c> the publication instant and
/// <c>updatedAt</c>, when later, the revision instant; <c>consumer.displayName</c> and <c>consumer.id</c> the author and
/// their handle. <c>companyReply</c> becomes <see cref="ImportResult.PublicReply"/> at its <c>createdAt</c>. The location
/// is <see cref="ReviewImportOptions.LocationId"/> (Trustpilot reviews are per business unit).</para>
/// <para><b>Rejections.</b> A review without <c>id</c>, <c>createdAt</c> or <c>stars</c>, with <c>stars</c> outside 1 to 5,
/// a language that is not a BCP 47 tag, an <c>updatedAt</c> before <c>createdAt</c>, a reply without text or time, or a
/// value of the wrong JSON type is rejected with its 0-based index, the field and the rule.
/// A document that is not JSON or not one of the two shapes throws <see cref="InvalidDataException"/>.</para>
/// <para><b>Memory.</b> Reviews are read one at a time: memory is bounded by the largest review. Instances are immutable
/// and thread-safe; each call of <see cref="ReadAsync"/> is an independent pass.</para>
/// </remarks>
public sealed class TrustpilotReviewImporter
{
    private readonly Actor _replyAuthor;
    private readonly string? _locationId;

    /// <summary>Creates the importer.</summary>
    /// <param name="options">The settings; the defaults of <see cref="ReviewImportOptions"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a default (uninitialised) reply author or a blank location id.</exception>
    public TrustpilotReviewImporter(ReviewImportOptions? options = null)
    {
        (_replyAuthor, _locationId) = ImportSettings.From(options, nameof(options));
    }

    /// <summary>Streams the reviews of a Trustpilot JSON document, one result per review, in document order.</summary>
    /// <param name="utf8Json">The UTF-8 JSON; read forward only and left open.</param>
    /// <param name="cancellationToken">Stops the import between two reviews.</param>
    /// <returns>One <see cref="ImportResult"/> per element of the reviews array, imported or rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InvalidDataException">While enumerating: the document is not JSON, or neither an array of reviews nor an object with a <c>reviews</c> array.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ImportResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonImport.ReadAsync(utf8Json, ImportJsonContext.Default.TrustpilotReviewDto, Map, cancellationToken);
    }

    private ImportResult Map(TrustpilotReviewDto dto, long index)
    {
        var id = new ReviewId(ReviewSource.Trustpilot, Fields.RequiredId(dto.Id, "id"));
        var createdAt = Fields.RequiredInstant(dto.CreatedAt, "createdAt");
        var updatedAt = Fields.UpdatedAt(createdAt, Fields.OptionalInstant(dto.UpdatedAt, "updatedAt"), "updatedAt", "createdAt");
        var stars = dto.Stars switch
        {
            null => throw new RowRejectedException("stars", "is required: a whole number from 1 to 5."),
            < 1 or > 5 => throw new RowRejectedException("stars", $"{dto.Stars} is outside 1 to 5."),
            { } s => s,
        };
        var review = new Review(
            id,
            createdAt,
            Fields.Text(dto.Text, "text"),
            title: Fields.Text(dto.Title, "title"),
            rating: new Rating(stars, RatingScale.FiveStars),
            language: Fields.Language(dto.Language, "language"),
            author: Fields.Author(dto.Consumer?.DisplayName, "consumer.displayName", dto.Consumer?.Id, "consumer.id"),
            locationId: _locationId,
            updatedAt: updatedAt);

        PublicReplyPosted? reply = null;
        if (dto.CompanyReply is { } r)
        {
            if (string.IsNullOrWhiteSpace(r.Text))
            {
                throw new RowRejectedException("companyReply.text", "is required when companyReply is present and must not be empty.");
            }

            var repliedAt = Fields.RequiredInstant(r.CreatedAt, "companyReply.createdAt");
            reply = new PublicReplyPosted(StableIds.Event("reply", id, repliedAt), repliedAt, _replyAuthor, Fields.Text(r.Text, "companyReply.text"));
        }

        return ImportResult.Imported(index, review, reply);
    }
}
