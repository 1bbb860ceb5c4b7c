using ReviewKit.Reviews;

namespace ReviewKit.Import.Tests.Import;

public class TrustpilotReviewImporterTests
{
    private static Task<List<ImportResult>> ImportFixtureAsync(ReviewImportOptions? options = null) =>
        new TrustpilotReviewImporter(options).ReadAsync(Fixtures.Open("trustpilot-reviews.json")).ToListAsync();

    [Fact]
    public async Task ReadAsync_Fixture_MapsEveryFieldAndTheCompanyReply()
    {
        var first = (await ImportFixtureAsync(new ReviewImportOptions { LocationId = "boutique-en-ligne" }))[0];

        var review = first.Review!;
        Assert.Equal(new ReviewId(ReviewSource.Trustpilot, "65f1c0a2b4e5d6f7a8b9c001"), review.Id);
        Assert.Equal("Livraison catastrophique", review.Title);
        Assert.StartsWith("Colis annoncé livré", review.Text, StringComparison.Ordinal);
        Assert.Equal(new Rating(1, RatingScale.FiveStars), review.Rating);
        Assert.Equal(LanguageTag.French, review.Language);
        Assert.Equal("Sophie L.", review.Author.DisplayName);
        Assert.Equal("5a1b2c3d4e5f60718293a4b5", review.Author.Handle);
        Assert.Equal("boutique-en-ligne", review.LocationId);
        Assert.Equal(Instant.FromUtc(2025, 2, 10, 14, 22, 5), review.PublishedAt);
        Assert.Null(review.UpdatedAt);
        Assert.Equal(Instant.FromUtc(2025, 2, 11, 9, 0), first.PublicReply!.At);
        Assert.StartsWith("Bonjour Sophie", first.PublicReply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EditedReview_KeepsTheUpdateInstantAndLanguageRegion()
    {
        var review = (await ImportFixtureAsync())[1].Review!;

        Assert.Equal(Instant.FromUtc(2025, 2, 20, 19, 30), review.UpdatedAt);
        Assert.Equal(LanguageTag.Parse("en-GB"), review.Language);
        Assert.Null(review.LocationId);
    }

    [Fact]
    public async Task ReadAsync_BadRows_AreRejectedWithIndexFieldAndRule()
    {
        var results = await ImportFixtureAsync();

        Assert.Equal([true, true, false, false, false], results.Select(r => r.IsImported));
        Assert.Equal(("stars", 2L), (results[2].Rejection!.Field, results[2].Position));
        Assert.Contains("outside 1 to 5", results[2].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(("language", 3L), (results[3].Rejection!.Field, results[3].Position));
        Assert.Contains("BCP 47", results[3].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(("companyReply.createdAt", 4L), (results[4].Rejection!.Field, results[4].Position));
    }

    [Fact]
    public async Task ReadAsync_PagedObject_ReadsTheReviewsArray()
    {
        const string json = """
            {"links": [{"href": "https://api.example/next", "rel": "next-page"}],
             "reviews": [{"id": "t1", "stars": 5, "text": "Parfait.", "createdAt": "2025-01-01T10:00:00Z"}]}
            """;

        var results = await new TrustpilotReviewImporter().ReadAsync(Fixtures.Utf8(json)).ToListAsync();

        Assert.Equal("t1", Assert.Single(results).Review!.Id.PlatformId);
    }

    [Fact]
    public async Task ReadAsync_MissingStarsOrStarsAsText_IsRejected()
    {
        const string json = """
            [{"id": "t1", "text": "Sans note", "createdAt": "2025-01-01T10:00:00Z"},
             {"id": "t2", "stars": "5", "createdAt": "2025-01-01T10:00:00Z"},
             {"id": "t3", "stars": 2, "createdAt": "2025-01-05T10:00:00Z", "updatedAt": "2025-01-01T10:00:00Z"}]
            """;

        var results = await new TrustpilotReviewImporter().ReadAsync(Fixtures.Utf8(json)).ToListAsync();

        Assert.Equal(["stars", "stars", "updatedAt"], results.Select(r => r.Rejection!.Field));
    }

    [Fact]
    public async Task ReadAsync_CancelledBeforeStart_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TrustpilotReviewImporter().ReadAsync(Fixtures.Open("trustpilot-reviews.json"), cts.Token).ToListAsync());
    }

    [Fact]
    public void ReadAsync_NullStream_Throws()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => new TrustpilotReviewImporter().ReadAsync(null!)).ParamName);
    }

    [Fact]
    public void Constructor_BlankLocationOption_Throws()
    {
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new TrustpilotReviewImporter(new ReviewImportOptions { LocationId = "" })).ParamName);
    }
}
