using ReviewKit.Analysis;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Analysis;

public class AnalysisValuesTests
{
    [Fact]
    public void TextSpan_EndIsExclusive_AndOfReturnsTheCoveredText()
    {
        var span = new TextSpan(5, 6);

        Assert.Equal(11, span.End);
        Assert.Equal("retard", span.Of("gros retard ici"));
        Assert.Equal("[5..11)", span.ToString());
        Assert.Equal(new TextSpan(5, 6), span);
        Assert.NotEqual(new TextSpan(5, 5), span);
    }

    [Fact]
    public void TextSpan_ArgumentValidation_NamesTheParameter()
    {
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 0)).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(0, -1)).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(int.MaxValue, 1)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(2, 5).Of("abc")).ParamName);
    }

    [Fact]
    public void ThemeMatch_ValidatesIdAndConfidence()
    {
        Assert.Equal("themeId", Assert.Throws<ArgumentException>(() => new ThemeMatch(" ", 0.5, [])).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => new ThemeMatch("delay", 1.5, [])).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => new ThemeMatch("delay", double.NaN, [])).ParamName);
        Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() => new ThemeMatch("delay", 0.5, null!)).ParamName);
        Assert.Equal("riskId", Assert.Throws<ArgumentException>(() => new RiskMatch("", [])).ParamName);
    }

    [Fact]
    public void ReviewAnalysis_OrdersThemesByConfidence_AndValidatesScores()
    {
        var analysis = new ReviewAnalysis(
            LanguageTag.French, -0.5, 0.1, 0.6, 0.3,
            [new ThemeMatch("delay", 0.5, []), new ThemeMatch("cleanliness", 0.9, [])],
            [new RiskMatch("legal_threat", [])]);

        Assert.Equal(["cleanliness", "delay"], analysis.Themes.Select(t => t.ThemeId));
        Assert.True(analysis.HasRisk);
        Assert.Equal(0.5, analysis.FindTheme("delay")!.Confidence);
        Assert.Null(analysis.FindTheme("refund_return"));
        Assert.Equal("sentiment", Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewAnalysis(LanguageTag.French, -1.5, 0, 0, 0, [], [])).ParamName);
        Assert.Equal("neutral", Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewAnalysis(LanguageTag.French, 0, 0, 0, 2, [], [])).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentNullException>(() => new ReviewAnalysis(LanguageTag.French, 0, 0, 0, 0, [null!], [])).ParamName);
    }

    [Fact]
    public void TextOf_JoinsTitleAndTextWithABlankLine()
    {
        var withTitle = new Review(new ReviewId(ReviewSource.Google, "r"), TestData.T0, "Colis jamais reçu.", title: "Déçu");
        var withoutTitle = new Review(new ReviewId(ReviewSource.Google, "r"), TestData.T0, "Colis jamais reçu.");

        Assert.Equal("Déçu\n\nColis jamais reçu.", ReviewAnalysis.TextOf(withTitle));
        Assert.Equal("Colis jamais reçu.", ReviewAnalysis.TextOf(withoutTitle));
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => ReviewAnalysis.TextOf(null!)).ParamName);
    }
}
