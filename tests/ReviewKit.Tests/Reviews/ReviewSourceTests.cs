using ReviewKit.Reviews;

namespace ReviewKit.Tests.Reviews;

public class ReviewSourceTests
{
    [Theory]
    [InlineData("Google")]
    [InlineData("GOOGLE")]
    [InlineData("google")]
    public void FromName_WellKnownNameInAnyCase_ReturnsWellKnownSource(string name)
    {
        var source = ReviewSource.FromName(name);

        Assert.Equal(ReviewSource.Google, source);
        Assert.True(source.IsWellKnown);
        Assert.Equal("google", source.ToString());
    }

    [Fact]
    public void FromName_CustomName_IsPublicAndNotWellKnown()
    {
        var source = ReviewSource.FromName("Pages-Jaunes.fr");

        Assert.Equal("pages-jaunes.fr", source.Name);
        Assert.False(source.IsWellKnown);
        Assert.False(source.IsPrivateChannel);
        Assert.Equal(ReviewSource.FromName("pages-jaunes.FR"), source);
    }

    [Fact]
    public void PrivateChannels_AreTheBusinessOwnChannels()
    {
        Assert.True(ReviewSource.Email.IsPrivateChannel);
        Assert.True(ReviewSource.Phone.IsPrivateChannel);
        Assert.True(ReviewSource.WebForm.IsPrivateChannel);
        Assert.True(ReviewSource.Survey.IsPrivateChannel);
        Assert.False(ReviewSource.Trustpilot.IsPrivateChannel);
        Assert.False(ReviewSource.Instagram.IsPrivateChannel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("google reviews")]
    [InlineData("avis/google")]
    [InlineData("éàü")]
    public void FromName_InvalidName_ThrowsNamingTheParameter(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => ReviewSource.FromName(name));
        Assert.Equal("name", e.ParamName);
    }

    [Fact]
    public void FromName_TooLong_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ReviewSource.FromName(new string('a', 65)));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("64", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromName_Null_Throws() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ReviewSource.FromName(null!)).ParamName);

    [Fact]
    public void Default_IsNotAWellKnownSource()
    {
        Assert.False(default(ReviewSource).IsWellKnown);
        Assert.Equal(string.Empty, default(ReviewSource).Name);
    }
}
