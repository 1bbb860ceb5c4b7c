using ReviewKit.Reviews;

namespace ReviewKit.Tests.Reviews;

public class ReviewIdTests
{
    [Fact]
    public void Equality_SameSourceAndPlatformId_AreEqual()
    {
        var a = new ReviewId(ReviewSource.Google, "AbC");
        var b = new ReviewId(ReviewSource.FromName("GOOGLE"), "AbC");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("google:AbC", a.ToString());
    }

    [Fact]
    public void Equality_PlatformIdIsCaseSensitive()
    {
        Assert.NotEqual(new ReviewId(ReviewSource.Google, "abc"), new ReviewId(ReviewSource.Google, "ABC"));
        Assert.True(new ReviewId(ReviewSource.Google, "abc") != new ReviewId(ReviewSource.Trustpilot, "abc"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void Constructor_BlankPlatformId_Throws(string platformId) =>
        Assert.Equal("platformId", Assert.Throws<ArgumentException>(() => new ReviewId(ReviewSource.Google, platformId)).ParamName);

    [Fact]
    public void Constructor_NullPlatformId_Throws() =>
        Assert.Equal("platformId", Assert.Throws<ArgumentNullException>(() => new ReviewId(ReviewSource.Google, null!)).ParamName);

    [Fact]
    public void Constructor_DefaultSource_Throws() =>
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new ReviewId(default, "x")).ParamName);
}
