using System.Text;

namespace ReviewKit.Analysis.Tests.Data;

/// <summary>
/// Format checks of the blind held-out set (Data/heldout_reviews.tsv). These tests never call the analyzer:
/// the set must not be used for tuning (see Data/HELDOUT.md).
/// </summary>
public class HeldoutSetFormatTests
{
    private const string Header = "id\tlang\ttext\tthemes\trisks\tnegative\tnotes";

    private static readonly string[] ThemeIds =
    [
        "delay", "cancellation", "lost_or_damaged", "lack_of_information", "promise_gap", "customer_service", "staff_attitude",
        "waiting_time", "product_quality", "price_billing", "refund_return", "cleanliness", "ordering_booking",
    ];

    private static readonly string[] RiskIds =
        ["legal_threat", "health_safety", "discrimination", "fraud_accusation", "public_exposure", "abuse"];

    private static readonly string[] Languages = ["fr", "en"];

    private static string FilePath => Path.Combine(AppContext.BaseDirectory, "Data", "heldout_reviews.tsv");

    private static byte[] ReadBytes() => File.ReadAllBytes(FilePath);

    private static string[] ReadLines()
    {
        var text = new UTF8Encoding(false, true).GetString(ReadBytes());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text[..^1].Split('\n');
    }

    private static string[][] ReadRows() => ReadLines().Skip(1).Select(l => l.Split('\t')).ToArray();

    private static string[] Ids(string cell) => cell.Length == 0 ? [] : cell.Split(',');

    [Fact]
    public void File_IsUtf8WithoutBom_WithLfLineEndings_AndTheExpectedHeader()
    {
        var bytes = ReadBytes();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the file starts with a BOM");
        Assert.DoesNotContain((byte)'\r', bytes);
        var lines = ReadLines();
        Assert.Equal(Header, lines[0]);
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l), "blank line"));
    }

    [Fact]
    public void EveryRow_HasSevenColumns_AndValidCells()
    {
        var rows = ReadRows();
        Assert.All(rows, r =>
        {
            Assert.True(r.Length == 7, $"{r[0]}: {r.Length} columns");
            Assert.Contains(r[1], Languages);
            Assert.Matches(r[1] == "fr" ? "^hf-[0-9]{3}$" : "^he-[0-9]{3}$", r[0]);
            Assert.False(string.IsNullOrWhiteSpace(r[2]), $"{r[0]}: empty text");
            Assert.Equal(r[2].Trim(), r[2]);
            Assert.All(Ids(r[3]), t => Assert.Contains(t, ThemeIds));
            Assert.All(Ids(r[4]), x => Assert.Contains(x, RiskIds));
            Assert.Equal(Ids(r[3]).Length, Ids(r[3]).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(Ids(r[4]).Length, Ids(r[4]).Distinct(StringComparer.Ordinal).Count());
            Assert.True(r[5] is "true" or "false", $"{r[0]}: negative is '{r[5]}'");
        });
    }

    [Fact]
    public void Ids_AreUnique()
    {
        var ids = ReadRows().Select(r => r[0]).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void EachLanguage_HasAtLeast120Rows_EachThemeAtLeast8Times_AndEachRiskAtLeast3Times(string lang)
    {
        var rows = ReadRows().Where(r => r[1] == lang).ToList();
        Assert.True(rows.Count >= 120, $"{lang}: {rows.Count} rows");
        foreach (var theme in ThemeIds)
        {
            var n = rows.Count(r => Ids(r[3]).Contains(theme));
            Assert.True(n >= 8, $"{lang}: theme {theme} appears {n} times");
        }

        foreach (var risk in RiskIds)
        {
            var n = rows.Count(r => Ids(r[4]).Contains(risk));
            Assert.True(n >= 3, $"{lang}: risk {risk} appears {n} times");
        }
    }

    [Fact]
    public void TheSet_HasPositiveOrNeutralRows_AndRowsWithoutTheme()
    {
        var rows = ReadRows();
        foreach (var lang in Languages)
        {
            Assert.Contains(rows, r => r[1] == lang && r[5] == "false");
            Assert.Contains(rows, r => r[1] == lang && r[3].Length == 0);
        }
    }
}
