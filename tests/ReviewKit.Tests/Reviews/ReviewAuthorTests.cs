using ReviewKit.Reviews;

namespace ReviewKit.Tests.Reviews;

public class ReviewAuthorTests
{
    [Fact]
    public void Constructor_KeepsAudienceForInfluencerHandling()
    {
        var author = new ReviewAuthor("Léa", "@lea_voyage", 52_000);

        Assert.Equal(52_000, author.AudienceSize);
        Assert.Equal(new ReviewAuthor("Léa", "@lea_voyage", 52_000), author);
        Assert.NotEqual(new ReviewAuthor("Léa", "@lea_voyage"), author);
    }

    [Fact]
    public void Constructor_NegativeAudience_Throws() =>
        Assert.Equal("audienceSize", Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewAuthor("a", audienceSize: -1)).ParamName);

    [Fact]
    public void Constructor_BlankName_Throws() =>
        Assert.Equal("displayName", Assert.Throws<ArgumentException>(() => new ReviewAuthor(" ")).ParamName);

    [Fact]
    public void Constructor_BlankHandle_Throws() =>
        Assert.Equal("handle", Assert.Throws<ArgumentException>(() => new ReviewAuthor("a", "")).ParamName);
}
