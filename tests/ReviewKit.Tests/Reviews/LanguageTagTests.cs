using ReviewKit.Reviews;

namespace ReviewKit.Tests.Reviews;

public class LanguageTagTests
{
    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr-fr", "fr-FR")]
    [InlineData("en_gb", "en-GB")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("und", "und")]
    [InlineData("gsw-u-sd-chzh", "gsw-u-sd-chzh")]
    public void Parse_ValidTag_ReturnsCanonicalCase(string text, string expected) =>
        Assert.Equal(expected, LanguageTag.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("f")]
    [InlineData("french")]
    [InlineData("fr-")]
    [InlineData("-fr")]
    [InlineData("fr--FR")]
    [InlineData("fr-toolongsubtag")]
    [InlineData("1r")]
    [InlineData("fr FR")]
    [InlineData("fr-ÉÉ")]
    public void Parse_MalformedTag_ThrowsNamingTheRule(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => LanguageTag.Parse(text));
        Assert.Equal("text", e.ParamName);
        Assert.Contains("is not a language tag", e.Message, StringComparison.Ordinal);
        Assert.False(LanguageTag.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Null_Throws() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => LanguageTag.Parse(null!)).ParamName);

    [Fact]
    public void WellKnownTags_AndEquality()
    {
        Assert.Equal(LanguageTag.French, LanguageTag.Parse("FR"));
        Assert.True(LanguageTag.Parse("en-gb") == LanguageTag.Parse("EN-GB"));
        Assert.Equal("en", LanguageTag.Parse("en-GB").PrimaryLanguage);
        Assert.True(LanguageTag.Undetermined.IsUndetermined);
        Assert.True(default(LanguageTag).IsUndetermined);
        Assert.Equal(LanguageTag.Undetermined, default);
    }
}
