using ReviewKit.Cases;
using ReviewKit.Import.Internal;
using ReviewKit.Reviews;

namespace ReviewKit.Import;

/// <summary>
/// Reads Google Business Profile reviews: the API's <c>Review</c> JSON (<c>reviewId</c>, <c>reviewer</c>,
/// <c>starRating</c>, <c>comment</c>, <c>createTime</c>, <c>updateTime</c>, <c>reviewReply</c>), either as a JSON array of
/// reviews or as the list response <c>{"reviews": [...], "nextPageToken": "..."}</c>.
/// </summary>
/// <remarks>
/// <para><b>Mapping.</b> <c>starRating</c> <c>ONE</c> to <c>FIVE</c> becomes a rating on <see cref="RatingScale.FiveStars"/>;
/// <c>STAR_RATING_UNSPECIFIED</c> or no <c>starRating</c> gives an unrated review. <c>comment</c> is the text (empty for
/// a rating alone). <c>createTime</c> is the publication instant and <c>updateTime</c>, when later, the revision instant.
/// An anonymous reviewer, or one without a name, is <see cref="ReviewAuthor.Anonymous"/>. The location is
/// <see cref="ReviewImportOptions.LocationId"/> when set, otherwise the location id in the review's resource name
/// (<c>accounts/…/locations/{id}/reviews/…</c>). <c>reviewReply</c> becomes <see cref="ImportResult.PublicReply"/> at its
/// <c>updateTime</c>.</para>
/// <para><b>Rejections.</b> A review without <c>reviewId</c> or <c>createTime</c>, with an unknown <c>starRating</c>, an
/// <c>updateTime</c> before <c>createTime</c>, a reply without comment or time, or a value of the wrong JSON type is
/// rejected with its 0-based index in the array, the field and the rule; the import goes on with the next review.
/// A document that is not JSON or not one of the two shapes throws <see cref="InvalidDataException"/>.</para>
/// <para><b>Memory.</b> Reviews are read one at a time from the stream: memory is bounded by the largest review, not by
/// the file. Instances are immutable and thread-safe; each call of <see cref="ReadAsync"/> is an independent pass.</para>
/// </remarks>
public sealed class GoogleReviewImporter
{
    private readonly Actor _replyAuthor;
    private readonly string? _locationId;

    /// <summary>Creates the importer.</summary>
    /// <param name="options">The settings; the defaults of <see cref="ReviewImportOptions"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a default (uninitialised) reply author or a blank location id.</exception>
    public GoogleReviewImporter(ReviewImportOptions? options = null)
    {
        (_replyAuthor, _locationId) = ImportSettings.From(options, nameof(options));
    }

    /// <summary>Streams the reviews of a Google Business Profile JSON document, one result per review, in document order.</summary>
    /// <param name="utf8Json">The UTF-8 JSON; read forward only and left open.</param>
    /// <param name="cancellationToken">Stops the import between two reviews.</param>
    /// <returns>One <see cref="ImportResult"/> per element of the reviews array, imported or rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InvalidDataException">While enumerating: the document is not JSON, or neither an array of reviews nor an object with a <c>reviews</c> array.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ImportResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonImport.ReadAsync(utf8Json, ImportJsonContext.Default.GoogleReviewDto, Map, cancellationToken);
    }

    private ImportResult Map(GoogleReviewDto dto, long index)
    {
        var id = new ReviewId(ReviewSource.Google, Fields.RequiredId(dto.ReviewId, "reviewId"));
        var createdAt = Fields.RequiredInstant(dto.CreateTime, "createTime");
        var updatedAt = Fields.UpdatedAt(createdAt, Fields.OptionalInstant(dto.UpdateTime, "updateTime"), "updateTime", "createTime");
        Rating? rating = dto.StarRating switch
        {
            null or "STAR_RATING_UNSPECIFIED" => null,
            "ONE" => new Rating(1, RatingScale.FiveStars),
            "TWO" => new Rating(2, RatingScale.FiveStars),
            "THREE" => new Rating(3, RatingScale.FiveStars),
            "FOUR" => new Rating(4, RatingScale.FiveStars),
            "FIVE" => new Rating(5, RatingScale.FiveStars),
            _ => throw new RowRejectedException(
                "starRating", $"'{Fields.Clip(dto.StarRating)}' is not one of ONE, TWO, THREE, FOUR, FIVE or STAR_RATING_UNSPECIFIED."),
        };
        var author = dto.Reviewer is null or { IsAnonymous: true }
            ? ReviewAuthor.Anonymous
            : Fields.Author(dto.Reviewer.DisplayName, "reviewer.displayName");
        var review = new Review(
            id,
            createdAt,
            Fields.Text(dto.Comment, "comment"),
            rating: rating,
            author: author,
            locationId: _locationId ?? Fields.Label(LocationFromName(dto.Name), "name"),
            updatedAt: updatedAt);

        PublicReplyPosted? reply = null;
        if (dto.ReviewReply is { } r)
        {
            if (string.IsNullOrWhiteSpace(r.Comment))
            {
                throw new RowRejectedException("reviewReply.comment", "is required when reviewReply is present and must not be empty.");
            }

            var repliedAt = Fields.RequiredInstant(r.UpdateTime, "reviewReply.updateTime");
            reply = new PublicReplyPosted(StableIds.Event("reply", id, repliedAt), repliedAt, _replyAuthor, Fields.Text(r.Comment, "reviewReply.comment"));
        }

        return ImportResult.Imported(index, review, reply);
    }

    /// <summary>The location id in <c>accounts/{a}/locations/{l}/reviews/{r}</c>, or null.</summary>
    private static string? LocationFromName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var parts = name.Split('/');
        var i = Array.IndexOf(parts, "locations");
        return i >= 0 && i + 1 < parts.Length && parts[i + 1].Length > 0 ? parts[i + 1] : null;
    }
}
