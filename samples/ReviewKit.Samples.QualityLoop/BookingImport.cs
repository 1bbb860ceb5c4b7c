using ReviewKit.Cases;
using ReviewKit.Import;
using ReviewKit.Reviews;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>What the import produced: the stored reviews, the cases opened for the negative ones, and every rejected row.</summary>
public sealed record ImportedReviews(
    IReadOnlyDictionary<ReviewId, Review> Reviews,
    IReadOnlyDictionary<ReviewId, ReviewCase> Cases,
    IReadOnlyList<ImportResult> Rejected);

/// <summary>
/// Step 1, collect: reads every row of the embedded Booking.com CSV with ReviewKit.Import's CSV importer and lets a
/// <see cref="ReviewImportSession"/> decide what it means for the store (new reviews are stored, a case is opened for
/// every negative one, re-importing changes nothing). Rejected rows are kept with their line and reason, never dropped.
/// </summary>
public static class BookingImport
{
    public static async Task<ImportedReviews> RunAsync(Actor importer, CancellationToken cancellationToken)
    {
        var reviews = new Dictionary<ReviewId, Review>();
        var cases = new Dictionary<ReviewId, ReviewCase>();
        var rejected = new List<ImportResult>();
        var session = new ReviewImportSession(importer);
        var csvImporter = new CsvReviewImporter(BookingData.Mapping());
        using var reader = BookingData.OpenEmbedded();
        await foreach (var row in csvImporter.ReadAsync(reader, cancellationToken))
        {
            if (!row.IsImported)
            {
                rejected.Add(row);
                continue;
            }

            var id = row.Review.Id;
            var outcome = session.Decide(row, reviews.GetValueOrDefault(id), cases.GetValueOrDefault(id));
            if (outcome.StoresReview)
            {
                reviews[id] = outcome.Review;
            }

            if (outcome.Case is { } reviewCase)
            {
                cases[id] = reviewCase;
            }
        }

        return new ImportedReviews(reviews, cases, rejected);
    }
}
