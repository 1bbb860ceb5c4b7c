using FsCheck;
using FsCheck.Fluent;
using ReviewKit.Improvement;
using ReviewKit.Reviews;

namespace ReviewKit.Reporting.Tests.Support;

/// <summary>Reports for the tests: hostile texts, and random valid reports whose every text is arbitrary.</summary>
public static class Reports
{
    /// <summary>Texts that try to break out of HTML, SVG, Markdown tables, code fences, Mermaid strings and directives.</summary>
    public static readonly string[] Hostile =
    [
        "</script><img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "'; alert(1); //",
        "</title></svg><script>alert(document.cookie)</script>",
        "<details open ontoggle=alert(1)>",
        "```\n%%{init: {'theme':'dark'}}%%\nxychart-beta",
        "\"]\n    bar [1, 2]\n```\n<script>alert(1)</script>",
        "[click me](javascript:alert(1)) ![x](http://evil.example/x.png)",
        "| a | b |\n|---|---|",
        "# Heading\n- item\n1. item\n> quoted",
        "$$\\begin{x}$$ **bold** _it_ ~~strike~~ `code` @everyone :smile:",
        "&lt;already escaped&gt; &amp; &#60;script&#62;",
        "line\r\nbreak\u2028sep\u0000nul\u001b[31m",
        "\ud800 lone surrogate \udc00",
        "click --> B; A-->|x|C; style A fill:#f00",
        "#quot; #lt;script#gt;",
    ];

    public static QualityReport Empty(string title = "Empty report") =>
        new(title, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), DateTimeZone.Utc, ReportScope.All, new ReportHeadline(0, 0));

    /// <summary>A report whose every text is <paramref name="text"/> (made valid: not blank, not too long).</summary>
    public static QualityReport WithEveryText(string text)
    {
        var t = Valid(text, 0);
        return new QualityReport(t, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), DateTimeZone.Utc,
                new ReportScope([t], [ReviewSource.Google]), new ReportHeadline(10, 0.3, 0.6, 0.8, Duration.FromHours(3), 0.1))
            .WithIrritants([new IrritantParetoRow(t, t, 4, 0.6, 0.6, 1, IrritantTrend.Rising, t, [text, t]), new IrritantParetoRow(t + "2", t, 2, 0.4, 1, 1)])
            .WithNegativeShareWeeks([new NegativeShareWeek(new LocalDate(2026, 3, 2), 10, 0.3, 0.2, 0.1, 0.3, false), new NegativeShareWeek(new LocalDate(2026, 3, 9), 10, 0.5, 0.2, 0.1, 0.3, true)])
            .WithSlaCompliance([new SlaComplianceRow(t, 3, 1, Duration.FromHours(2), Duration.FromHours(9))])
            .WithResponseFigures([new ResponseFiguresRow(t, ResponderKind.Agent, 3, 0.5)])
            .WithActions([new ActionEffectRow(t, [t], new LocalDate(2026, 2, 1), t, 10, 12, 0.2, 0.1, -0.1, -0.2, 0.0)])
            .WithWeakSignals([new WeakSignalRow(t, 5, 2, 0.01, 0.04)]);
    }

    /// <summary>Makes <paramref name="text"/> a valid label: at most 500 characters and not blank.</summary>
    public static string Valid(string? text, int index, int maxLength = 500)
    {
        var t = text ?? string.Empty;
        t = t.Length > maxLength ? t[..maxLength] : t;
        return string.IsNullOrWhiteSpace(t) ? $"x{index}" : t;
    }

    /// <summary>Random valid reports: random sizes, numbers and section presence; texts drawn from FsCheck's strings and the hostile ones.</summary>
    public static Arbitrary<QualityReport> Arbitrary() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from texts in ArbMap.Default.GeneratorFor<string[]>()
         select Build(seed, texts ?? [])).ToArbitrary();

    public static QualityReport Build(int seed, string[] arbitraryTexts)
    {
        var random = new Random(seed);
        var counter = 0;
        string Text(int maxLength = 500)
        {
            counter++;
            var pick = random.Next(3);
            var raw = pick == 0 || arbitraryTexts.Length == 0
                ? Hostile[random.Next(Hostile.Length)]
                : pick == 1 ? arbitraryTexts[random.Next(arbitraryTexts.Length)] : Hostile[random.Next(Hostile.Length)] + arbitraryTexts[random.Next(arbitraryTexts.Length)];
            return Valid(raw, counter, maxLength);
        }

        double Share() => random.NextDouble();
        double? MaybeShare() => random.Next(4) == 0 ? null : random.NextDouble();
        Duration? MaybeDuration() => random.Next(4) == 0 ? null : Duration.FromSeconds(random.Next(0, 2_000_000));

        var start = new LocalDate(2025, 1, 1).PlusDays(random.Next(0, 600));
        var report = new QualityReport(Text(), new DateInterval(start, start.PlusDays(random.Next(0, 90))), DateTimeZoneProviders.Tzdb["Europe/Paris"],
            new ReportScope(Enumerable.Range(0, random.Next(3)).Select(i => Text() + i), random.Next(2) == 0 ? [] : [ReviewSource.Booking]),
            new ReportHeadline(random.Next(0, 100_000), Share(), MaybeShare(), MaybeShare(), MaybeDuration(), MaybeShare()));

        var counts = Enumerable.Range(0, random.Next(0, 25)).Select(_ => random.Next(0, 500)).OrderDescending().ToArray();
        var total = Math.Max(1, counts.Sum());
        var cumulative = 0;
        var irritants = counts.Select((count, i) =>
        {
            cumulative += count;
            var quotes = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Text()).ToArray();
            return new IrritantParetoRow($"{i}#{Text(200)}", Text(), count, (double)count / total, Math.Min(1, (double)cumulative / total), random.NextDouble() * 5,
                (IrritantTrend)random.Next(0, 5), random.Next(2) == 0 ? null : Text(), quotes);
        });

        var monday = new LocalDate(2025, 1, 6);
        var weeks = Enumerable.Range(0, random.Next(0, 60)).Select(i =>
        {
            var centre = random.NextDouble();
            var lower = centre * random.NextDouble();
            var upper = centre + ((1 - centre) * random.NextDouble());
            var share = Share();
            return new NegativeShareWeek(monday.PlusWeeks(i), random.Next(0, 1_000), share, centre, lower, upper, share > upper || share < lower);
        });

        var sla = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
        {
            var median = MaybeDuration();
            return new SlaComplianceRow(Text(), random.Next(0, 1_000), random.Next(0, 1_000), median, median + Duration.FromHours(random.Next(0, 100)));
        });

        var responses = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
            new ResponseFiguresRow(Text(), (ResponderKind)random.Next(2), random.Next(0, 500), MaybeShare(), MaybeDuration(), MaybeShare(), MaybeShare()));

        var actions = Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
        {
            double? effect = random.Next(3) == 0 ? null : (random.NextDouble() * 2) - 1;
            var withInterval = effect is not null && random.Next(2) == 0;
            return new ActionEffectRow(Text(), [Text(200), Text(200)], start.PlusDays(-random.Next(0, 100)), Text(), random.Next(0, 1_000), random.Next(0, 1_000),
                MaybeShare(), MaybeShare(), effect, withInterval ? effect - random.NextDouble() : null, withInterval ? effect + random.NextDouble() : null);
        });

        var weakSignals = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
            new WeakSignalRow(Text(), random.Next(0, 100), random.NextDouble() * 50, random.NextDouble(), MaybeShare()));

        return report.WithIrritants(irritants).WithNegativeShareWeeks(weeks).WithSlaCompliance(sla)
            .WithResponseFigures(responses).WithActions(actions).WithWeakSignals(weakSignals);
    }

    public static int ExpectedCharts(QualityReport report) =>
        (report.Irritants.IsEmpty ? 0 : 1) + (report.NegativeShareWeeks.IsEmpty ? 0 : 1) + (report.SlaCompliance.IsEmpty ? 0 : 1);
}
