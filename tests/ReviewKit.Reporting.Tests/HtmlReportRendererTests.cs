using System.Text.RegularExpressions;
using ReviewKit.Improvement;
using ReviewKit.Reporting.Tests.Support;
using ReviewKit.Samples.Reporting;

namespace ReviewKit.Reporting.Tests;

public class HtmlReportRendererTests
{
    private readonly HtmlReportRenderer _renderer = new();

    [Fact]
    public void Render_ExampleReport_IsWellFormedWithOneSvgPerChart()
    {
        var html = _renderer.Render(ExampleReport.Create());

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Equal(3, HtmlStructure.Count(html, "svg"));
        Assert.Contains("<body data-chart-count=\"3\">", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"pareto\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"negative-share\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"sla\"", html, StringComparison.Ordinal);
        Assert.Equal(7, HtmlStructure.Count(html, "section"));
        Assert.Equal(HtmlStructure.Count(html, "svg"), Regex.Matches(html, "<svg [^>]*role=\"img\" aria-labelledby=\"[a-z-]+-title [a-z-]+-desc\"").Count);
    }

    [Fact]
    public void Render_ExampleReport_DrawsOneBarPerIrritantAndOnePointPerWeek()
    {
        var report = ExampleReport.Create();
        var html = _renderer.Render(report);

        Assert.Equal(report.Irritants.Length, Regex.Matches(html, "<rect class=\"bar\" [^>]*><title>").Count);
        Assert.Equal(report.NegativeShareWeeks.Length, Regex.Matches(html, "<circle class=\"(share-point|flagged)\" [^>]*><title>").Count);
        Assert.Equal(report.NegativeShareWeeks.Count(w => w.IsFlagged), Regex.Matches(html, "<circle class=\"flagged\" [^>]*><title>").Count);
        Assert.Equal(report.NegativeShareWeeks.Count(w => w.IsFlagged), Regex.Matches(html, "<tr class=\"flagged\">").Count);
        Assert.Equal(report.SlaCompliance.Length, Regex.Matches(html, "<rect class=\"achieved\" [^>]*><title>").Count);
    }

    [Fact]
    public void Render_IsSelfContained_NoScriptNoExternalResource()
    {
        var html = _renderer.Render(ExampleReport.Create());

        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        // The only URL is the SVG namespace, which browsers never fetch.
        Assert.Equal(
            HtmlStructure.Count(html, "svg"),
            Regex.Matches(html, "https?://").Count);
    }

    [Fact]
    public void Render_MasksPersonalDataInQuotes()
    {
        var html = _renderer.Render(ExampleReport.Create());

        Assert.DoesNotContain("reception@example.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain("56 78", html, StringComparison.Ordinal);
        Assert.DoesNotContain("4829175523", html, StringComparison.Ordinal);
        Assert.Contains("I wrote to [e-mail], no answer.", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Render_HostileText_IsEscapedEverywhere(string hostile)
    {
        var html = _renderer.Render(Reports.WithEveryText(hostile));

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Equal(3, HtmlStructure.Count(html, "svg"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<details", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(HtmlText.Escape(Reports.Valid(hostile, 0)), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileExample_IsWellFormedWithItsThreeCharts()
    {
        var html = _renderer.Render(ExampleReport.CreateHostile());

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Equal(3, HtmlStructure.Count(html, "svg"));
        Assert.Single(Regex.Matches(html, "<style>"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_ScriptBreaker_AppearsAsEscapedText()
    {
        var html = _renderer.Render(Reports.WithEveryText("</script><img src=x onerror=alert(1)>"));

        Assert.Contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyReport_SaysSoInsteadOfDrawingEmptyCharts()
    {
        var html = _renderer.Render(Reports.Empty());

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Equal(0, HtmlStructure.Count(html, "svg"));
        Assert.Contains("<body data-chart-count=\"0\">", html, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Matches(html, "No data for this period").Count);
    }

    [Fact]
    public void Render_IrritantsPerLocation_OneParetoChartAndTablePerLocation()
    {
        var report = Reports.Empty().WithIrritants(
        [
            new IrritantParetoRow("noise", "Noise", 6, 0.6, 0.6, 1, locationId: "Hotel <Nord>"),
            new IrritantParetoRow("wifi", "Wi-Fi", 4, 0.4, 1, 1, locationId: "Hotel <Nord>"),
            new IrritantParetoRow("noise", "Noise", 3, 1, 1, 1, locationId: "Hotel Sud"),
        ]);
        var html = _renderer.Render(report);

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Equal(2, HtmlStructure.Count(html, "svg"));
        Assert.Contains("<body data-chart-count=\"2\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Hotel &lt;Nord&gt;</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Hotel Sud</h3>", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(html, "<rect class=\"bar\" [^>]*><title>").Count);
        Assert.Contains("Irritants ranked by the analysis, Hotel Sud", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WeakSignalWithPeriod_ShowsThePeriod()
    {
        var report = Reports.Empty().WithWeakSignals([new WeakSignalRow("noise @ paris", 12, 4.5, 0.001, 0.01, new LocalDate(2026, 2, 1)), new WeakSignalRow("wifi", 5, 1, 0.01)]);
        var html = _renderer.Render(report);

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Contains("<td>2026-02-01</td><td>noise @ paris</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>report period</td><td>wifi</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OnlyWeeks_HasOnlyTheNegativeShareChart()
    {
        var report = Reports.Empty().WithNegativeShareWeeks([new NegativeShareWeek(new LocalDate(2026, 3, 2), 12, 0.25, 0.2, 0.1, 0.3, false)]);
        var html = _renderer.Render(report);

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Equal(1, HtmlStructure.Count(html, "svg"));
        Assert.Contains("data-chart=\"negative-share\"", html, StringComparison.Ordinal);
        Assert.Contains("<body data-chart-count=\"1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderToWriter_SyncAndAsync_WriteTheSamePageAsRender()
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
        Assert.Equal(string.Empty, writer.ToString());
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

    [Fact]
    public void Render_Headline_FormatsNumbersDurationsAndShares()
    {
        var html = _renderer.Render(ExampleReport.Create());

        Assert.Contains("<dd>18.3%</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>1,284</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>19 h 40 min</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>0.74</dd>", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileTexts() => new(Reports.Hostile);
}
