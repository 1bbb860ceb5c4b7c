using System.Text;
using BenchmarkDotNet.Attributes;
using ReviewKit.Improvement;
using ReviewKit.Reporting;
using ReviewKit.Samples.Reporting;

namespace ReviewKit.Benchmarks.Reporting;

/// <summary>
/// Rendering a quality report: the typical monthly report of the sample (8 irritants, 13 weeks, every section) and a
/// large one (100 irritants with three 400-character quotes each, 104 weeks, 30 SLA metrics, 50 responders), as Markdown
/// (the baseline) and as a self-contained HTML page, to a string and to a UTF-8 stream.
/// </summary>
[MemoryDiagnoser]
public class ReportRenderingBenchmarks
{
    private readonly MarkdownReportRenderer _markdown = new();
    private readonly HtmlReportRenderer _html = new();
    private QualityReport _report = null!;

    [Params("typical", "large")]
    public string Report { get; set; } = "typical";

    [GlobalSetup]
    public void Setup() => _report = Report == "typical" ? ExampleReport.Create() : Large();

    [Benchmark(Baseline = true, Description = "Markdown to string")]
    public string Markdown() => _markdown.Render(_report);

    [Benchmark(Description = "HTML to string")]
    public string Html() => _html.Render(_report);

    [Benchmark(Description = "HTML to UTF-8 stream, async")]
    public async Task HtmlToStream()
    {
        await using var writer = new StreamWriter(Stream.Null, new UTF8Encoding(false));
        await _html.RenderAsync(_report, writer);
    }

    private static QualityReport Large()
    {
        var random = new Random(7);
        var quote = string.Concat(Enumerable.Repeat("The room was noisy & the <window> did not close; ", 8));
        var counts = Enumerable.Range(0, 100).Select(_ => random.Next(1, 400)).OrderDescending().ToArray();
        var total = counts.Sum();
        var cumulative = 0;
        var irritants = counts.Select((count, i) =>
        {
            cumulative += count;
            return new IrritantParetoRow($"theme-{i}", $"Irritant number {i}", count, (double)count / total, Math.Min(1, (double)cumulative / total), 1.5,
                IrritantTrend.Stable, "An unmet need", [quote, quote + " jean@example.com", quote + " 06 12 34 56 78"]);
        });
        var weeks = Enumerable.Range(0, 104).Select(i =>
            new NegativeShareWeek(new LocalDate(2024, 1, 1).PlusWeeks(i), 300, 0.1 + (random.NextDouble() * 0.2), 0.2, 0.12, 0.28, false));
        var sla = Enumerable.Range(0, 30).Select(i => new SlaComplianceRow($"Metric {i}", 200 + i, 20, Duration.FromHours(5), Duration.FromHours(30)));
        var responses = Enumerable.Range(0, 50).Select(i => new ResponseFiguresRow($"Agent {i}", ResponderKind.Agent, 40, 0.9, Duration.FromHours(12), 0.5, 0.1));
        return ExampleReport.Create().WithIrritants(irritants).WithNegativeShareWeeks(weeks).WithSlaCompliance(sla).WithResponseFigures(responses);
    }
}
