using System.Globalization;
using System.Text;

namespace ReviewKit.Reporting;

/// <summary>
/// Renders a <see cref="QualityReport"/> as one self-contained HTML page: inline CSS, inline SVG charts (irritant
/// Pareto, weekly negative share with control limits, SLA compliance) and a table for every section. The page loads
/// nothing (no script, font, image or style sheet from anywhere), opens offline and prints.
/// </summary>
/// <remarks>
/// <para>Every text of the report is HTML-escaped: quotes come from customers and are treated as hostile (their personal
/// data is already masked: see <see cref="IrritantParetoRow.ExampleQuotes"/>). A Content Security Policy in the page
/// forbids scripts altogether.</para>
/// <para>Each chart is an <c>&lt;svg role="img"&gt;</c> with a title and a description, and the table after it holds
/// the same figures. The body's <c>data-chart-count</c> attribute is the number of charts, for automated checks.
/// A section without data shows a sentence instead of an empty chart.</para>
/// <para>Numbers use the invariant culture; the page is in English. Stateless and thread-safe.</para>
/// </remarks>
public sealed class HtmlReportRenderer : QualityReportRenderer
{
    private const int MaxQuoteLength = 1_000;

    private const string Css = """
        :root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--bg:#fff;--accent:#2563eb;--bad:#c81e1e;--good:#15803d;--warn:#b45309}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
        header,main,footer{max-width:1100px;margin:0 auto;padding:0 24px}
        header{padding-top:24px;border-bottom:3px solid var(--accent)}
        h1{font-size:1.8em;margin:0 0 4px}
        h2{font-size:1.3em;margin:32px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
        h3{font-size:1.05em;margin:20px 0 6px}
        .meta{color:var(--muted);margin:0 0 16px}
        .kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:8px 0}
        .kpis div{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
        .kpis dt{color:var(--muted);font-size:.85em}
        .kpis dd{margin:0;font-size:1.5em;font-weight:600}
        figure{margin:12px 0}
        figcaption{color:var(--muted);font-size:.85em}
        svg.chart{width:100%;height:auto;display:block;font-size:12px}
        svg .grid{stroke:#eef2f6;stroke-width:1}
        svg .axis{fill:none;stroke:#9aa5b1;stroke-width:1}
        svg .tick{fill:var(--muted)}
        svg .label{fill:var(--ink)}
        svg .bar{fill:#93c5fd;stroke:var(--accent)}
        svg .cumulative{fill:none;stroke:var(--warn);stroke-width:2}
        svg .cumulative-point{fill:var(--warn)}
        svg .reference{stroke:var(--warn);stroke-dasharray:2 4}
        svg .share{fill:none;stroke:var(--accent);stroke-width:2.5}
        svg .share-point{fill:var(--accent)}
        svg .centre{fill:none;stroke:#7b8794;stroke-width:1.5;stroke-dasharray:6 4}
        svg .limit{fill:none;stroke:var(--bad);stroke-width:1.5;stroke-dasharray:3 3}
        svg .flagged{fill:var(--bad);stroke:#fff;stroke-width:1.5}
        svg .achieved{fill:#86efac;stroke:var(--good)}
        svg .breached{fill:#fca5a5;stroke:var(--bad)}
        svg .empty{fill:#f5f7fa;stroke:var(--line)}
        table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.92em}
        caption{text-align:left;color:var(--muted);padding:4px 0}
        th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
        td{overflow-wrap:anywhere;min-width:5.5em}
        th{background:#f5f7fa}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        td.num{white-space:nowrap;min-width:0}
        tr.flagged td{background:#fdecec}
        blockquote{margin:6px 0;padding:4px 12px;border-left:4px solid var(--line);color:#323f4b;overflow-wrap:anywhere}
        blockquote p{margin:0}
        h4{margin:12px 0 4px;font-size:.95em}
        .empty-note{color:var(--muted);font-style:italic}
        footer{color:var(--muted);font-size:.85em;padding:24px}
        @media print{h2{break-after:avoid}figure,table{break-inside:avoid}}
        """;

    /// <summary>The number of SVG charts the page of <paramref name="report"/> has: one per irritant Pareto (one per location when ranked per location) and one per other non-empty charted section.</summary>
    internal static int ChartCount(QualityReport report) =>
        ReportText.Paretos(report.Irritants).Count + (report.NegativeShareWeeks.IsEmpty ? 0 : 1) + (report.SlaCompliance.IsEmpty ? 0 : 1);

    private protected override StringBuilder Build(QualityReport report)
    {
        var b = new StringBuilder(32_768);
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"generator\" content=\"ReviewKit.Reporting\">\n<title>").AppendEscaped(report.Title).Append("</title>\n<style>\n")
            .Append(Css).Append("\n</style>\n</head>\n")
            .Append(CultureInfo.InvariantCulture, $"<body data-chart-count=\"{ChartCount(report)}\">\n<header>\n<h1>").AppendEscaped(report.Title).Append("</h1>\n")
            .Append("<p class=\"meta\">Period: ").AppendEscaped(ReportText.Period(report))
            .Append(" · Locations: ").AppendEscaped(ReportText.Locations(report.Scope))
            .Append(" · Sources: ").AppendEscaped(ReportText.Sources(report.Scope)).Append("</p>\n</header>\n<main>\n");
        WriteHeadline(b, report.Headline);
        WriteIrritants(b, report);
        WriteNegativeShare(b, report);
        WriteSla(b, report);
        WriteResponses(b, report);
        WriteActions(b, report);
        WriteWeakSignals(b, report);
        b.Append("</main>\n<footer>Generated by ReviewKit.Reporting. Negative reviews are counted and shown, never hidden. ")
            .Append("Customer quotes are untrusted text, shown escaped, with personal data and long numbers masked.</footer>\n</body>\n</html>\n");
        return b;
    }

    private static void WriteHeadline(StringBuilder b, ReportHeadline h)
    {
        b.Append("<section id=\"headline\" aria-labelledby=\"headline-h\">\n<h2 id=\"headline-h\">Headline figures</h2>\n<dl class=\"kpis\">\n");
        Kpi(b, "Reviews", ReportText.Count(h.ReviewCount));
        Kpi(b, "Negative share", ReportText.Percent(h.NegativeShare));
        Kpi(b, "Average rating (0 worst, 1 best)", ReportText.Rating(h.AverageNormalizedRating));
        Kpi(b, "Response rate", ReportText.Percent(h.ResponseRate));
        Kpi(b, "Median response time", ReportText.Duration(h.MedianResponseTime));
        Kpi(b, "Recovery rate", ReportText.Percent(h.RecoveryRate));
        b.Append("</dl>\n</section>\n");
    }

    private static void Kpi(StringBuilder b, string label, string value) =>
        b.Append("<div><dt>").AppendEscaped(label).Append("</dt><dd>").AppendEscaped(value).Append("</dd></div>\n");

    private static void WriteIrritants(StringBuilder b, QualityReport report)
    {
        var rows = report.Irritants;
        OpenSection(b, "irritants", "Irritants (Pareto)");
        if (rows.IsEmpty)
        {
            Empty(b);
            return;
        }

        foreach (var pareto in ReportText.Paretos(rows))
        {
            if (pareto[0].LocationId is { } location)
            {
                b.Append("<h3>").AppendEscaped(location).Append("</h3>\n");
            }

            WritePareto(b, pareto);
        }

        b.Append("</section>\n");
    }

    private static void WritePareto(StringBuilder b, IReadOnlyList<IrritantParetoRow> rows)
    {
        b.Append("<figure>");
        SvgCharts.WritePareto(b, rows);
        b.Append(CultureInfo.InvariantCulture, $"<figcaption>Bars: mentions per irritant; line: cumulative share; dotted line: 80%. {(rows.Count > SvgCharts.MaxParetoBars ? "The chart shows the first 15 irritants; " : string.Empty)}The table lists every irritant.</figcaption></figure>\n");
        var caption = rows[0].LocationId is { } location ? $"Irritants ranked by the analysis, {location}" : "Irritants ranked by the analysis";
        Table(b, caption, ["#", "Irritant", "Unmet need", "Mentions", "Share", "Cumulative", "Severity weight", "Trend"], [true, false, false, true, true, true, true, false],
            rows.Select((r, i) => ((string?)null, new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), r.Label, r.UnmetNeed ?? "", ReportText.Count(r.Count), ReportText.Percent(r.Share),
                ReportText.Percent(r.CumulativeShare), ReportText.Number(r.SeverityWeight), ReportText.Trend(r.Trend),
            })));
        if (rows.Any(r => !r.ExampleQuotes.IsEmpty))
        {
            b.Append(rows[0].LocationId is null ? "<h3>Example quotes</h3>\n" : "<h4>Example quotes</h4>\n");
            foreach (var row in rows.Where(r => !r.ExampleQuotes.IsEmpty))
            {
                b.Append("<h4>").AppendEscaped(row.Label).Append("</h4>\n");
                foreach (var quote in row.ExampleQuotes)
                {
                    b.Append("<blockquote><p>").AppendEscaped(ReportText.Shorten(quote, MaxQuoteLength)).Append("</p></blockquote>\n");
                }
            }
        }
    }

    private static void WriteNegativeShare(StringBuilder b, QualityReport report)
    {
        var weeks = report.NegativeShareWeeks;
        OpenSection(b, "negative-share", "Weekly negative share");
        if (weeks.IsEmpty)
        {
            Empty(b);
            return;
        }

        b.Append("<figure>");
        SvgCharts.WriteNegativeShare(b, weeks);
        b.Append("<figcaption>Solid line: weekly share of negative reviews; dashed grey: centre line; dashed red: control limits; red dots: weeks flagged out of control.</figcaption></figure>\n");
        Table(b, "Weekly negative share and control limits", ["Week of", "Reviews", "Negative share", "Centre line", "Lower limit", "Upper limit", "Flagged"], [false, true, true, true, true, true, false],
            weeks.Select(w => (w.IsFlagged ? "flagged" : null, new[]
            {
                ReportText.Date(w.WeekStart), ReportText.Count(w.ReviewCount), ReportText.Percent(w.NegativeShare), ReportText.Percent(w.CentreLine),
                ReportText.Percent(w.LowerControlLimit), ReportText.Percent(w.UpperControlLimit), w.IsFlagged ? "yes, out of control" : "no",
            })));
        b.Append("</section>\n");
    }

    private static void WriteSla(StringBuilder b, QualityReport report)
    {
        var rows = report.SlaCompliance;
        OpenSection(b, "sla", "SLA compliance");
        if (rows.IsEmpty)
        {
            Empty(b);
            return;
        }

        b.Append("<figure>");
        SvgCharts.WriteSla(b, rows);
        b.Append("<figcaption>Green: cases that met the target; red: cases that missed it.</figcaption></figure>\n");
        Table(b, "SLA compliance per metric", ["Metric", "Achieved", "Breached", "Compliance", "Median", "90th percentile"], [false, true, true, true, true, true],
            rows.Select(r => ((string?)null, new[]
            {
                r.Metric, ReportText.Count(r.Achieved), ReportText.Count(r.Breached), ReportText.Percent(r.ComplianceRate),
                ReportText.Duration(r.MedianDuration), ReportText.Duration(r.P90Duration),
            })));
        b.Append("</section>\n");
    }

    private static void WriteResponses(StringBuilder b, QualityReport report)
    {
        OpenSection(b, "responses", "Response and recovery per agent and team");
        if (report.ResponseFigures.IsEmpty)
        {
            Empty(b);
            return;
        }

        Table(b, "Response figures", ["Agent or team", "Kind", "Cases", "Response rate", "Median response time", "Private contact", "Recovery rate"], [false, false, true, true, true, true, true],
            report.ResponseFigures.Select(r => ((string?)null, new[]
            {
                r.Responder, ReportText.Kind(r.Kind), ReportText.Count(r.CaseCount), ReportText.Percent(r.ResponseRate),
                ReportText.Duration(r.MedianResponseTime), ReportText.Percent(r.PrivateContactRate), ReportText.Percent(r.RecoveryRate),
            })));
        b.Append("</section>\n");
    }

    private static void WriteActions(StringBuilder b, QualityReport report)
    {
        OpenSection(b, "actions", "Actions and their measured effect");
        if (report.Actions.IsEmpty)
        {
            Empty(b);
            return;
        }

        Table(b, "Effect on the incidence of the targeted themes (after minus before, with its confidence interval)",
            ["Action", "Themes", "Started", "Incidence before", "Incidence after", "Effect [CI]", "Verdict", "Reviews before / after", "Average rating before / after", "Recovery before / after"],
            [false, false, true, true, true, true, false, true, true, true],
            report.Actions.Select(a => ((string?)null, new[]
            {
                a.Title, string.Join(", ", a.ThemeIds), ReportText.Date(a.Start), ReportText.Percent(a.IncidenceBefore), ReportText.Percent(a.IncidenceAfter),
                ReportText.Effect(a), a.Verdict, $"{ReportText.Count(a.SampleSizeBefore)} / {ReportText.Count(a.SampleSizeAfter)}",
                ReportText.BeforeAfter(a.AverageRatingBefore, a.AverageRatingAfter, ReportText.Rating), ReportText.BeforeAfter(a.RecoveryRateBefore, a.RecoveryRateAfter, ReportText.Percent),
            })));
        b.Append("</section>\n");
    }

    private static void WriteWeakSignals(StringBuilder b, QualityReport report)
    {
        OpenSection(b, "weak-signals", "Weak signals");
        if (report.WeakSignals.IsEmpty)
        {
            Empty(b);
            return;
        }

        Table(b, "Series above their own baseline", ["Period", "Series", "Observed", "Expected", "p-value", "q-value"], [false, false, true, true, true, true],
            report.WeakSignals.Select(w => ((string?)null, new[]
            {
                ReportText.SignalPeriod(w), w.SeriesName, ReportText.Number(w.Observed), ReportText.Number(w.Expected), ReportText.Probability(w.PValue), ReportText.Probability(w.QValue),
            })));
        b.Append("</section>\n");
    }

    private static void OpenSection(StringBuilder b, string id, string heading) =>
        b.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">").AppendEscaped(heading).Append("</h2>\n");

    private static void Empty(StringBuilder b) =>
        b.Append("<p class=\"empty-note\">No data for this period.</p>\n</section>\n");

    private static void Table(StringBuilder b, string caption, string[] headers, bool[] numeric, IEnumerable<(string? RowClass, string[] Cells)> rows)
    {
        b.Append("<table>\n<caption>").AppendEscaped(caption).Append("</caption>\n<thead><tr>");
        for (var i = 0; i < headers.Length; i++)
        {
            b.Append(numeric[i] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").AppendEscaped(headers[i]).Append("</th>");
        }

        b.Append("</tr></thead>\n<tbody>\n");
        foreach (var (rowClass, cells) in rows)
        {
            b.Append(rowClass is null ? "<tr>" : $"<tr class=\"{rowClass}\">");
            for (var i = 0; i < cells.Length; i++)
            {
                b.Append(numeric[i] ? "<td class=\"num\">" : "<td>").AppendEscaped(cells[i]).Append("</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody>\n</table>\n");
    }
}
