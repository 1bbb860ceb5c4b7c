using System.Globalization;
using ReviewKit.Improvement;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>The short console summary: what was imported and rejected, what the loop found, and where the reports are.</summary>
public static class Summary
{
    private const int RejectedShown = 5;

    public static void Print(TextWriter output, ImportedReviews imported, AnalysedReviews analysed, LoopFindings findings, string markdownPath, string htmlPath)
    {
        var report = findings.Report;
        var w = output;
        w.WriteLine("ReviewKit quality loop: Booking.com reviews of 4 hotels in London and Amsterdam (embedded, CC0)");
        w.WriteLine(Invariant($"Imported {imported.Reviews.Count} reviews, rejected {imported.Rejected.Count} rows; opened {imported.Cases.Count} cases (score 6 or less out of 10)."));
        foreach (var row in imported.Rejected.Take(RejectedShown))
        {
            w.WriteLine($"  rejected line {row.Position}: {row.Rejection}");
        }

        if (imported.Rejected.Count > RejectedShown)
        {
            w.WriteLine(Invariant($"  ... and {imported.Rejected.Count - RejectedShown} more rejected rows."));
        }

        w.WriteLine(Invariant($"Analysed {analysed.Observations.Count} reviews: {analysed.NegativeCount} negative after triage, {analysed.Observations.Count(o => !o.ThemeIds.IsEmpty)} name at least one irritant."));
        w.WriteLine(Invariant($"Report period {report.Period.Start:uuuu-MM-dd}..{report.Period.End:uuuu-MM-dd} ({report.Zone.Id}): {report.Headline.ReviewCount} reviews, {report.Headline.NegativeShare:P1} negative, {report.NegativeShareWeeks.Count(w => w.IsFlagged)} of {report.NegativeShareWeeks.Length} weeks outside the p-chart limits."));
        foreach (var (hotel, ranking) in findings.Rankings)
        {
            var top = string.Join(", ", ranking.Pareto.Take(3).Select(i => Invariant($"{i.ThemeId} {i.Count}")));
            w.WriteLine(Invariant($"  {hotel}: {ranking.Volume} reviews; top irritants {(top.Length == 0 ? "none" : top)}"));
        }

        w.WriteLine(Invariant($"Weak signals (theme and theme x hotel, tested month by month, FDR 5%): {findings.Signals.Count}."));
        foreach (var (month, signal) in findings.Signals.Take(5))
        {
            w.WriteLine(Invariant($"  {month:uuuu-MM} {signal.ThemeId} @ {signal.LocationId ?? "all hotels"}: {signal.WindowCount} vs {signal.ExpectedCount:0.0} expected, q = {signal.AdjustedPValue:0.000}"));
        }

        foreach (var effect in findings.Effects)
        {
            w.WriteLine(Invariant($"Action '{effect.Action.Title}' from {effect.Action.Start:uuuu-MM-dd}: {Verdict(effect.Verdict)}"));
            foreach (var theme in effect.Themes)
            {
                w.WriteLine(Invariant($"  {theme.ThemeId}: {theme.IncidenceBefore:P1} of {theme.BeforeVolume} reviews before, {theme.IncidenceAfter:P1} of {theme.AfterVolume} after; difference {theme.Difference:+0.0%;-0.0%} [{theme.DifferenceLower:+0.0%;-0.0%}, {theme.DifferenceUpper:+0.0%;-0.0%}]: {Verdict(theme.Verdict)}"));
            }
        }

        var responses = findings.Responses;
        w.WriteLine(Invariant($"Responses: {responses.RepliedCount} of {responses.ReviewCount} reviews got a public reply ({responses.ResponseRate:P0}); the data set has no replies."));
        foreach (var row in report.SlaCompliance)
        {
            w.WriteLine(Invariant($"  SLA {row.Metric}: {row.Achieved} achieved, {row.Breached} breached"));
        }

        w.WriteLine($"Markdown report: {markdownPath}");
        w.WriteLine($"HTML report:     {htmlPath}");
    }

    private static string Verdict(EffectVerdict verdict) => verdict switch
    {
        EffectVerdict.Improved => "improved",
        EffectVerdict.Worse => "worse",
        EffectVerdict.NoDetectableChange => "no detectable change",
        _ => "not enough data",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
