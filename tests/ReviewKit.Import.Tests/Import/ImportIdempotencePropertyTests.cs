using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Import.Tests.Import;

/// <summary>The import is a function of the set of rows: their order and their repetitions change nothing.</summary>
public class ImportIdempotencePropertyTests
{
    private const string Header = "id,published,updated,stars,text,reply,replied";

    /// <summary>Rows of a few reviews, each with one to three revisions, and a shuffled, partly duplicated copy of them.</summary>
    public sealed record Scenario(string[] Rows, string[] Shuffled)
    {
        public override string ToString() => $"{Rows.Length} rows, shuffled with duplicates into {Shuffled.Length}";
    }

    public static Arbitrary<Scenario> Scenarios() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from reviews in Gen.Choose(1, 20)
         select Build(seed, reviews)).ToArbitrary();

    [Property(Arbitrary = [typeof(ImportIdempotencePropertyTests)])]
    public bool Import_AnyPermutationWithDuplicates_YieldsTheSameReviews(Scenario s)
    {
        var inOrder = ImportIntoStore(s.Rows);
        var shuffled = ImportIntoStore(s.Shuffled);
        return Describe(inOrder, withCases: false) == Describe(shuffled, withCases: false);
    }

    [Property(Arbitrary = [typeof(ImportIdempotencePropertyTests)])]
    public bool Import_AnyOrder_EveryCaseHoldsTheStoredRevisionAndEveryNegativeLatestRevisionHasACase(Scenario s)
    {
        var store = ImportIntoStore(s.Shuffled);
        return store.Cases.All(p => p.Value.Review.Equals(store.Reviews[p.Key]))
            && store.Reviews.Values.Where(r => r.Rating is { IsNegative: true }).All(r => store.Cases.ContainsKey(r.Id));
    }

    [Property(Arbitrary = [typeof(ImportIdempotencePropertyTests)])]
    public bool Import_TheSameFileTwice_SecondPassStoresNothing(Scenario s)
    {
        var store = ImportIntoStore(s.Shuffled);
        var before = Describe(store, withCases: true);
        var changes = Import(store, s.Shuffled);
        return changes == 0 && Describe(store, withCases: true) == before;
    }

    private static Store ImportIntoStore(string[] rows)
    {
        var store = new Store();
        Import(store, rows);
        return store;
    }

    /// <summary>Imports the rows into the store as a host would; returns how many reviews and events were stored.</summary>
    private static int Import(Store store, string[] rows)
    {
        var mapping = new CsvColumnMapping
        {
            Source = ReviewSource.Google,
            IdColumn = "id",
            PublishedColumn = "published",
            UpdatedColumn = "updated",
            DateTimePattern = "uuuu'-'MM'-'dd'T'HH':'mm",
            RatingColumn = "stars",
            ReplyColumn = "reply",
            ReplyDateColumn = "replied",
        };
        mapping.TextColumns.Add("text");
        var session = new ReviewImportSession(Actor.System("property"));
        var csv = Header + "\n" + string.Join("\n", rows) + "\n";
        var changes = 0;
        var results = new CsvReviewImporter(mapping).ReadAsync(new StringReader(csv)).ToListAsync().GetAwaiter().GetResult();
        foreach (var row in results)
        {
            if (!row.IsImported)
            {
                throw new InvalidOperationException($"Generated row rejected: {row}");
            }

            var id = row.Review.Id;
            var outcome = session.Decide(row, store.Reviews.GetValueOrDefault(id), store.Cases.GetValueOrDefault(id));
            if (outcome.StoresReview)
            {
                store.Reviews[id] = outcome.Review;
                changes++;
            }

            if (outcome.Case is { } c)
            {
                store.Cases[id] = c;
            }

            changes += outcome.Events.Length;
        }

        return changes;
    }

    private static string Describe(Store store, bool withCases)
    {
        var text = new StringBuilder();
        foreach (var (id, review) in store.Reviews.OrderBy(p => p.Key.PlatformId, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{id} {review.RevisedAt} {review.Rating} {review.Text}");
            if (withCases && store.Cases.TryGetValue(id, out var c))
            {
                text.Append(CultureInfo.InvariantCulture, $" case {c.Id} latest {c.Review.RevisedAt} events {c.Version} replied {c.FirstPublicReplyAt}");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static Scenario Build(int seed, int reviews)
    {
        var random = new Random(seed);
        var rows = new List<string>();
        var start = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Unspecified);
        for (var r = 0; r < reviews; r++)
        {
            var published = start.AddHours(random.Next(0, 24 * 90));
            var revisions = random.Next(1, 4);
            var at = published;
            for (var v = 0; v < revisions; v++)
            {
                if (v > 0)
                {
                    at = at.AddMinutes(random.Next(1, 60 * 24 * 10));
                }

                var stars = random.Next(1, 6);
                var replied = random.Next(3) == 0 ? published.AddMinutes(random.Next(10, 60 * 72)) : (DateTime?)null;
                rows.Add(string.Join(',',
                    $"rev-{r}",
                    Format(published),
                    v == 0 ? string.Empty : Format(at),
                    stars.ToString(CultureInfo.InvariantCulture),
                    stars <= 2 ? $"\"Déçu, révision {v}, attente trop longue\"" : $"\"Great service, revision {v}\"",
                    replied is null ? string.Empty : "Merci pour votre retour",
                    replied is { } d ? Format(d) : string.Empty));
            }
        }

        var shuffled = rows.Concat(rows.Where(_ => random.Next(3) == 0)).OrderBy(_ => random.Next()).ToArray();
        return new Scenario([.. rows], shuffled);
    }

    private static string Format(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private sealed class Store
    {
        public Dictionary<ReviewId, Review> Reviews { get; } = [];

        public Dictionary<ReviewId, ReviewCase> Cases { get; } = [];
    }
}
