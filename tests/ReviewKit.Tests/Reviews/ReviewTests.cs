using ReviewKit.Reviews;

namespace ReviewKit.Tests.Reviews;

public class ReviewTests
{
    private static readonly ReviewId Id = new(ReviewSource.Trustpilot, "tp-1");
    private static readonly Instant Published = Instant.FromUtc(2026, 1, 5, 10, 0);

    [Fact]
    public void Constructor_SocialComment_HasTextAndNoRating()
    {
        var review = new Review(new ReviewId(ReviewSource.Instagram, "c-9"), Published, "Toujours pas livré 😡");

        Assert.Null(review.Rating);
        Assert.Equal(string.Empty, review.Title);
        Assert.Same(ReviewAuthor.Anonymous, review.Author);
        Assert.Empty(review.Metadata);
        Assert.Equal(Published, review.RevisedAt);
        Assert.Equal(ReviewSource.Instagram, review.Source);
    }

    [Fact]
    public void Constructor_EmptyTitleAndText_AreAllowed()
    {
        var review = new Review(Id, Published, string.Empty, title: string.Empty, rating: new Rating(1, RatingScale.FiveStars));

        Assert.Equal(string.Empty, review.Text);
    }

    [Fact]
    public void Constructor_TextOverTheLimit_ThrowsAndNeverTruncates()
    {
        var e = Assert.Throws<ArgumentException>(() => new Review(Id, Published, new string('x', 100_001)));

        Assert.Equal("text", e.ParamName);
        Assert.Contains("100000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TextAtTheLimit_IsKeptWhole() =>
        Assert.Equal(100_000, new Review(Id, Published, new string('x', 100_000)).Text.Length);

    [Fact]
    public void Constructor_TitleOverTheLimit_Throws() =>
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new Review(Id, Published, "t", title: new string('x', 100_001))).ParamName);

    [Fact]
    public void Constructor_NullText_Throws() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Review(Id, Published, null!)).ParamName);

    [Fact]
    public void Constructor_DefaultId_Throws() =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Review(default, Published, "t")).ParamName);

    [Fact]
    public void Constructor_DefaultRating_Throws() =>
        Assert.Equal("rating", Assert.Throws<ArgumentException>(() => new Review(Id, Published, "t", rating: default(Rating))).ParamName);

    [Fact]
    public void Constructor_UpdatedBeforePublished_Throws() =>
        Assert.Equal("updatedAt", Assert.Throws<ArgumentException>(() => new Review(Id, Published, "t", updatedAt: Published - Duration.FromSeconds(1))).ParamName);

    [Theory]
    [InlineData(" ", null)]
    [InlineData(null, "")]
    public void Constructor_BlankLabels_Throw(string? location, string? order)
    {
        var e = Assert.Throws<ArgumentException>(() => new Review(Id, Published, "t", locationId: location, orderReference: order));
        Assert.Equal(location is not null ? "locationId" : "orderReference", e.ParamName);
    }

    [Fact]
    public void Constructor_MetadataIsCopiedAndSorted()
    {
        var source = new Dictionary<string, string> { ["z"] = "1", ["a"] = "2" };
        var review = new Review(Id, Published, "t", metadata: source);
        source["b"] = "3";

        Assert.Equal(["a", "z"], review.Metadata.Keys);
    }

    [Fact]
    public void Constructor_TooManyMetadataEntries_Throws()
    {
        var metadata = Enumerable.Range(0, 65).ToDictionary(i => $"k{i}", i => "v");
        Assert.Equal("metadata", Assert.Throws<ArgumentException>(() => new Review(Id, Published, "t", metadata: metadata)).ParamName);
    }

    [Fact]
    public void Constructor_NullMetadataValue_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new Review(Id, Published, "t", metadata: new Dictionary<string, string> { ["k"] = null! }));

    [Fact]
    public void Equality_IsStructural_MetadataIncluded()
    {
        Review Make(string value) => new(Id, Published, "t", rating: new Rating(2, RatingScale.FiveStars), metadata: new Dictionary<string, string> { ["k"] = value });

        Assert.Equal(Make("v"), Make("v"));
        Assert.Equal(Make("v").GetHashCode(), Make("v").GetHashCode());
        Assert.NotEqual(Make("v"), Make("w"));
    }

    [Fact]
    public void ToString_NeverContainsTheText()
    {
        var review = new Review(Id, Published, "Mon numéro est le 06 12 34 56 78", rating: new Rating(1, RatingScale.FiveStars));

        Assert.DoesNotContain("06 12", review.ToString(), StringComparison.Ordinal);
        Assert.Contains("trustpilot:tp-1", review.ToString(), StringComparison.Ordinal);
    }
}
