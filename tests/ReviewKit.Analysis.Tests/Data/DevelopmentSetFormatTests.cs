using System.Text;
using ReviewKit.Analysis.Themes;

namespace ReviewKit.Analysis.Tests.Data;

/// <summary>
/// Format checks of the development set the theme model learns from (Data/annotated_reviews*.tsv, see Data/README.md):
/// a malformed row would silently change what the shipped model learns.
/// </summary>
public class DevelopmentSetFormatTests
{
    private const string Header = "id\tlang\ttext\tthemes\trisks\tnegative\tnotes";

    private static readonly string[] RiskIds =
        ["legal_threat", "health_safety", "discrimination", "fraud_accusation", "public_exposure", "abuse"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "annotated_reviews*.tsv").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void DevelopmentSet_HasTheOriginalFileAndSeveralWriters()
    {
        var examples = ThemeExample.ReadDevelopmentSet(Path.Combine(AppContext.BaseDirectory, "Data"));

        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Data", "annotated_reviews.tsv")));
        Assert.True(examples.Select(e => e.Group).Distinct().Count() >= 6, "fewer than six writers");
        Assert.Equal(examples.Count, examples.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_IsWellFormed(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", file));
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the file starts with a BOM");
        Assert.DoesNotContain((byte)'\r', bytes);
        var text = new UTF8Encoding(false, true).GetString(bytes);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(Header, lines[0]);
        var themes = DefaultTaxonomy.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var batch = file == "annotated_reviews.tsv" ? string.Empty : file["annotated_reviews_".Length..^".tsv".Length];
        Assert.All(lines.Skip(1), line =>
        {
            var r = line.Split('\t');
            Assert.True(r.Length == 7, $"{line}: {r.Length} columns");
            Assert.Matches($"^{r[1]}-{batch}[0-9]{{3}}$", r[0]);
            Assert.Contains(r[1], new[] { "fr", "en" });
            Assert.False(string.IsNullOrWhiteSpace(r[2]), $"{r[0]}: empty text");
            Assert.All(r[3].Length == 0 ? [] : r[3].Split(','), t => Assert.True(themes.Contains(t), $"{r[0]}: '{t}' is not a theme id"));
            Assert.All(r[4].Length == 0 ? [] : r[4].Split(','), t => Assert.True(RiskIds.Contains(t), $"{r[0]}: '{t}' is not a risk id"));
            Assert.Contains(r[5], new[] { "true", "false" });
        });
    }
}
