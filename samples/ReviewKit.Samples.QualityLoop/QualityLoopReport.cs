using NodaTime;
using ReviewKit.Analysis;
using ReviewKit.Improvement;
using ReviewKit.Reviews;
using ReviewKit.Sla;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>What the loop found, for the console summary beside the report.</summary>
public sealed record LoopFindings(
    QualityReport Report,
    IReadOnlyList<(string Hotel, IrritantRanking Ranking)> Rankings,
    IReadOnlyList<(LocalDate Month, WeakSignal Signal)> Signals,
    IReadOnlyList<ActionEffect> Effects,
    ResponseFigures Responses);

/// <summary>
/// Steps 3 to 6: aggregate, rank, watch, measure, and map the results to a <see cref="QualityReport"/> with
/// <see cref="QualityReportBuilder"/>. Every figure comes from ReviewKit.Improvement; this class only chooses the
/// period, the scope and the settings.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>Aggregates per hotel and month (ranking, weak signals, headline) and per hotel and week
/// (negative-share chart, action effects: windows need periods short beside them).</description></item>
/// <item><description>The report covers the last <see cref="QualityLoopOptions.ReportMonths"/> whole months of the data;
/// each hotel's irritants are ranked over them against the same number of months before (the trend).</description></item>
/// <item><description>Weak signals: each month of the report is tested against its own baseline (theme, and theme x hotel),
/// with Benjamini-Hochberg across the series of that month.</description></item>
/// <item><description>Negative share per week (the weeks that lie inside the period): a p-chart (EWMA with λ = 1, so the limits apply to each week's share).</description></item>
/// </list>
/// </remarks>
public sealed class QualityLoopReport(QualityLoopOptions options, DateTimeZone zone, SlaEvaluator sla, ThemeCatalog themes)
{
    public LoopFindings Run(ImportedReviews imported, AnalysedReviews analysed, IReadOnlyList<ImprovementAction> actions, Instant now)
    {
        var monthly = Aggregate(analysed, PeriodGranularity.Month);
        var weekly = Aggregate(analysed, PeriodGranularity.Week);
        var period = ReportPeriod(monthly);
        bool InPeriod(AggregateKey k) => period.Contains(k.Period);

        var hotels = monthly.Groups.Where(g => InPeriod(g.Key) && g.Key.LocationId is not null).GroupBy(g => g.Key.LocationId!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(p => p.Value.Volume)).Select(g => g.Key).ToArray();
        var scope = new ReportScope(hotels, [ReviewSource.Booking]);
        var builder = new QualityReportBuilder(
            FormattableString.Invariant($"Quality meeting: Booking.com reviews of {hotels.Length} hotels in London and Amsterdam, {period.Start:MMMM yyyy} to {period.End:MMMM yyyy}"),
            period,
            zone,
            scope,
            monthly.Total(InPeriod))
        {
            Themes = themes,
            ExampleQuote = analysed.Quote,
        };

        var rankings = RankPerHotel(monthly, period, hotels);
        foreach (var (hotel, ranking) in rankings)
        {
            builder.AddIrritants(ranking, hotel);
        }

        builder.WithNegativeShare(EwmaChart.ForNegativeShare(weekly, k => period.Contains(k.Period) && period.Contains(k.Period.PlusDays(6)), lambda: 1));

        var signals = new List<(LocalDate, WeakSignal)>();
        foreach (var month in Months(period))
        {
            var detected = WeakSignalDetector.Detect(monthly, month);
            builder.AddWeakSignals(detected, month);
            signals.AddRange(detected.Signals.Select(s => (month, s)));
        }

        var measurement = new EffectMeasurementOptions(Period.FromMonths(options.MeasurementMonths), Period.FromMonths(options.MeasurementMonths));
        var effects = actions.Select(a => ActionEffectMeasurer.Measure(a, weekly, measurement)).ToArray();
        foreach (var effect in effects)
        {
            builder.AddActionEffect(effect);
        }

        var received = new Interval(period.Start.AtStartOfDayInZone(zone).ToInstant(), period.End.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
        var facts = ResponseFacts(imported, analysed).ToArray();
        var responses = ResponseFigures.Compute(facts, received);
        builder.WithResponses(responses, ResponseFigures.ByAgent(facts, received), ResponseFigures.ByTeam(facts, received));
        builder.WithSlaCompliance(sla.Compliance(imported.Cases.Values.Where(c => received.Contains(c.Review.PublishedAt)), now));

        return new LoopFindings(builder.Build(), rankings, signals, effects, responses);
    }

    private AggregateTable Aggregate(AnalysedReviews analysed, PeriodGranularity granularity)
    {
        var aggregator = new ReviewAggregator(new AggregationOptions(granularity, zone, byLocation: true));
        foreach (var observation in analysed.Observations)
        {
            aggregator.Add(observation);
        }

        return aggregator.ToTable();
    }

    /// <summary>The last <see cref="QualityLoopOptions.ReportMonths"/> whole months: the month of the latest review is still open.</summary>
    private DateInterval ReportPeriod(AggregateTable monthly)
    {
        var lastOpen = monthly.Periods[^1];
        var start = monthly.Options.PlusPeriods(lastOpen, -options.ReportMonths);
        return new DateInterval(start, lastOpen.PlusDays(-1));
    }

    private static IEnumerable<LocalDate> Months(DateInterval period)
    {
        for (var month = period.Start; month <= period.End; month = month.PlusMonths(1))
        {
            yield return month;
        }
    }

    private List<(string Hotel, IrritantRanking Ranking)> RankPerHotel(AggregateTable monthly, DateInterval period, IEnumerable<string> hotels)
    {
        var baselineStart = period.Start.PlusMonths(-options.ReportMonths);
        var rankings = new List<(string, IrritantRanking)>();
        foreach (var hotel in hotels)
        {
            bool AtHotel(AggregateKey k) => string.Equals(k.LocationId, hotel, StringComparison.Ordinal);
            var current = monthly.Total(k => AtHotel(k) && period.Contains(k.Period));
            var baseline = monthly.Total(k => AtHotel(k) && k.Period >= baselineStart && k.Period < period.Start);
            rankings.Add((hotel, IrritantRanking.Rank(current, baseline.Volume == 0 ? null : baseline)));
        }

        return rankings;
    }

    /// <summary>
    /// The response facts of every review: a case's own timeline where one was opened, otherwise a review nobody
    /// handled (the Booking data has no replies, so every review is unanswered: the figures say so).
    /// </summary>
    private static IEnumerable<CaseResponseFacts> ResponseFacts(ImportedReviews imported, AnalysedReviews analysed)
    {
        foreach (var (id, review) in imported.Reviews)
        {
            yield return imported.Cases.TryGetValue(id, out var reviewCase)
                ? CaseResponseFacts.FromCase(reviewCase)
                : new CaseResponseFacts(review.PublishedAt, analysed.IsNegative[id]);
        }
    }
}
