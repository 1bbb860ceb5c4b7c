using System.Globalization;
using System.Text;

namespace ReviewKit.Reporting;

/// <summary>Number, share, duration and date formatting shared by both renderers (invariant culture, plain words).</summary>
internal static class ReportText
{
    public const string NotAvailable = "n/a";

    public static string Percent(double share) =>
        (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Percent(double? share) => share is { } s ? Percent(s) : NotAvailable;

    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : NotAvailable;

    /// <summary>A signed number with three decimals: effects are small differences of shares.</summary>
    public static string Signed(double value) => value.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);

    public static string Probability(double value) =>
        value < 0.001 ? "< 0.001" : value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Probability(double? value) => value is { } v ? Probability(v) : NotAvailable;

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string ShortDate(LocalDate date) => date.ToString("MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A duration in at most two units, for example <c>1 d 4 h</c>, <c>2 d</c>, <c>3 h 20 min</c>, <c>45 min</c>, <c>30 s</c>; a zero second unit is left out.</summary>
    public static string Duration(Duration? duration)
    {
        if (duration is not { } d)
        {
            return NotAvailable;
        }

        var totalSeconds = (long)Math.Round(d.TotalSeconds);
        var days = totalSeconds / 86_400;
        var hours = totalSeconds % 86_400 / 3_600;
        var minutes = totalSeconds % 3_600 / 60;
        var seconds = totalSeconds % 60;
        return days > 0 ? (hours > 0 ? string.Create(CultureInfo.InvariantCulture, $"{days} d {hours} h") : string.Create(CultureInfo.InvariantCulture, $"{days} d"))
            : hours > 0 ? (minutes > 0 ? string.Create(CultureInfo.InvariantCulture, $"{hours} h {minutes} min") : string.Create(CultureInfo.InvariantCulture, $"{hours} h"))
            : minutes > 0 ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds} s");
    }

    public static string Trend(IrritantTrend trend) => trend switch
    {
        IrritantTrend.Rising => "rising",
        IrritantTrend.Falling => "falling",
        IrritantTrend.Stable => "stable",
        IrritantTrend.New => "new",
        _ => "unknown",
    };

    /// <summary>A normalised rating (0 worst, 1 best) with two decimals, or "n/a".</summary>
    public static string Rating(double? rating) => rating is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : NotAvailable;

    /// <summary>Two figures as "before / after", or "n/a" when both are unknown.</summary>
    public static string BeforeAfter(double? before, double? after, Func<double?, string> format) =>
        before is null && after is null ? NotAvailable : $"{format(before)} / {format(after)}";

    /// <summary>The period a weak signal was raised in, or "report period" when the row does not say.</summary>
    public static string SignalPeriod(WeakSignalRow signal) => signal.Period is { } p ? Date(p) : "report period";

    /// <summary>Cuts the irritant rows into their Paretos: consecutive rows of the same location (the report keeps them together).</summary>
    public static IReadOnlyList<IReadOnlyList<IrritantParetoRow>> Paretos(IReadOnlyList<IrritantParetoRow> rows)
    {
        var paretos = new List<IReadOnlyList<IrritantParetoRow>>();
        List<IrritantParetoRow>? current = null;
        foreach (var row in rows)
        {
            if (current is null || !string.Equals(current[0].LocationId, row.LocationId, StringComparison.Ordinal))
            {
                current = [];
                paretos.Add(current);
            }

            current.Add(row);
        }

        return paretos;
    }

    public static string Kind(ResponderKind kind) => kind == ResponderKind.Team ? "team" : "agent";

    public static string Period(QualityReport report) =>
        $"{Date(report.Period.Start)} to {Date(report.Period.End)} ({report.Zone.Id})";

    public static string Locations(ReportScope scope) =>
        scope.Locations.IsEmpty ? "all locations" : string.Join(", ", scope.Locations);

    public static string Sources(ReportScope scope) =>
        scope.Sources.IsEmpty ? "all sources" : string.Join(", ", scope.Sources.Select(s => s.Name));

    public static string Effect(ActionEffectRow action)
    {
        if (action.Effect is not { } effect)
        {
            return NotAvailable;
        }

        return action.EffectLower is { } lower && action.EffectUpper is { } upper
            ? $"{Signed(effect)} [{Signed(lower)}, {Signed(upper)}]"
            : Signed(effect);
    }

    /// <summary>
    /// Removes what no report should carry from untrusted text: control characters (line breaks become spaces) and
    /// lone surrogates, then trims.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = true;
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
            {
                keep = false;
            }
            else if (char.IsHighSurrogate(c))
            {
                keep = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (keep)
                {
                    builder?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                keep = false;
            }

            if (!keep)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(' ');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return (builder?.ToString() ?? text).Trim();
    }

    /// <summary>Shortens text for a chart label, on a character boundary, with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
