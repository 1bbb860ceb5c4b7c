using ReviewKit.Analysis.Sentiment;

namespace ReviewKit.Analysis.Tests.Sentiment;

public class CompiledLexiconTests
{
    [Fact]
    public void CompiledResource_MatchesWhatTheSourcesCompileTo()
    {
        var expected = RawLexicons.Compile();
        var embedded = RawLexicons.ReadResource(RawLexicons.CompiledResource);
        if (embedded != expected)
        {
            var path = Path.Combine(AppContext.BaseDirectory, RawLexicons.CompiledResource);
            File.WriteAllText(path, expected);
            Assert.Fail($"The embedded {RawLexicons.CompiledResource} is stale (the sources or the folding changed). Copy {path} to src/ReviewKit.Analysis/Resources/.");
        }
    }

    [Fact]
    public void CompiledResource_HoldsEveryLanguage()
    {
        var lexicons = RawLexicons.Instance;
        Assert.True(lexicons.English.Count > 7000);
        Assert.True(lexicons.French.Count > 5000);
        Assert.True(lexicons.Symbols.Count > 50);
        Assert.True(lexicons.English["terrible"] < -1.5);
        Assert.True(lexicons.French["affreux"] < -1.5);
    }
}
