using ReviewKit.Analysis.Themes;

namespace ReviewKit.Analysis.Tests.Themes;

public class DefaultTaxonomyTests
{
    public static TheoryData<string, string> AllPatterns()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in DefaultTaxonomy.Themes.Concat(DefaultTaxonomy.Risks))
        {
            foreach (var pattern in (spec.English + "|" + spec.French).Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                data.Add(spec.Id, pattern);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPatterns))]
    public void EveryDefaultPattern_Parses(string category, string pattern)
    {
        var ok = PatternParser.TryParse(pattern, out _, out _, out var error);

        Assert.True(ok, $"{category}: '{pattern}': {error}");
    }

    [Fact]
    public void DefaultIds_AreTheStableOnes()
    {
        Assert.Equal(typeof(ThemeIds).GetFields().Select(f => (string)f.GetRawConstantValue()!), DefaultTaxonomy.Themes.Select(t => t.Id));
        Assert.Equal(typeof(RiskIds).GetFields().Select(f => (string)f.GetRawConstantValue()!), DefaultTaxonomy.Risks.Select(t => t.Id));
    }
}
