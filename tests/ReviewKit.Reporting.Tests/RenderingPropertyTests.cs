using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Improvement;
using ReviewKit.Reporting.Tests.Support;

namespace ReviewKit.Reporting.Tests;

/// <summary>Invariants of both renderers over random valid reports whose texts are arbitrary or hostile strings.</summary>
public class RenderingPropertyTests
{
    public static Arbitrary<QualityReport> Reports() => Support.Reports.Arbitrary();

    [Property(Arbitrary = [typeof(RenderingPropertyTests)], MaxTest = 200)]
    public Property Html_NeverThrowsAndIsAlwaysWellFormedWithOneSvgPerChart(QualityReport report)
    {
        var html = new HtmlReportRenderer().Render(report);
        var problems = HtmlStructure.Problems(html);
        var expected = Support.Reports.ExpectedCharts(report);
        return (problems.Count == 0
                && HtmlStructure.Count(html, "svg") == expected
                && html.Contains($"<body data-chart-count=\"{expected}\">", StringComparison.Ordinal))
            .Label(string.Join("; ", problems.Take(3)));
    }

    [Property(Arbitrary = [typeof(RenderingPropertyTests)], MaxTest = 200)]
    public Property Html_AlwaysShowsEveryLabelEscaped(QualityReport report)
    {
        var html = new HtmlReportRenderer().Render(report);
        var labels = report.Irritants.Select(r => r.Label)
            .Concat(report.SlaCompliance.Select(r => r.Metric))
            .Concat(report.ResponseFigures.Select(r => r.Responder))
            .Concat(report.Actions.Select(a => a.Verdict))
            .Concat(report.WeakSignals.Select(w => w.SeriesName))
            .Append(report.Title);
        var missing = labels.Where(l => !html.Contains(HtmlText.Escape(l), StringComparison.Ordinal)).ToList();
        return (missing.Count == 0).Label($"not shown: {string.Join(" | ", missing.Take(3))}");
    }

    [Property(Arbitrary = [typeof(RenderingPropertyTests)], MaxTest = 200)]
    public Property Markdown_NeverThrowsAndKeepsItsStructure(QualityReport report)
    {
        var markdown = new MarkdownReportRenderer().Render(report);
        var problems = MarkdownStructure.Problems(markdown, out var mermaidBlocks);
        return (problems.Count == 0
                && mermaidBlocks == Support.Reports.ExpectedCharts(report)
                && markdown.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)) == 7
                && markdown.Split('\n').Count(l => l.StartsWith("# ", StringComparison.Ordinal)) == 1)
            .Label(string.Join("; ", problems.Take(3)));
    }

    [Property]
    public bool MarkdownEscape_OfAnyString_IsOneLineWithoutHtmlOrUnescapedPipes(NonNull<string> text)
    {
        var escaped = MarkdownText.Escape(text.Get, atLineStart: true);
        return !escaped.Contains('\n', StringComparison.Ordinal)
            && !escaped.Contains('\r', StringComparison.Ordinal)
            && !escaped.Contains('<', StringComparison.Ordinal)
            && !escaped.Contains('>', StringComparison.Ordinal)
            && !System.Text.RegularExpressions.Regex.IsMatch(escaped, "(?<!\\\\)(\\\\\\\\)*[|`*_\\[\\]]");
    }

    [Property]
    public bool HtmlEscape_OfAnyString_HasNoMarkupCharacters(NonNull<string> text)
    {
        var escaped = HtmlText.Escape(text.Get);
        return escaped.IndexOfAny(['<', '>', '"', '\'']) < 0
            && escaped.Replace("&amp;", "", StringComparison.Ordinal).Replace("&lt;", "", StringComparison.Ordinal).Replace("&gt;", "", StringComparison.Ordinal)
                .Replace("&quot;", "", StringComparison.Ordinal).Replace("&#39;", "", StringComparison.Ordinal).IndexOf('&', StringComparison.Ordinal) < 0;
    }

    [Property]
    public bool MermaidLabel_OfAnyString_HasOnlySafeCharacters(NonNull<string> text) =>
        MarkdownText.MermaidLabel(text.Get, 24, "fallback").EnumerateRunes()
            .All(r => System.Text.Rune.IsLetterOrDigit(r) || " -_.,/()'…".Contains(r.ToString(), StringComparison.Ordinal));
}
