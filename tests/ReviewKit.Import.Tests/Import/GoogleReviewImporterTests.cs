using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Import.Tests.Import;

public class GoogleReviewImporterTests
{
    private static Task<List<ImportResult>> ImportFixtureAsync(ReviewImportOptions? options = null) =>
        new GoogleReviewImporter(options).ReadAsync(Fixtures.Open("google-reviews.json")).ToListAsync();

    [Fact]
    public async Task ReadAsync_ListResponse_YieldsOneResultPerReviewInOrder()
    {
        var results = await ImportFixtureAsync();

        Assert.Equal([0L, 1, 2, 3, 4, 5, 6], results.Select(r => r.Position));
        Assert.Equal([true, true, true, false, false, false, true], results.Select(r => r.IsImported));
    }

    [Fact]
    public async Task ReadAsync_NegativeReviewWithReply_MapsEveryFieldAndTheReplyEvent()
    {
        var first = (await ImportFixtureAsync())[0];

        var review = first.Review!;
        Assert.Equal(new ReviewId(ReviewSource.Google, "AbFvOqm1"), review.Id);
        Assert.Equal(new Rating(1, RatingScale.FiveStars), review.Rating);
        Assert.StartsWith("Commande reçue avec trois semaines de retard", review.Text, StringComparison.Ordinal);
        Assert.Equal("Camille Martin", review.Author.DisplayName);
        Assert.Equal("4711", review.LocationId);
        Assert.Equal(Instant.FromUtc(2025, 3, 2, 8, 15, 30) + Duration.FromTicks(1_234_560), review.PublishedAt);
        Assert.Null(review.UpdatedAt); // updateTime == createTime: never edited

        var reply = first.PublicReply!;
        Assert.Equal(Instant.FromUtc(2025, 3, 2, 17, 40), reply.At);
        Assert.Equal(Actor.Agent("unattributed"), reply.By);
        Assert.StartsWith("Bonjour Camille", reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("reply-", reply.Id.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnspecifiedRatingAndAnonymousReviewer_GivesAnUnratedAnonymousReview()
    {
        var review = (await ImportFixtureAsync())[2].Review!;

        Assert.Null(review.Rating);
        Assert.Same(ReviewAuthor.Anonymous, review.Author);
        Assert.Equal(string.Empty, review.Text);
        Assert.Equal(Instant.FromUtc(2025, 3, 4, 11, 30), review.PublishedAt); // +01:00 offset honoured
    }

    [Fact]
    public async Task ReadAsync_EditedReview_KeepsCreateTimeAndUpdateTime()
    {
        var review = (await ImportFixtureAsync())[6].Review!;

        Assert.Equal(Instant.FromUtc(2025, 3, 1, 18, 0), review.PublishedAt);
        Assert.Equal(Instant.FromUtc(2025, 3, 9, 11, 20), review.UpdatedAt);
        Assert.Equal(new Rating(4, RatingScale.FiveStars), review.Rating);
    }

    [Fact]
    public async Task ReadAsync_BadRows_AreRejectedWithIndexFieldAndRule()
    {
        var rejected = (await ImportFixtureAsync()).Where(r => !r.IsImported).ToList();

        Assert.Equal(3, rejected.Count);
        Assert.Equal(3, rejected[0].Position);
        Assert.Equal("starRating", rejected[0].Rejection!.Field);
        Assert.Contains("'SIX' is not one of ONE, TWO, THREE, FOUR, FIVE", rejected[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(4, rejected[1].Position);
        Assert.Equal("createTime", rejected[1].Rejection!.Field);
        Assert.Contains("required", rejected[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(5, rejected[2].Position);
        Assert.Equal("comment", rejected[2].Rejection!.Field);
        Assert.Contains("JSON type", rejected[2].Rejection!.Reason, StringComparison.Ordinal);
        Assert.All(rejected, r => Assert.Null(r.Review));
    }

    [Fact]
    public async Task ReadAsync_TopLevelArray_IsReadLikeTheListResponse()
    {
        const string json = """
            [ {"reviewId": "x1", "starRating": "TWO", "comment": "Service lent.", "createTime": "2025-01-01T10:00:00Z"},
              {"reviewId": "x2", "starRating": "FIVE", "createTime": "2025-01-02T10:00:00Z"} ]
            """;

        var results = await new GoogleReviewImporter().ReadAsync(Fixtures.Utf8(json)).ToListAsync();

        Assert.Equal(["x1", "x2"], results.Select(r => r.Review!.Id.PlatformId));
        Assert.Null(results[0].Review!.LocationId);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"nextPageToken": "abc"}""")]
    [InlineData("""{"reviews": []}""")]
    [InlineData("[]")]
    public async Task ReadAsync_EmptyPage_YieldsNothing(string json)
    {
        Assert.Empty(await new GoogleReviewImporter().ReadAsync(Fixtures.Utf8(json)).ToListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("""{"reviews": 3}""")]
    [InlineData("""[{"reviewId": "x1", """)]
    [InlineData("""[{"reviewId": "x1"} oops]""")]
    public async Task ReadAsync_NotAListOfReviews_ThrowsInvalidDataException(string json)
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => new GoogleReviewImporter().ReadAsync(Fixtures.Utf8(json)).ToListAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task ReadAsync_StreamDeliveredInSmallChunks_GivesTheSameResults(int chunk)
    {
        var expected = await ImportFixtureAsync();

        var actual = await new GoogleReviewImporter().ReadAsync(new TrickleStream(Fixtures.Open("google-reviews.json"), chunk)).ToListAsync();

        Assert.Equal(expected.Select(r => r.Review), actual.Select(r => r.Review));
        Assert.Equal(expected.Select(r => r.PublicReply), actual.Select(r => r.PublicReply));
        Assert.Equal(expected.Select(r => r.Rejection), actual.Select(r => r.Rejection));
    }

    [Fact]
    public async Task ReadAsync_WithUtf8ByteOrderMark_ReadsTheDocument()
    {
        var bytes = "\uFEFF"u8.ToArray().Concat(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "google-reviews.json"))).ToArray();

        var results = await new GoogleReviewImporter().ReadAsync(new MemoryStream(bytes)).ToListAsync();

        Assert.Equal(7, results.Count);
    }

    [Fact]
    public async Task ReadAsync_EndlessArray_YieldsBeforeTheEndOfTheInput()
    {
        var stream = new EndlessJsonArrayStream(i => $$"""{"reviewId": "r{{i}}", "starRating": "ONE", "comment": "{{new string('x', 500)}}", "createTime": "2025-01-01T10:00:00Z"}""");

        var firstThree = new List<string>();
        await foreach (var result in new GoogleReviewImporter().ReadAsync(stream))
        {
            firstThree.Add(result.Review!.Id.PlatformId);
            if (firstThree.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(["r0", "r1", "r2"], firstThree);
        Assert.True(stream.ElementsProduced < 100, $"{stream.ElementsProduced} reviews were read ahead");
    }

    [Fact]
    public async Task ReadAsync_CancelledToken_StopsWithOperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in new GoogleReviewImporter().ReadAsync(Fixtures.Open("google-reviews.json"), cts.Token))
            {
                count++;
                await cts.CancelAsync();
            }
        });
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task ReadAsync_LocationOption_OverridesTheLocationOfTheResourceName()
    {
        var results = await ImportFixtureAsync(new ReviewImportOptions { LocationId = "paris-bastille", ReplyAuthor = Actor.Agent("owner") });

        Assert.Equal("paris-bastille", results[0].Review!.LocationId);
        Assert.Equal(Actor.Agent("owner"), results[0].PublicReply!.By);
    }

    [Fact]
    public async Task ReadAsync_SameFileTwice_YieldsEqualReviewsAndEvents()
    {
        var first = await ImportFixtureAsync();
        var second = await ImportFixtureAsync();

        Assert.Equal(first.Select(r => r.Review), second.Select(r => r.Review));
        Assert.Equal(first.Select(r => r.PublicReply), second.Select(r => r.PublicReply));
    }

    [Fact]
    public void ReadAsync_NullStream_Throws()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => new GoogleReviewImporter().ReadAsync(null!)).ParamName);
    }

    [Fact]
    public void Constructor_BlankLocationOption_Throws()
    {
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new GoogleReviewImporter(new ReviewImportOptions { LocationId = " " })).ParamName);
    }

    [Fact]
    public void Constructor_DefaultReplyAuthor_Throws()
    {
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new GoogleReviewImporter(new ReviewImportOptions { ReplyAuthor = default })).ParamName);
    }
}
