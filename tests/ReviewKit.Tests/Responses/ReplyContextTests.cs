using ReviewKit.Responses;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Responses;

public class ReplyContextTests
{
    [Fact]
    public void Constructor_NullReviewText_ThrowsNamingIt() =>
        Assert.Equal("reviewText", Assert.Throws<ArgumentNullException>(() => new ReplyContext(null!)).ParamName);

    [Fact]
    public void Constructor_NullTheme_ThrowsNamingThemes() =>
        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new ReplyContext(string.Empty, themes: [null!])).ParamName);

    [Fact]
    public void Constructor_BlankTheme_ThrowsNamingThemes() =>
        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new ReplyContext(string.Empty, themes: [" "])).ParamName);

    [Fact]
    public void Constructor_TooManyRecentReplies_ThrowsNamingRecentReplies() =>
        Assert.Equal("recentReplies", Assert.Throws<ArgumentException>(() => new ReplyContext(string.Empty, recentReplies: Enumerable.Repeat("x", ReplyContext.MaxRecentReplies + 1).ToArray())).ParamName);

    [Fact]
    public void Constructor_BlankOrderReference_ThrowsNamingIt() =>
        Assert.Equal("orderReference", Assert.Throws<ArgumentException>(() => new ReplyContext(string.Empty, orderReference: "  ")).ParamName);

    [Fact]
    public void Constructor_BlankBusinessContact_ThrowsNamingIt() =>
        Assert.Equal("businessContacts", Assert.Throws<ArgumentException>(() => new ReplyContext(string.Empty, businessContacts: [""])).ParamName);

    [Fact]
    public void Constructor_Themes_StoredTrimmedInLowerCase() =>
        Assert.Equal(["delay", "staff_attitude"], new ReplyContext(string.Empty, themes: ["Delay", " STAFF_ATTITUDE "]).Themes);

    [Fact]
    public void FromReview_NullReview_ThrowsNamingIt() =>
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => ReplyContext.FromReview(null!)).ParamName);

    [Fact]
    public void FromReview_TakesTextLanguageSourceAndOrderReference()
    {
        var review = new Review(
            new ReviewId(ReviewSource.Trustpilot, "r-1"),
            Instant.FromUtc(2026, 3, 12, 9, 0),
            "Colis arrivé en retard.",
            title: "Déçu",
            language: LanguageTag.French,
            orderReference: "CMD-1");

        var context = ReplyContext.FromReview(review, ["delay"]);

        Assert.Equal("Déçu\nColis arrivé en retard.", context.ReviewText);
        Assert.Equal(LanguageTag.French, context.ReviewLanguage);
        Assert.Equal(ReviewSource.Trustpilot, context.Source);
        Assert.Equal("CMD-1", context.OrderReference);
        Assert.Equal(["delay"], context.Themes);
    }
}
