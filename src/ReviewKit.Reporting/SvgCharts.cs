using System.Globalization;
using System.Text;

namespace ReviewKit.Reporting;

/// <summary>
/// A small SVG chart writer for the HTML report: the irritant Pareto (bars and cumulative line), the weekly negative
/// share with its control limits and flagged points, and the SLA compliance bars. Each chart is one accessible
/// <c>&lt;svg role="img"&gt;</c> with a title and a description; the tables beside it carry the same data.
/// </summary>
/// <remarks>Colours come from CSS classes of the page. All text is HTML-escaped. Stateless and thread-safe.</remarks>
internal static class SvgCharts
{
    public const int MaxParetoBars = 15;
    public const int MaxSlaBars = 30;
    private const int Width = 800;

    public static void WritePareto(StringBuilder b, IReadOnlyList<IrritantParetoRow> allRows)
    {
        var rows = allRows.Take(MaxParetoBars).ToList();
        const double left = 110, right = 56, top = 44, bottom = 116, height = 380;
        const double plotW = Width - left - right, plotH = height - top - bottom;
        var maxCount = NiceCeiling(rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        var slot = plotW / Math.Max(rows.Count, 1);

        Open(b, "pareto", height, "Irritant Pareto",
            $"Mentions per irritant (bars, left axis) and cumulative share of mentions (line, right axis) for the {rows.Count} most important irritants.");
        Legend(b, left, 18, ("bar", "rect", "Mentions"), ("cumulative", "line", "Cumulative share"));
        for (var i = 0; i <= 5; i++)
        {
            var y = top + plotH - (i * plotH / 5);
            b.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(left)}\" y1=\"{F(y)}\" x2=\"{F(left + plotW)}\" y2=\"{F(y)}\"/>");
            AxisText(b, left - 6, y + 4, "end", ReportText.Number(maxCount * i / 5.0));
            AxisText(b, left + plotW + 6, y + 4, "start", ReportText.Percent(i / 5.0));
        }

        var y80 = top + (plotH * 0.2);
        b.Append(CultureInfo.InvariantCulture, $"<line class=\"reference\" x1=\"{F(left)}\" y1=\"{F(y80)}\" x2=\"{F(left + plotW)}\" y2=\"{F(y80)}\"/>");
        var points = new StringBuilder();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var barH = plotH * row.Count / maxCount;
            var x = left + (i * slot) + (slot * 0.15);
            var cx = left + (i * slot) + (slot / 2);
            b.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{F(x)}\" y=\"{F(top + plotH - barH)}\" width=\"{F(slot * 0.7)}\" height=\"{F(barH)}\"><title>")
                .AppendEscaped($"{row.Label}: {ReportText.Count(row.Count)} mentions, {ReportText.Percent(row.Share)} of mentions")
                .Append("</title></rect>");
            var labelY = top + plotH + 12;
            b.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" text-anchor=\"end\" transform=\"translate({F(cx + 4)},{F(labelY)}) rotate(-35)\">")
                .AppendEscaped(ReportText.Shorten(ReportText.Clean(row.Label), 20))
                .Append("</text>");
            points.Append(CultureInfo.InvariantCulture, $"{F(cx)},{F(top + plotH - (plotH * row.CumulativeShare))} ");
        }

        if (rows.Count > 0)
        {
            b.Append("<polyline class=\"cumulative\" points=\"").Append(points.ToString().TrimEnd()).Append("\"/>");
            for (var i = 0; i < rows.Count; i++)
            {
                var cx = left + (i * slot) + (slot / 2);
                b.Append(CultureInfo.InvariantCulture, $"<circle class=\"cumulative-point\" cx=\"{F(cx)}\" cy=\"{F(top + plotH - (plotH * rows[i].CumulativeShare))}\" r=\"3\"><title>")
                    .AppendEscaped($"Cumulative share up to {rows[i].Label}: {ReportText.Percent(rows[i].CumulativeShare)}")
                    .Append("</title></circle>");
            }
        }

        Axes(b, left, top, plotW, plotH);
        b.Append("</svg>");
    }

    public static void WriteNegativeShare(StringBuilder b, IReadOnlyList<NegativeShareWeek> weeks)
    {
        const double left = 56, right = 24, top = 44, bottom = 56, height = 340;
        const double plotW = Width - left - right, plotH = height - top - bottom;
        var yMax = Math.Min(1, NiceCeiling(weeks.Count == 0 ? 0 : weeks.Max(w => Math.Max(w.NegativeShare, w.UpperControlLimit)) * 100) / 100);
        if (yMax <= 0)
        {
            yMax = 0.1;
        }

        var n = weeks.Count;
        double X(int i) => n <= 1 ? left + (plotW / 2) : left + (i * plotW / (n - 1));
        double Y(double share) => top + plotH - (plotH * Math.Min(share, yMax) / yMax);

        var flagged = weeks.Count(w => w.IsFlagged);
        Open(b, "negative-share", height, "Weekly negative share with control limits",
            $"Share of negative reviews per week over {n} weeks, with the centre line and the lower and upper control limits; {flagged} weeks flagged out of control.");
        Legend(b, left, 18, ("share", "line", "Negative share"), ("centre", "line", "Centre line"), ("limit", "line", "Control limits"), ("flagged", "circle", "Flagged week"));
        for (var i = 0; i <= 5; i++)
        {
            var value = yMax * i / 5;
            var y = Y(value);
            b.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(left)}\" y1=\"{F(y)}\" x2=\"{F(left + plotW)}\" y2=\"{F(y)}\"/>");
            AxisText(b, left - 6, y + 4, "end", ReportText.Percent(value));
        }

        var labelStep = Math.Max(1, (int)Math.Ceiling(n / 12.0));
        for (var i = 0; i < n; i += labelStep)
        {
            AxisText(b, X(i), top + plotH + 18, "middle", ReportText.ShortDate(weeks[i].WeekStart));
        }

        if (n > 0)
        {
            Polyline(b, "limit", weeks.Select((w, i) => (X(i), Y(w.UpperControlLimit))));
            Polyline(b, "limit", weeks.Select((w, i) => (X(i), Y(w.LowerControlLimit))));
            Polyline(b, "centre", weeks.Select((w, i) => (X(i), Y(w.CentreLine))));
            Polyline(b, "share", weeks.Select((w, i) => (X(i), Y(w.NegativeShare))));
            for (var i = 0; i < n; i++)
            {
                var week = weeks[i];
                var cssClass = week.IsFlagged ? "flagged" : "share-point";
                var radius = week.IsFlagged ? 6 : 3;
                b.Append(CultureInfo.InvariantCulture, $"<circle class=\"{cssClass}\" cx=\"{F(X(i))}\" cy=\"{F(Y(week.NegativeShare))}\" r=\"{radius}\"><title>")
                    .AppendEscaped($"Week of {ReportText.Date(week.WeekStart)}: {ReportText.Percent(week.NegativeShare)} negative of {ReportText.Count(week.ReviewCount)} reviews; limits {ReportText.Percent(week.LowerControlLimit)} to {ReportText.Percent(week.UpperControlLimit)}{(week.IsFlagged ? "; flagged" : string.Empty)}")
                    .Append("</title></circle>");
            }
        }

        Axes(b, left, top, plotW, plotH);
        b.Append("</svg>");
    }

    public static void WriteSla(StringBuilder b, IReadOnlyList<SlaComplianceRow> allRows)
    {
        var rows = allRows.Take(MaxSlaBars).ToList();
        const double left = 230, right = 70, top = 44, rowH = 34;
        const double plotW = Width - left - right;
        var height = top + (rows.Count * rowH) + 16;
        Open(b, "sla", height, "SLA compliance",
            $"Share of cases that met (achieved) or missed (breached) each of {rows.Count} SLA metrics.");
        Legend(b, left, 18, ("achieved", "rect", "Achieved"), ("breached", "rect", "Breached"));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = top + (i * rowH);
            b.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{F(left - 8)}\" y=\"{F(y + 19)}\" text-anchor=\"end\">")
                .AppendEscaped(ReportText.Shorten(ReportText.Clean(row.Metric), 34))
                .Append("</text>");
            if (row.ComplianceRate is not { } rate)
            {
                b.Append(CultureInfo.InvariantCulture, $"<rect class=\"empty\" x=\"{F(left)}\" y=\"{F(y + 6)}\" width=\"{F(plotW)}\" height=\"20\"/>");
                AxisText(b, left + plotW + 6, y + 20, "start", "no case");
                continue;
            }

            var achievedW = plotW * rate;
            b.Append(CultureInfo.InvariantCulture, $"<rect class=\"achieved\" x=\"{F(left)}\" y=\"{F(y + 6)}\" width=\"{F(achievedW)}\" height=\"20\"><title>")
                .AppendEscaped($"{row.Metric}: {ReportText.Count(row.Achieved)} achieved ({ReportText.Percent(rate)})")
                .Append("</title></rect>");
            b.Append(CultureInfo.InvariantCulture, $"<rect class=\"breached\" x=\"{F(left + achievedW)}\" y=\"{F(y + 6)}\" width=\"{F(plotW - achievedW)}\" height=\"20\"><title>")
                .AppendEscaped($"{row.Metric}: {ReportText.Count(row.Breached)} breached ({ReportText.Percent(1 - rate)})")
                .Append("</title></rect>");
            AxisText(b, left + plotW + 6, y + 20, "start", ReportText.Percent(rate));
        }

        b.Append("</svg>");
    }

    /// <summary>The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least <paramref name="value"/> (1 for 0).</summary>
    internal static double NiceCeiling(double value)
    {
        if (!(value > 0))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in (ReadOnlySpan<double>)[1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static void Open(StringBuilder b, string id, double height, string title, string description)
    {
        b.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-chart=\"{id}\" viewBox=\"0 0 {Width} {F(height)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" preserveAspectRatio=\"xMinYMin meet\">");
        b.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">").AppendEscaped(title).Append("</title>");
        b.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">").AppendEscaped(description).Append("</desc>");
    }

    private static void Legend(StringBuilder b, double x, double y, params (string CssClass, string Shape, string Text)[] items)
    {
        foreach (var (cssClass, shape, text) in items)
        {
            _ = shape switch
            {
                "rect" => b.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cssClass}\" x=\"{F(x)}\" y=\"{F(y - 9)}\" width=\"14\" height=\"10\"/>"),
                "circle" => b.Append(CultureInfo.InvariantCulture, $"<circle class=\"{cssClass}\" cx=\"{F(x + 7)}\" cy=\"{F(y - 4)}\" r=\"5\"/>"),
                _ => b.Append(CultureInfo.InvariantCulture, $"<line class=\"{cssClass}\" x1=\"{F(x)}\" y1=\"{F(y - 4)}\" x2=\"{F(x + 14)}\" y2=\"{F(y - 4)}\"/>"),
            };
            AxisText(b, x + 19, y, "start", text);
            x += 32 + (text.Length * 6.5);
        }
    }

    private static void Axes(StringBuilder b, double left, double top, double plotW, double plotH) =>
        b.Append(CultureInfo.InvariantCulture, $"<polyline class=\"axis\" points=\"{F(left)},{F(top)} {F(left)},{F(top + plotH)} {F(left + plotW)},{F(top + plotH)}\"/>");

    private static void Polyline(StringBuilder b, string cssClass, IEnumerable<(double X, double Y)> points)
    {
        b.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{cssClass}\" points=\"");
        var first = true;
        foreach (var (x, y) in points)
        {
            b.Append(first ? string.Empty : " ").Append(F(x)).Append(',').Append(F(y));
            first = false;
        }

        b.Append("\"/>");
    }

    private static void AxisText(StringBuilder b, double x, double y, string anchor, string text) =>
        b.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\">").AppendEscaped(text).Append("</text>");

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
