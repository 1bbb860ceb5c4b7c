using ReviewKit.Analysis;
using ReviewKit.Improvement;
using ReviewKit.Reviews;

namespace ReviewKit.Samples.Reporting;

/// <summary>
/// A typical monthly quality report for a small hotel group, with every section filled, for trying the renderers,
/// the browser check and the rendering benchmark. The figures are made up (but consistent).
/// </summary>
public static class ExampleReport
{
    /// <summary>
    /// The hotel group's themes, as its own analyzer would list them in <see cref="IReviewAnalyzer.Themes"/>: the labels
    /// and unmet needs of the report come from here, not from each row.
    /// </summary>
    public static ThemeCatalog Themes { get; } = new(
    [
        new("noise", "A quiet room to sleep", "Une chambre calme pour dormir", "Noise at night"),
        new("cleanliness", "A clean room on arrival", "Une chambre propre à l'arrivée", "Cleanliness of the room"),
        new("wifi", "Reliable internet to work", "Un internet fiable pour travailler", "Wi-Fi"),
        new("check-in", "A fast welcome after a long trip", "Un accueil rapide après un long voyage", "Waiting at check-in"),
        new("breakfast", "Fresh food until the end of service", "Des produits frais jusqu'à la fin du service", "Breakfast"),
        new("staff", "To be listened to", "Être écouté", "Staff attitude"),
        new("room-size", "The room shown in the photos", "La chambre montrée sur les photos", "Room size"),
        new("price", "Value for money", "Un bon rapport qualité-prix", "Price and value"),
    ]);

    public static QualityReport Create()
    {
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var period = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var headline = new ReportHeadline(
            reviewCount: 1_284,
            negativeShare: 0.183,
            averageNormalizedRating: 0.742,
            responseRate: 0.91,
            medianResponseTime: Duration.FromHours(19) + Duration.FromMinutes(40),
            recoveryRate: 0.124);
        var scope = new ReportScope(["Hotel Arena", "Hotel Le Marais", "K+K Hotel Opera"], [ReviewSource.Booking, ReviewSource.Google, ReviewSource.Trustpilot]);

        (string Id, int Count, double Weight, IrritantTrend Trend, string[] Quotes)[] themes =
        [
            ("noise", 96, 2.0, IrritantTrend.Rising,
                ["The street was loud until 2 am and the windows do not close properly.", "Chambre très bruyante, impossible de dormir avant minuit."]),
            ("cleanliness", 71, 2.5, IrritantTrend.Stable,
                ["Hair in the shower and dust under the bed. I wrote to reception@example.com, no answer."]),
            ("wifi", 48, 1.0, IrritantTrend.Falling,
                ["Wi-Fi dropped every ten minutes; call me on +33 6 12 34 56 78 if you want details."]),
            ("check-in", 41, 1.5, IrritantTrend.New,
                ["45 minutes in the queue, booking 4829175523, only one person at the desk."]),
            ("breakfast", 33, 1.0, IrritantTrend.Stable, ["Nothing left after 9:30."]),
            ("staff", 25, 3.0, IrritantTrend.Falling, ["The night porter said <b>it is not my problem</b>."]),
            ("room-size", 19, 0.8, IrritantTrend.Stable, []),
            ("price", 14, 1.2, IrritantTrend.Unknown, []),
        ];
        var total = themes.Sum(t => t.Count);
        var cumulative = 0;
        var irritants = themes.Select(t =>
        {
            cumulative += t.Count;
            return new IrritantParetoRow(
                t.Id, Themes.Label(t.Id), t.Count, (double)t.Count / total, (double)cumulative / total, t.Weight, t.Trend,
                Themes.UnmetNeed(t.Id, LanguageTag.English), t.Quotes);
        }).ToList();

        double[] shares = [0.16, 0.19, 0.15, 0.17, 0.21, 0.18, 0.14, 0.16, 0.29, 0.20, 0.17, 0.15, 0.18];
        int[] volumes = [281, 305, 262, 290, 318, 300, 276, 284, 331, 297, 288, 270, 302];
        var firstMonday = new LocalDate(2026, 1, 5);
        const double centre = 0.175;
        var weeks = shares.Select((share, i) =>
        {
            var sigma = Math.Sqrt(centre * (1 - centre) / volumes[i]);
            var upper = Math.Min(1, centre + (3 * sigma));
            var lower = Math.Max(0, centre - (3 * sigma));
            return new NegativeShareWeek(firstMonday.PlusWeeks(i), volumes[i], share, centre, lower, upper, share > upper || share < lower);
        }).ToList();

        SlaComplianceRow[] sla =
        [
            new("First public reply within 48 h", 212, 23, Duration.FromHours(19), Duration.FromHours(44)),
            new("Private contact within 24 business hours", 141, 37, Duration.FromHours(9), Duration.FromHours(30)),
            new("Resolution within 10 days", 118, 19, Duration.FromDays(4), Duration.FromDays(9)),
        ];

        ResponseFiguresRow[] responses =
        [
            new("Front office", ResponderKind.Team, 163, 0.94, Duration.FromHours(17), 0.61, 0.14),
            new("Housekeeping", ResponderKind.Team, 72, 0.86, Duration.FromHours(26), 0.44, 0.09),
            new("Camille D.", ResponderKind.Agent, 88, 0.97, Duration.FromHours(11), 0.72, 0.18),
            new("Yanis B.", ResponderKind.Agent, 75, 0.90, Duration.FromHours(23), 0.48, 0.10),
        ];

        ActionEffectRow[] actions =
        [
            new("Acoustic glazing, street side, floors 1-3", ["noise"], new LocalDate(2026, 2, 2), "Improved", 540, 512, 0.121, 0.074, -0.047, -0.082, -0.012),
            new("Second agent at the desk from 3 pm to 7 pm", ["check-in"], new LocalDate(2026, 3, 9), "No detectable change", 310, 221, 0.041, 0.036, -0.005, -0.037, 0.027),
            new("Housekeeping checklist v2", ["cleanliness"], new LocalDate(2026, 3, 23), "Not enough data", 402, 41, 0.062, 0.049),
        ];

        WeakSignalRow[] weakSignals =
        [
            new("noise @ Hotel Arena", 23, 9.4, 0.0004, 0.006),
            new("check-in @ K+K Hotel Opera", 12, 4.8, 0.0031, 0.023),
            new("breakfast @ Hotel Le Marais", 9, 4.1, 0.0172, 0.086),
        ];

        return new QualityReport("Quality meeting, March 2026", period, paris, scope, headline)
            .WithIrritants(irritants)
            .WithNegativeShareWeeks(weeks)
            .WithSlaCompliance(sla)
            .WithResponseFigures(responses)
            .WithActions(actions)
            .WithWeakSignals(weakSignals);
    }

    /// <summary>
    /// The example report with hostile text in every label and quote (script, SVG and attribute breakers, Markdown
    /// and Mermaid breakers), for checking in a real browser that nothing runs and nothing breaks the page.
    /// </summary>
    public static QualityReport CreateHostile()
    {
        string[] hostile =
        [
            "</script><script>document.body.innerHTML=''</script><img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)><rect width=9999 height=9999 fill=red /></svg>",
            "</title></svg></figure><style>body{display:none}</style>",
            "```\n%%{init: {'theme':'dark'}}%%\n\"]\n    bar [1]",
            "[click](javascript:alert(1)) | a | b | <details open ontoggle=alert(1)>",
        ];
        var report = Create();
        var irritants = report.Irritants.Select((r, i) => new IrritantParetoRow(
            r.ThemeId, $"{r.Label} {hostile[i % hostile.Length]}", r.Count, r.Share, r.CumulativeShare, r.SeverityWeight, r.Trend,
            hostile[(i + 1) % hostile.Length], [.. r.ExampleQuotes, hostile[(i + 2) % hostile.Length]]));
        var sla = report.SlaCompliance.Select((r, i) => new SlaComplianceRow(r.Metric + " " + hostile[i % hostile.Length], r.Achieved, r.Breached, r.MedianDuration, r.P90Duration));
        return new QualityReport(report.Title + " " + hostile[0], report.Period, report.Zone, report.Scope, report.Headline)
            .WithIrritants(irritants)
            .WithNegativeShareWeeks(report.NegativeShareWeeks)
            .WithSlaCompliance(sla)
            .WithResponseFigures(report.ResponseFigures)
            .WithActions(report.Actions)
            .WithWeakSignals(report.WeakSignals);
    }
}
