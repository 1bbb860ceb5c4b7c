using ReviewKit.Reviews;

namespace ReviewKit.Import.Tests.Import;

public class CsvReviewImporterTests
{
    internal static CsvColumnMapping StoreMapping()
    {
        var mapping = new CsvColumnMapping
        {
            Source = ReviewSource.FromName("enquete-magasins"),
            IdColumn = "id",
            PublishedColumn = "date",
            DateTimePattern = "dd/MM/uuuu HH:mm",
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"],
            RatingColumn = "note",
            TitleColumn = "titre",
            AuthorColumn = "client",
            LocationColumn = "magasin",
            LanguageColumn = "langue",
            OrderReferenceColumn = "commande",
            ReplyColumn = "reponse",
            ReplyDateColumn = "date_reponse",
            Delimiter = ";",
        };
        mapping.TextColumns.Add("commentaire");
        mapping.MetadataColumns.Add("canal", "channel");
        return mapping;
    }

    private static Task<List<ImportResult>> ImportFixtureAsync() =>
        new CsvReviewImporter(StoreMapping()).ReadAsync(Fixtures.OpenText("avis-magasins.csv")).ToListAsync();

    [Fact]
    public async Task ReadAsync_Fixture_ReportsEveryRecordWithTheLineItStartsOn()
    {
        var results = await ImportFixtureAsync();

        Assert.Equal([2L, 3, 4, 6, 7, 8, 9], results.Select(r => r.Position));
        Assert.Equal([true, true, true, false, false, false, false], results.Select(r => r.IsImported));
    }

    [Fact]
    public async Task ReadAsync_FullRow_MapsEveryColumn()
    {
        var first = (await ImportFixtureAsync())[0];

        var review = first.Review!;
        Assert.Equal(new ReviewId(ReviewSource.FromName("enquete-magasins"), "A-1001"), review.Id);
        Assert.Equal(Instant.FromUtc(2025, 3, 3, 9, 15), review.PublishedAt); // 10:15 in Paris (UTC+1)
        Assert.Equal(new Rating(1, RatingScale.FiveStars), review.Rating);
        Assert.Equal("Retard de livraison", review.Title);
        Assert.Equal("Livraison prévue le 1er mars, reçue le 20. Personne ne répond au \"service client\".", review.Text);
        Assert.Equal("Camille M.", review.Author.DisplayName);
        Assert.Equal("paris-11", review.LocationId);
        Assert.Equal(LanguageTag.French, review.Language);
        Assert.Equal("CMD-88121", review.OrderReference);
        Assert.Equal("web", review.Metadata["channel"]);
        Assert.Equal(Instant.FromUtc(2025, 3, 3, 15, 0), first.PublicReply!.At);
        Assert.Equal("Toutes nos excuses, nous vous rappelons aujourd'hui.", first.PublicReply.Text);
    }

    [Fact]
    public async Task ReadAsync_DecimalCommaAndEmptyOptionalCells_AreAccepted()
    {
        var review = (await ImportFixtureAsync())[1].Review!;

        Assert.Equal(4.5, review.Rating!.Value.Value);
        Assert.Null(review.OrderReference);
        Assert.Equal(LanguageTag.English, review.Language);
    }

    [Fact]
    public async Task ReadAsync_MultiLineQuotedTextInADaylightSavingGap_IsOneRecordMovedForward()
    {
        var result = (await ImportFixtureAsync())[2];

        Assert.Equal("Une seule caisse ouverte,\nvingt minutes d'attente.", result.Review!.Text);
        Assert.Same(ReviewAuthor.Anonymous, result.Review.Author);
        // 02:30 does not exist in Paris on 30 March 2025: the lenient resolver moves it to 03:30 CEST.
        Assert.Equal(Instant.FromUtc(2025, 3, 30, 1, 30), result.Review.PublishedAt);
        Assert.Null(result.PublicReply);
    }

    [Fact]
    public async Task ReadAsync_BadRows_AreRejectedWithColumnAndRule()
    {
        var rejected = (await ImportFixtureAsync()).Where(r => !r.IsImported).ToList();

        Assert.Equal(["date", "note", "(row)", "date_reponse"], rejected.Select(r => r.Rejection!.Field));
        Assert.Contains("'31/02/2025 10:00' does not match the date pattern 'dd/MM/uuuu HH:mm'", rejected[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Contains("'6' is not a number within [1, 5]", rejected[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Contains("13 fields; the header has 12", rejected[2].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Contains("reponse", rejected[3].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NoIdColumn_DerivesTheSameIdFromTheSameContent()
    {
        var mapping = new CsvColumnMapping { Source = ReviewSource.Booking, PublishedColumn = "d", DateTimePattern = "uuuu-MM-dd", RatingColumn = "s", RatingScale = RatingScale.TenPoints };
        mapping.TextColumns.Add("neg");
        mapping.TextColumns.Add("pos");
        mapping.EmptyTextMarkers.Add("No Negative");
        mapping.EmptyTextMarkers.Add("No Positive");
        const string csv = "d,s,neg,pos\n2017-08-03,5.4, Room was dirty ,No Positive\n2017-08-03,9.6,No Negative, Great breakfast \n2017-08-03,5.4, Room was dirty ,No Positive\n2017-08-03,7, Small room , Nice staff\n";

        var results = await new CsvReviewImporter(mapping).ReadAsync(new StringReader(csv)).ToListAsync();

        Assert.Equal(results[0].Review!.Id, results[2].Review!.Id);
        Assert.NotEqual(results[0].Review!.Id, results[1].Review!.Id);
        Assert.Equal(["Room was dirty", "Great breakfast", "Room was dirty", "Small room\nNice staff"], results.Select(r => r.Review!.Text));
        Assert.Equal(Instant.FromUtc(2017, 8, 3, 0, 0), results[0].Review!.PublishedAt);
        Assert.True(results[0].Review!.Rating!.Value.IsNegative);
    }

    [Fact]
    public async Task ReadAsync_BadQuoting_RejectsTheRecordAndGoesOn()
    {
        var mapping = new CsvColumnMapping { Source = ReviewSource.Email, IdColumn = "id", PublishedColumn = "d", DateTimePattern = "uuuu-MM-dd" };
        mapping.TextColumns.Add("t");
        const string csv = "id,d,t\n1,2025-01-01,ok\n2,2025-01-01,bad \"quote\" here\n3,2025-01-02,ok again\n";

        var results = await new CsvReviewImporter(mapping).ReadAsync(new StringReader(csv)).ToListAsync();

        Assert.Equal([true, false, true], results.Select(r => r.IsImported));
        Assert.Contains("quote", results[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(3, results[1].Position);
    }

    [Fact]
    public async Task ReadAsync_HeaderWithoutMappedColumns_ThrowsNamingEveryMissingColumn()
    {
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => new CsvReviewImporter(StoreMapping()).ReadAsync(new StringReader("id;date;texte\n1;01/01/2025 10:00;x\n")).ToListAsync());

        Assert.Contains("'note'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'commentaire'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'canal'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_Throws()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => new CsvReviewImporter(StoreMapping()).ReadAsync(new StringReader(string.Empty)).ToListAsync());
    }

    [Fact]
    public async Task ReadAsync_CancelledAfterTheFirstRow_Stops()
    {
        using var cts = new CancellationTokenSource();
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in new CsvReviewImporter(StoreMapping()).ReadAsync(Fixtures.OpenText("avis-magasins.csv"), cts.Token))
            {
                count++;
                await cts.CancelAsync();
            }
        });
        Assert.Equal(1, count);
    }

    [Fact]
    public void Constructor_BrokenMapping_ListsEveryProblem()
    {
        var mapping = new CsvColumnMapping { DateTimePattern = "dd/MM/uuuu 'unterminated", ReplyColumn = "reponse", TitleColumn = " " };

        var e = Assert.Throws<ArgumentException>(() => new CsvReviewImporter(mapping));

        Assert.Equal("mapping", e.ParamName);
        Assert.Contains("Source is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("PublishedColumn is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("DateTimePattern", e.Message, StringComparison.Ordinal);
        Assert.Contains("ReplyColumn and ReplyDateColumn go together", e.Message, StringComparison.Ordinal);
        Assert.Contains("TitleColumn must be null or a column name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullMapping_Throws()
    {
        Assert.Equal("mapping", Assert.Throws<ArgumentNullException>(() => new CsvReviewImporter(null!)).ParamName);
    }

    [Fact]
    public void ReadAsync_NullReader_Throws()
    {
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => new CsvReviewImporter(StoreMapping()).ReadAsync(null!)).ParamName);
    }
}
