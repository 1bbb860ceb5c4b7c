namespace ReviewKit.Reporting.Tests;

public class ReportTextTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(45, "45 s")]
    [InlineData(60 * 45, "45 min")]
    [InlineData(3600 * 3, "3 h")]
    [InlineData((3600 * 3) + (60 * 20), "3 h 20 min")]
    [InlineData(86_400 * 2, "2 d")]
    [InlineData(86_400 + (3600 * 4) + 59, "1 d 4 h")]
    public void Duration_IsWrittenInAtMostTwoUnits(long seconds, string expected) =>
        Assert.Equal(expected, ReportText.Duration(Duration.FromSeconds(seconds)));

    [Fact]
    public void Duration_Null_IsNotAvailable() => Assert.Equal("n/a", ReportText.Duration(null));

    [Theory]
    [InlineData(0.0004, "< 0.001")]
    [InlineData(0.0172, "0.017")]
    [InlineData(1.0, "1.000")]
    public void Probability_IsWrittenWithThreeDecimals(double p, string expected) =>
        Assert.Equal(expected, ReportText.Probability(p));

    [Theory]
    [InlineData("a\r\nb", "a  b")]
    [InlineData("  x\u0000y  ", "x y")]
    [InlineData("ok 😀", "ok 😀")]
    public void Clean_RemovesControlCharactersAndLoneSurrogates(string text, string expected) =>
        Assert.Equal(expected, ReportText.Clean(text));

    [Fact]
    public void Clean_LoneSurrogates_AreRemoved()
    {
        Assert.Equal("x", ReportText.Clean("\ud800x"));
        Assert.Equal("a b", ReportText.Clean("a\udc00b"));
        Assert.Equal("\ud83d\ude00", ReportText.Clean("\ud83d\ude00"));
    }

    [Theory]
    [InlineData("# title", "\\# title")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("[x](y)", "\\[x\\](y)")]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("@team", "@\u200Bteam")]
    [InlineData("**bold**", "\\*\\*bold\\*\\*")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void MarkdownEscape_AtLineStart_NeutralisesSyntax(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text, atLineStart: true));

    [Fact]
    public void MarkdownEscape_InsideALine_LeavesBlockMarkersAlone() =>
        Assert.Equal("18.3% - well-known #1", MarkdownText.Escape("18.3% - well-known #1"));

    [Theory]
    [InlineData("Noise at night", "Noise at night")]
    [InlineData("\"]\n%%{init}%%", "init")]
    [InlineData("\"%%<>``` ;#", "fallback")]
    [InlineData("Bruit (nuit) — d'été", "Bruit (nuit) d'été")]
    [InlineData("a very long label that goes on and on", "a very long label that …")]
    public void MermaidLabel_KeepsOnlySafeCharacters(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.MermaidLabel(text, 24, "fallback"));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0.29, 0.3)]
    [InlineData(29, 30)]
    [InlineData(96, 100)]
    [InlineData(101, 150)]
    [InlineData(7, 8)]
    public void NiceCeiling_RoundsUpToANiceAxisMaximum(double value, double expected) =>
        Assert.Equal(expected, SvgCharts.NiceCeiling(value), 9);
}
