using ReviewKit.Analysis.Themes;

namespace ReviewKit.Analysis.Tests.Themes;

public class DefaultTaxonomyTests
{
    private static IEnumerable<(string Category, string Language, string[] Patterns)> PatternLists() =>
        DefaultTaxonomy.Themes.Concat(DefaultTaxonomy.Risks).SelectMany(spec => new[]
        {
            (spec.Id, "en", spec.English.Split('|', StringSplitOptions.RemoveEmptyEntries)),
            (spec.Id, "fr", spec.French.Split('|', StringSplitOptions.RemoveEmptyEntries)),
        });

    /// <summary>One row per pattern of each language list: a word both languages use ("facebook") is two rows.</summary>
    public static TheoryData<string, string, string> AllPatterns()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (category, language, patterns) in PatternLists())
        {
            foreach (var pattern in patterns)
            {
                data.Add(category, language, pattern);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPatterns))]
    public void EveryDefaultPattern_Parses(string category, string language, string pattern)
    {
        var ok = PatternParser.TryParse(pattern, out _, out _, out var error);

        Assert.True(ok, $"{category} ({language}): '{pattern}': {error}");
    }

    [Fact]
    public void NoPattern_IsListedTwiceInOneLanguageOfOneCategory()
    {
        var repeated = PatternLists()
            .SelectMany(list => list.Patterns.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => $"{list.Category} ({list.Language}): '{g.Key}'"))
            .ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void DefaultIds_AreTheStableOnes()
    {
        Assert.Equal(typeof(ThemeIds).GetFields().Select(f => (string)f.GetRawConstantValue()!), DefaultTaxonomy.Themes.Select(t => t.Id));
        Assert.Equal(typeof(RiskIds).GetFields().Select(f => (string)f.GetRawConstantValue()!), DefaultTaxonomy.Risks.Select(t => t.Id));
    }

    [Theory]
    [InlineData("quality ~ poor", true)]
    [InlineData("because i ~ woman ~ alone", true)]
    [InlineData("~ poor", false)]
    [InlineData("quality ~", false)]
    [InlineData("a ~ b ~ c ~ d", false)]
    [InlineData("qual~ity", false)]
    public void TryParse_Gap_IsBetweenWords_AtMostTwice(string pattern, bool valid)
    {
        var ok = PatternParser.TryParse(pattern, out _, out var elements, out var error);

        Assert.Equal(valid, ok);
        if (valid)
        {
            Assert.Contains(elements, e => e.Kind == ElementKind.Gap);
        }
        else
        {
            Assert.NotEmpty(error);
        }
    }

    [Theory]
    [InlineData("food ~ cold/bland/stale*", true)]
    [InlineData("cold/bland food", false)]
    [InlineData("food ~ cold//bland", false)]
    [InlineData("food ~ cold/#", false)]
    [InlineData("food ~ col*/bland", false)]
    public void TryParse_Choice_IsOneWordEach_NotFirst(string pattern, bool valid)
    {
        var ok = PatternParser.TryParse(pattern, out _, out var elements, out var error);

        Assert.Equal(valid, ok);
        if (valid)
        {
            Assert.Equal(3, Assert.Single(elements, e => e.Kind == ElementKind.Choice).Choices!.Length);
        }
        else
        {
            Assert.NotEmpty(error);
        }
    }
}
