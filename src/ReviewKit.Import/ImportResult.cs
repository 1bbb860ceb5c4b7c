using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Import;

/// <summary>
/// One row of an import: the review it holds, with the business's public reply already on the platform, or the
/// reason it was rejected. Importers yield one result per row, in input order, and never skip a row.
/// </summary>
/// <remarks>
/// <para><see cref="Position"/> is where the row is in its input: the 1-based line on which a CSV record starts (the
/// header is line 1), or the 0-based index of the review in a JSON array.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ImportResult
{
    private ImportResult(long position, Review? review, PublicReplyPosted? publicReply, ImportRejection? rejection)
    {
        Position = position;
        Review = review;
        PublicReply = publicReply;
        Rejection = rejection;
    }

    /// <summary>Gets where the row is: the 1-based first line of a CSV record, or the 0-based index in a JSON array.</summary>
    public long Position { get; }

    /// <summary>Gets the review, or <see langword="null"/> when the row was rejected.</summary>
    public Review? Review { get; }

    /// <summary>
    /// Gets the public reply the business had already posted under the review, as a case event with a deterministic id
    /// (derived from the review id and the reply's time), or <see langword="null"/> when there is none or the row was
    /// rejected.
    /// </summary>
    public PublicReplyPosted? PublicReply { get; }

    /// <summary>Gets why the row was rejected, or <see langword="null"/> when it was imported.</summary>
    public ImportRejection? Rejection { get; }

    /// <summary>Gets a value indicating whether the row was imported (<see cref="Review"/> is set) rather than rejected.</summary>
    [MemberNotNullWhen(true, nameof(Review))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsImported => Review is not null;

    /// <summary>Returns the position and the review id, or the rejection; never the review's text.</summary>
    /// <returns>For example <c>#12 google:AbC</c> or <c>#12 rejected: starRating: ...</c>.</returns>
    public override string ToString() =>
        IsImported
            ? string.Create(CultureInfo.InvariantCulture, $"#{Position} {Review.Id}")
            : string.Create(CultureInfo.InvariantCulture, $"#{Position} rejected: {Rejection}");

    internal static ImportResult Imported(long position, Review review, PublicReplyPosted? publicReply) =>
        new(position, review, publicReply, null);

    internal static ImportResult Rejected(long position, ImportRejection rejection) =>
        new(position, null, null, rejection);
}
