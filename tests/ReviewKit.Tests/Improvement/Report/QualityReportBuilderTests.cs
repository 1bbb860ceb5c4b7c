using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Analysis;
using ReviewKit.Improvement;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement.Report;

public class QualityReportBuilderTests
{
    private static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
    private static readonly ReportScope All = new([], []);
    private static readonly AggregationOptions Monthly = new(PeriodGranularity.Month);

    public sealed record Sample(ReviewObservation[] Observations, int Seed)
    {
        public override string ToString() => $"{Observations.Length} observations (seed {Seed})";
    }

    public static Arbitrary<Sample> Samples() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from count in Gen.Choose(0, 400)
         select new Sample(RandomObservations(seed, count), seed)).ToArbitrary();

    private static QualityReportBuilder Builder(ReviewStatistics? statistics = null) =>
        new("Quality meeting", March, DateTimeZone.Utc, All, statistics ?? ReviewStatistics.Empty);

    [Fact]
    public void Constructor_InvalidArguments_NameTheParameter()
    {
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new QualityReportBuilder(" ", March, DateTimeZone.Utc, All, ReviewStatistics.Empty)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new QualityReportBuilder(null!, March, DateTimeZone.Utc, All, ReviewStatistics.Empty)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => new QualityReportBuilder("t", null!, DateTimeZone.Utc, All, ReviewStatistics.Empty)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new QualityReportBuilder("t", March, null!, All, ReviewStatistics.Empty)).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentNullException>(() => new QualityReportBuilder("t", March, DateTimeZone.Utc, null!, ReviewStatistics.Empty)).ParamName);
        Assert.Equal("statistics", Assert.Throws<ArgumentNullException>(() => new QualityReportBuilder("t", March, DateTimeZone.Utc, All, null!)).ParamName);
    }

    [Fact]
    public void Methods_NullArguments_NameTheParameter()
    {
        var builder = Builder();
        Assert.Equal("ranking", Assert.Throws<ArgumentNullException>(() => builder.AddIrritants(null!)).ParamName);
        Assert.Equal("chart", Assert.Throws<ArgumentNullException>(() => builder.WithNegativeShare(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => builder.AddWeakSignals(null!)).ParamName);
        Assert.Equal("effect", Assert.Throws<ArgumentNullException>(() => builder.AddActionEffect(null!)).ParamName);
        Assert.Equal("overall", Assert.Throws<ArgumentNullException>(() => builder.WithResponses(null!)).ParamName);
        Assert.Equal("compliance", Assert.Throws<ArgumentNullException>(() => builder.WithSlaCompliance(null!)).ParamName);
        Assert.Equal("compliance", Assert.Throws<ArgumentException>(() => builder.WithSlaCompliance([null!])).ParamName);
        Assert.Equal("locationId", Assert.Throws<ArgumentException>(() => builder.AddIrritants(IrritantRanking.Rank(ReviewStatistics.Empty), " ")).ParamName);
    }

    [Fact]
    public void AddIrritants_SameLocationTwice_Throws()
    {
        var ranking = IrritantRanking.Rank(Aggregate([Obs(ImprovementTestData.Start, themes: ["delivery"])]).Total());
        var builder = Builder().AddIrritants(ranking, "paris");
        Assert.Equal("locationId", Assert.Throws<ArgumentException>(() => builder.AddIrritants(ranking, "paris")).ParamName);
        builder.AddIrritants(ranking, "lyon");
        Assert.Equal(2, builder.Build().Irritants.Length);
    }

    [Property(Arbitrary = [typeof(QualityReportBuilderTests)])]
    public bool AddIrritants_PerLocation_KeepsCountsAndOrder_CumulativeNeverDecreasesAndEndsAtOne(Sample s)
    {
        var table = Aggregate(s.Observations, Monthly);
        var builder = Builder(table.Total());
        var rankings = Locations.Select(l => (l, IrritantRanking.Rank(table.Total(k => k.LocationId == l)))).ToArray();
        foreach (var (location, ranking) in rankings)
        {
            builder.AddIrritants(ranking, location);
        }

        var report = builder.Build();
        foreach (var (location, ranking) in rankings)
        {
            var rows = report.Irritants.Where(r => r.LocationId == location).ToArray();
            if (rows.Length != ranking.Pareto.Count
                || !rows.Select(r => (r.ThemeId, (long)r.Count)).SequenceEqual(ranking.Pareto.Select(i => (i.ThemeId, i.Count)))
                || rows.Sum(r => (long)r.Count) != ranking.Pareto.Sum(i => i.Count)
                || rows.Zip(rows.Skip(1), (a, b) => b.CumulativeShare >= a.CumulativeShare).Any(ok => !ok)
                || (rows.Length > 0 && Math.Abs(rows[^1].CumulativeShare - 1) > 1e-12)
                || Math.Abs(rows.Sum(r => r.Share) - (rows.Length == 0 ? 0 : 1)) > 1e-9)
            {
                return false;
            }
        }

        return report.Irritants.Length == rankings.Sum(r => r.Item2.Pareto.Count);
    }

    [Property(Arbitrary = [typeof(QualityReportBuilderTests)])]
    public bool Build_Headline_IsReadFromTheStatistics(Sample s)
    {
        var statistics = Aggregate(s.Observations, Monthly).Total();
        var headline = Builder(statistics).Build().Headline;
        return headline.ReviewCount == statistics.Volume
            && headline.NegativeShare == statistics.NegativeShare
            && Nullable.Equals(headline.AverageNormalizedRating, statistics.MeanRating is { } m ? Math.Clamp(m, 0, 1) : null)
            && headline.ResponseRate is null
            && Nullable.Equals(headline.RecoveryRate, statistics.NegativeCount > 0 ? statistics.RecoveryRate : null);
    }

    [Property(Arbitrary = [typeof(QualityReportBuilderTests)])]
    public bool WithNegativeShare_PChart_OneRowPerWeekWithReviews_ShareAndFlagFromTheChart(Sample s)
    {
        var table = Aggregate(s.Observations, new AggregationOptions(PeriodGranularity.Week));
        var chart = EwmaChart.ForNegativeShare(table, lambda: 1);
        var weeks = Builder().WithNegativeShare(chart).Build().NegativeShareWeeks;
        var points = chart.Points.Where(p => p.Volume > 0).ToArray();
        return weeks.Length == points.Length
            && weeks.Zip(points).All(x =>
                x.First.WeekStart == x.Second.Period
                && x.First.ReviewCount == x.Second.Volume
                && Math.Abs(x.First.NegativeShare - x.Second.Share) < 1e-12
                && x.First.CentreLine == chart.CenterLine
                && x.First.IsFlagged == (x.First.NegativeShare > x.First.UpperControlLimit || x.First.NegativeShare < x.First.LowerControlLimit));
    }

    [Fact]
    public void AddWeakSignals_OnlySignals_WithTheirPeriodAndQValue()
    {
        var exposures = Enumerable.Repeat(100L, 11).ToImmutableArray();
        var rising = new WeakSignalSeries("noise", "paris", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 40], exposures);
        var flat = new WeakSignalSeries("delivery", null, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], exposures);
        var detected = WeakSignalDetector.Detect([rising, flat]);
        var month = new LocalDate(2026, 3, 1);

        var rows = Builder().AddWeakSignals(detected, month).Build().WeakSignals;

        var row = Assert.Single(rows);
        var signal = Assert.Single(detected.Signals);
        Assert.Equal("noise @ paris", row.SeriesName);
        Assert.Equal(40, row.Observed);
        Assert.Equal(signal.ExpectedCount, row.Expected);
        Assert.Equal(signal.PValue, row.PValue);
        Assert.Equal(signal.AdjustedPValue, row.QValue);
        Assert.Equal(month, row.Period);
    }

    [Fact]
    public void AddActionEffect_OneRowPerTheme_FiguresFromTheMeasurement()
    {
        var observations = new List<ReviewObservation>();
        var start = new LocalDate(2026, 1, 1);
        for (var day = -60; day < 60; day++)
        {
            var at = start.PlusDays(day).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            for (var i = 0; i < 5; i++)
            {
                var themes = day < 0 ? (i < 2 ? new[] { "noise", "delivery" } : null) : (i < 1 ? new[] { "delivery" } : null);
                observations.Add(Obs(at, themes: themes, location: "paris"));
            }
        }

        var table = Aggregate(observations, new AggregationOptions(PeriodGranularity.Day));
        var action = new ImprovementAction("a1", "Double glazing", ["noise", "delivery"], start, ["paris"]);
        var effect = ActionEffectMeasurer.Measure(action, table, new EffectMeasurementOptions(Period.FromDays(60), Period.FromDays(60)));

        var rows = Builder().AddActionEffect(effect).Build().Actions;

        Assert.Equal(2, rows.Length);
        Assert.All(rows.Zip(effect.Themes), x =>
        {
            var (row, theme) = x;
            Assert.Equal("Double glazing", row.Title);
            Assert.Equal(theme.ThemeId, Assert.Single(row.ThemeIds));
            Assert.Equal(start, row.Start);
            Assert.Equal(theme.BeforeVolume, row.SampleSizeBefore);
            Assert.Equal(theme.AfterVolume, row.SampleSizeAfter);
            Assert.Equal(theme.IncidenceBefore, row.IncidenceBefore);
            Assert.Equal(theme.IncidenceAfter, row.IncidenceAfter);
            Assert.Equal(theme.Difference, row.Effect);
            Assert.Equal(theme.DifferenceLower, row.EffectLower);
            Assert.Equal(theme.DifferenceUpper, row.EffectUpper);
            Assert.Equal(effect.MeanRatingBefore, row.AverageRatingBefore);
            Assert.Equal(effect.MeanRatingAfter, row.AverageRatingAfter);
            Assert.Equal(effect.RecoveryRateBefore, row.RecoveryRateBefore);
            Assert.Equal(effect.RecoveryRateAfter, row.RecoveryRateAfter);
        });
        Assert.Equal(0.25, rows[0].AverageRatingBefore!.Value, 9);
        Assert.Equal("Improved", rows[0].Verdict);
        Assert.Equal(EffectVerdict.Improved, effect.Themes[0].Verdict);
    }

    [Fact]
    public void AddActionEffect_NoReviewsAfter_EffectUnknownAndNotEnoughData()
    {
        var at = new LocalDate(2026, 1, 10).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var table = Aggregate([Obs(at, themes: ["noise"])], new AggregationOptions(PeriodGranularity.Day));
        var action = new ImprovementAction("a1", "Double glazing", ["noise"], new LocalDate(2026, 2, 1));
        var effect = ActionEffectMeasurer.Measure(action, table);

        var row = Assert.Single(Builder().AddActionEffect(effect).Build().Actions);

        Assert.Equal("Not enough data", row.Verdict);
        Assert.Equal(1, row.SampleSizeBefore);
        Assert.Equal(0, row.SampleSizeAfter);
        Assert.Null(row.IncidenceAfter);
        Assert.Null(row.Effect);
        Assert.Null(row.EffectLower);
        Assert.Null(row.AverageRatingAfter);
        Assert.Null(row.RecoveryRateAfter);
        Assert.Equal(0.0, row.RecoveryRateBefore);
    }

    [Fact]
    public void AddIrritants_ExampleQuote_IsMaskedBeforeItEntersTheReport()
    {
        var table = Aggregate([Obs(ImprovementTestData.Start, themes: ["delivery"], id: "r-1")]);
        var builder = new QualityReportBuilder("Quality meeting", March, DateTimeZone.Utc, All, table.Total())
        {
            Themes = new ThemeCatalog([new ThemeDefinition("delivery", "Reliability", "Fiabilité", "Late delivery")]),
            ExampleQuote = (id, theme) => id == "r-1" && theme == "delivery" ? "Call me on 06 12 34 56 78 or write to jean.dupont@example.com, parcel never came" : null,
        };

        var row = Assert.Single(builder.AddIrritants(IrritantRanking.Rank(table.Total())).Build().Irritants);

        Assert.Equal("Late delivery", row.Label);
        Assert.Equal("Reliability", row.UnmetNeed);
        var quote = Assert.Single(row.ExampleQuotes);
        Assert.Equal("Call me on [phone] or write to [e-mail], parcel never came", quote);
    }

    [Fact]
    public void AddIrritants_Themes_GiveLabelsAndNeedsInTheReportsLanguage_UnlistedThemesTheirId()
    {
        var table = Aggregate([Obs(ImprovementTestData.Start, themes: ["delivery", "noise"], id: "r-1")]);
        var builder = new QualityReportBuilder("Quality meeting", March, DateTimeZone.Utc, All, table.Total())
        {
            Themes = new ThemeCatalog([new ThemeDefinition("delivery", "Reliability", "Fiabilité", "Late delivery")]),
            Language = LanguageTag.French,
        };

        var rows = builder.AddIrritants(IrritantRanking.Rank(table.Total())).Build().Irritants;

        var delivery = rows.Single(r => r.ThemeId == "delivery");
        Assert.Equal("Late delivery", delivery.Label);
        Assert.Equal("Fiabilité", delivery.UnmetNeed);
        var noise = rows.Single(r => r.ThemeId == "noise");
        Assert.Equal("noise", noise.Label);
        Assert.Null(noise.UnmetNeed);
    }

    [Fact]
    public void AddIrritants_WithoutQuoteProvider_NoQuotesAndTheIdAsLabel()
    {
        var table = Aggregate([Obs(ImprovementTestData.Start, themes: ["delivery"], id: "r-1")]);
        var row = Assert.Single(Builder(table.Total()).AddIrritants(IrritantRanking.Rank(table.Total())).Build().Irritants);
        Assert.Equal("delivery", row.Label);
        Assert.Null(row.UnmetNeed);
        Assert.Empty(row.ExampleQuotes);
        Assert.Equal(IrritantTrend.Unknown, row.Trend);
    }

    [Fact]
    public void AddIrritants_Trend_FromTheRankingsTrendFactor()
    {
        var march = ImprovementTestData.Start.Plus(Duration.FromDays(60));
        var before = Enumerable.Range(0, 10).Select(i => Obs(ImprovementTestData.Start, themes: i < 2 ? ["delivery", "price"] : ["service"]));
        var now = Enumerable.Range(0, 10).Select(i => Obs(march, themes: i < 8 ? ["delivery", "reception"] : ["service"]));
        var table = Aggregate(before.Concat(now), Monthly);

        var rows = Builder().AddIrritants(IrritantRanking.Rank(table, new LocalDate(2026, 3, 1))).Build().Irritants;

        Assert.Equal(IrritantTrend.Rising, rows.Single(r => r.ThemeId == "delivery").Trend);
        Assert.Equal(IrritantTrend.New, rows.Single(r => r.ThemeId == "reception").Trend);
        Assert.Equal(IrritantTrend.Falling, rows.Single(r => r.ThemeId == "service").Trend);
    }

    [Fact]
    public void WithResponses_HeadlineAndRowsFromTheFigures()
    {
        var received = ImprovementTestData.Start;
        var facts = new[]
        {
            new CaseResponseFacts(received, true, received + Duration.FromHours(2), agent: "ana", team: "desk"),
            new CaseResponseFacts(received, true, received + Duration.FromHours(4), agent: "bob", team: "desk"),
            new CaseResponseFacts(received, false),
        };
        var period = new NodaTime.Interval(received, received + Duration.FromDays(31));
        var overall = ResponseFigures.Compute(facts, period);

        var report = Builder(Aggregate([Obs(received)]).Total())
            .WithResponses(overall, ResponseFigures.ByAgent(facts, period), ResponseFigures.ByTeam(facts, period))
            .Build();

        Assert.Equal(overall.ResponseRate, report.Headline.ResponseRate);
        Assert.Equal(Duration.FromHours(3), report.Headline.MedianResponseTime);
        Assert.Equal(0, report.Headline.RecoveryRate);
        Assert.Equal(["desk", "ana", "bob"], report.ResponseFigures.Select(r => r.Responder));
        Assert.Equal([ResponderKind.Team, ResponderKind.Agent, ResponderKind.Agent], report.ResponseFigures.Select(r => r.Kind));
        Assert.Equal(2, report.ResponseFigures[0].CaseCount);
        Assert.Equal(1.0, report.ResponseFigures[0].ResponseRate);
    }

    [Fact]
    public void WithResponses_NoReviewInThePeriod_RatesUnknown()
    {
        var overall = ResponseFigures.Compute([], new NodaTime.Interval(ImprovementTestData.Start, ImprovementTestData.Start + Duration.FromDays(1)));
        var headline = Builder().WithResponses(overall).Build().Headline;
        Assert.Null(headline.ResponseRate);
        Assert.Null(headline.RecoveryRate);
        Assert.Null(headline.MedianResponseTime);
    }

    [Fact]
    public void WithSlaCompliance_MetOnTimeIsAchieved_LateOrBreachedIsBreached_UnmeasuredMetricsLeftOut()
    {
        var compliance = new[]
        {
            new SlaMetricCompliance(SlaMetric.FirstPublicReply, 3, 1, 2, 5, Duration.FromHours(5), Duration.FromHours(20), null, null),
            new SlaMetricCompliance(SlaMetric.NextReply, 0, 0, 0, 4, null, null, null, null),
        };

        var row = Assert.Single(Builder().WithSlaCompliance(compliance).Build().SlaCompliance);

        Assert.Equal("First public reply", row.Metric);
        Assert.Equal(3, row.Achieved);
        Assert.Equal(3, row.Breached);
        Assert.Equal(Duration.FromHours(5), row.MedianDuration);
        Assert.Equal(Duration.FromHours(20), row.P90Duration);
    }

    [Fact]
    public void Build_SectionsNeverGiven_AreEmpty()
    {
        var report = Builder().Build();
        Assert.Empty(report.Irritants);
        Assert.Empty(report.NegativeShareWeeks);
        Assert.Empty(report.WeakSignals);
        Assert.Empty(report.Actions);
        Assert.Empty(report.SlaCompliance);
        Assert.Empty(report.ResponseFigures);
        Assert.Equal("Quality meeting", report.Title);
        Assert.Equal(March, report.Period);
    }

    [Theory]
    [InlineData("Écrivez à marie@exemple.fr", "Écrivez à [e-mail]")]
    [InlineData("Chambre 12, 12 rue de la Paix était sale", "Chambre 12, [address] était sale")]
    [InlineData("Nothing personal here: room 101 was noisy", "Nothing personal here: room 101 was noisy")]
    [InlineData("", "")]
    public void ReportQuotes_Mask_ReplacesPersonalData(string quote, string expected) =>
        Assert.Equal(expected, ReportQuotes.Mask(quote));

    [Property]
    public bool ReportQuotes_Mask_IsIdempotentAndNeverThrows(string? text)
    {
        var once = ReportQuotes.Mask(text ?? string.Empty);
        return ReportQuotes.Mask(once) == once;
    }
}
