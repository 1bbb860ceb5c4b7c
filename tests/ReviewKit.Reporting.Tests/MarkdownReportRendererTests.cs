using System.Text.RegularExpressions;
using ReviewKit.Improvement;
using ReviewKit.Reporting.Tests.Support;
using ReviewKit.Samples.Reporting;

namespace ReviewKit.Reporting.Tests;

public class MarkdownReportRendererTests
{
    private readonly MarkdownReportRenderer _renderer = new();

    [Fact]
    public void Render_ExampleReport_HasTheMermaidChartsAndTables()
    {
        var report = ExampleReport.Create();
        var markdown = _renderer.Render(report);

        Assert.Empty(MarkdownStructure.Problems(markdown, out var mermaidBlocks));
        Assert.Equal(3, mermaidBlocks);
        Assert.Equal(3, Regex.Matches(markdown, "^xychart-beta( horizontal)?$", RegexOptions.Multiline).Count);
        Assert.Equal(3, Regex.Matches(markdown, "^      plotColorPalette: ", RegexOptions.Multiline).Count);
        Assert.Contains("    x-axis [\"Noise at night\", \"Cleanliness of the room\", ", markdown, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(markdown, "^    bar \\[", RegexOptions.Multiline).Count);
        Assert.Equal(1 + 4, Regex.Matches(markdown, "^    line \\[", RegexOptions.Multiline).Count);
        foreach (var heading in new[] { "## Headline figures", "## Irritants (Pareto)", "## Weekly negative share", "## SLA compliance", "## Response and recovery per agent and team", "## Actions and their measured effect", "## Weak signals" })
        {
            Assert.Contains("\n" + heading + "\n", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("| # | Irritant | Unmet need | Mentions | Share | Cumulative | Severity weight | Trend |", markdown.Replace("\\#", "#", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(report.Irritants.Length, Regex.Matches(markdown, "^\\| [0-9]+ \\| ", RegexOptions.Multiline).Count);
        Assert.Contains("| Acoustic glazing, street side, floors 1-3 | noise | 2026-02-02 | 12.1% | 7.4% | -0.047 \\[-0.082, -0.012\\] | Improved | 540 / 512 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ExampleReport_CumulativeLineMatchesTheRows()
    {
        var report = ExampleReport.Create();
        var markdown = _renderer.Render(report);
        var line = Regex.Match(markdown, "^    line \\[(.*)\\]$", RegexOptions.Multiline).Groups[1].Value;
        var values = line.Split(", ").Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(report.Irritants.Select(r => Math.Round(r.CumulativeShare * 100, 2)), values);
    }

    [Fact]
    public void Render_MasksPersonalDataAndEscapesHtmlInQuotes()
    {
        var markdown = _renderer.Render(ExampleReport.Create());

        Assert.DoesNotContain("reception@example.com", markdown, StringComparison.Ordinal);
        Assert.Contains("> Hair in the shower and dust under the bed. I wrote to \\[e-mail\\], no answer.", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;it is not my problem&lt;/b&gt;", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Render_HostileText_CannotBreakTheStructure(string hostile)
    {
        var markdown = _renderer.Render(Reports.WithEveryText(hostile));

        Assert.Empty(MarkdownStructure.Problems(markdown, out var mermaidBlocks));
        Assert.Equal(3, mermaidBlocks);
        Assert.Equal(7, Regex.Matches(markdown, "^## ", RegexOptions.Multiline).Count);
        Assert.Single(Regex.Matches(markdown, "^# ", RegexOptions.Multiline));
        Assert.DoesNotContain("@everyone", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileExample_KeepsItsStructure()
    {
        var markdown = _renderer.Render(ExampleReport.CreateHostile());

        Assert.Empty(MarkdownStructure.Problems(markdown, out var mermaidBlocks));
        Assert.Equal(3, mermaidBlocks);
    }

    [Fact]
    public void Render_MermaidBreaker_BecomesAPlainLabel()
    {
        var markdown = _renderer.Render(Reports.WithEveryText("\"]\n    bar [1, 2]\n```\n<script>alert(1)</script>"));

        Assert.Contains("    x-axis [\"bar 1, 2 script alert(1) /script\", ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IrritantsPerLocation_OneMermaidParetoPerLocation()
    {
        var report = Reports.Empty().WithIrritants(
        [
            new IrritantParetoRow("noise", "Noise", 6, 0.6, 0.6, 1, locationId: "Hotel Nord"),
            new IrritantParetoRow("wifi", "Wi-Fi", 4, 0.4, 1, 1, locationId: "Hotel Nord"),
            new IrritantParetoRow("noise", "Noise", 3, 1, 1, 1, locationId: "Hotel Sud"),
        ]).WithWeakSignals([new WeakSignalRow("noise @ Hotel Nord", 12, 4.5, 0.001, 0.01, new LocalDate(2026, 2, 1))]);
        var markdown = _renderer.Render(report);

        Assert.Empty(MarkdownStructure.Problems(markdown, out var mermaidBlocks));
        Assert.Equal(2, mermaidBlocks);
        Assert.Contains("\n### Hotel Nord\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Hotel Sud\n", markdown, StringComparison.Ordinal);
        Assert.Contains("    line [60, 100]\n", markdown, StringComparison.Ordinal);
        Assert.Contains("    line [100]\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2026-02-01 | noise @\u200B Hotel Nord |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ActionWithRatingAndRecovery_ShowsThemBeforeAndAfter()
    {
        var start = new LocalDate(2026, 2, 2);
        var report = Reports.Empty().WithActions(
        [
            new ActionEffectRow("Insulation", ["noise"], start, "Improved", 100, 90, 0.3, 0.1, -0.2, -0.3, -0.1, 0.62, 0.7, 0.1, 0.2),
            new ActionEffectRow("Wi-Fi", ["wifi"], start, "Not enough data", 0, 0),
        ]);
        var markdown = _renderer.Render(report);

        Assert.Contains("| Average rating before / after | Recovery before / after |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 100 / 90 | 0.62 / 0.70 | 10.0% / 20.0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 0 / 0 | n/a | n/a |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyReport_HasNoChartAndSaysSo()
    {
        var markdown = _renderer.Render(Reports.Empty());

        Assert.Empty(MarkdownStructure.Problems(markdown, out var mermaidBlocks));
        Assert.Equal(0, mermaidBlocks);
        Assert.Equal(6, Regex.Matches(markdown, "_No data for this period\\._").Count);
    }

    [Fact]
    public async Task RenderToWriter_SyncAndAsync_WriteTheSameDocumentAsRender()
    {
        var report = ExampleReport.Create();
        var expected = _renderer.Render(report);
        using var sync = new StringWriter();
        _renderer.Render(report, sync);
        using var async = new StringWriter();
        await _renderer.RenderAsync(report, async, CancellationToken.None);

        Assert.Equal(expected, sync.ToString());
        Assert.Equal(expected, async.ToString());
    }

    [Fact]
    public async Task RenderAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var writer = new StringWriter();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _renderer.RenderAsync(ExampleReport.Create(), writer, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Render_NullArguments_ThrowNamingTheParameter()
    {
        using var writer = new StringWriter();
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => _renderer.Render(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => _renderer.Render(null!, writer)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => _renderer.Render(Reports.Empty(), null!)).ParamName);
        Assert.Equal("report", (await Assert.ThrowsAsync<ArgumentNullException>(() => _renderer.RenderAsync(null!, writer))).ParamName);
        Assert.Equal("writer", (await Assert.ThrowsAsync<ArgumentNullException>(() => _renderer.RenderAsync(Reports.Empty(), null!))).ParamName);
    }

    public static TheoryData<string> HostileTexts() => new(Reports.Hostile);
}
