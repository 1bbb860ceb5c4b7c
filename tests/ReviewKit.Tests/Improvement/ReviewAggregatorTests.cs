using System.Collections.Immutable;
using ReviewKit.Improvement;
using ReviewKit.Reviews;
using ReviewKit.Triage;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

public class ReviewAggregatorTests
{
    private static readonly Instant March = Instant.FromUtc(2026, 3, 10, 12, 0);

    [Fact]
    public void Add_OneGroup_CountsVolumeNegativesRatingsAndSeverity()
    {
        var table = Aggregate(
        [
            Obs(March, rating: 0.0, severity: Severity.High),
            Obs(March, rating: 0.25, severity: Severity.Low),
            Obs(March, rating: 1.0, negative: false, severity: null),
            Obs(March, rating: null, negative: false, severity: null),
        ]);

        var s = Assert.Single(table.Groups).Value;
        Assert.Equal(4, s.Volume);
        Assert.Equal(2, s.NegativeCount);
        Assert.Equal(0.5, s.NegativeShare);
        Assert.Equal(3, s.RatedCount);
        Assert.Equal(1.25 / 3, s.MeanRating!.Value, 12);
        Assert.Equal([1L, 1, 0, 0, 1], s.RatingHistogram.ToArray());
        Assert.Equal(new SeverityMix(1, 0, 1, 0, 2), s.Severity);
    }

    [Fact]
    public void Add_FiveStarScale_EachStarHasItsOwnHistogramBin()
    {
        var table = Aggregate(Enumerable.Range(1, 5).Select(stars => Obs(March, rating: new Rating(stars, RatingScale.FiveStars).Normalized)));
        Assert.Equal([1L, 1, 1, 1, 1], table.Total().RatingHistogram.ToArray());
    }

    [Fact]
    public void Add_ThemeListedTwice_CountsOnceForIncidence()
    {
        var table = Aggregate([Obs(March, themes: ["delivery", "delivery"]), Obs(March, themes: ["service"]), Obs(March)]);
        var s = table.Total();
        Assert.Equal(1, s.Theme("delivery").Count);
        Assert.Equal(1.0 / 3, s.Incidence("delivery"), 12);
        Assert.Equal(0, s.Incidence("unknown-theme"));
    }

    [Fact]
    public void Add_ThemeExample_IsMostSevereThenMostRecent()
    {
        var table = Aggregate(
        [
            Obs(March, themes: ["delivery"], severity: Severity.Critical, id: "old-critical"),
            Obs(March + Duration.FromDays(2), themes: ["delivery"], severity: Severity.Low, id: "recent-low"),
            Obs(March + Duration.FromDays(1), themes: ["delivery"], severity: Severity.Critical, id: "newer-critical"),
            Obs(March + Duration.FromDays(3), themes: ["delivery"], severity: Severity.Critical),
        ]);

        var t = table.Total().Theme("delivery");
        Assert.Equal("newer-critical", t.ExampleReviewId);
        Assert.Equal(Severity.Critical, t.ExampleSeverity);
        Assert.Equal(4, t.Count);
        Assert.Equal(new SeverityMix(1, 0, 0, 3, 0), t.Severity);
    }

    [Fact]
    public void Add_GroupsByLocationAndPeriod_InTheOptionsTimeZone()
    {
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var options = new AggregationOptions(PeriodGranularity.Month, paris);
        // 22:30 UTC on 31 March is 00:30 on 1 April in Paris (summer time).
        var lateMarchUtc = Instant.FromUtc(2026, 3, 31, 22, 30);
        var table = Aggregate([Obs(lateMarchUtc, location: "paris"), Obs(lateMarchUtc, location: "lyon"), Obs(March, location: "paris")], options);

        Assert.Equal(3, table.Groups.Count);
        Assert.Equal(1, table[new AggregateKey(new LocalDate(2026, 4, 1), "paris")].Volume);
        Assert.Equal(1, table[new AggregateKey(new LocalDate(2026, 3, 1), "paris")].Volume);
        Assert.Equal([new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 1)], table.Periods);
    }

    [Theory]
    [InlineData(PeriodGranularity.Day, 2026, 3, 12)]
    [InlineData(PeriodGranularity.Week, 2026, 3, 9)]
    [InlineData(PeriodGranularity.Month, 2026, 3, 1)]
    [InlineData(PeriodGranularity.Quarter, 2026, 1, 1)]
    [InlineData(PeriodGranularity.Year, 2026, 1, 1)]
    public void Add_Granularity_KeysByTheFirstDayOfThePeriod(PeriodGranularity granularity, int y, int m, int d)
    {
        var table = Aggregate([Obs(Instant.FromUtc(2026, 3, 12, 8, 0))], new AggregationOptions(granularity));
        Assert.Equal(new LocalDate(y, m, d), Assert.Single(table.Groups).Key.Period);
    }

    [Fact]
    public void Add_BySourceAndDimension_SplitsGroups()
    {
        var options = new AggregationOptions(PeriodGranularity.Month, byLocation: false, bySource: true, byDimension: true);
        var table = Aggregate(
        [
            Obs(March, source: ReviewSource.Google, dimension: "rooms"),
            Obs(March, source: ReviewSource.Google, dimension: "restaurant"),
            Obs(March, source: ReviewSource.Trustpilot, dimension: "rooms"),
            Obs(March, source: ReviewSource.Trustpilot, dimension: "rooms"),
        ], options);

        Assert.Equal(3, table.Groups.Count);
        Assert.Equal(2, table[new AggregateKey(new LocalDate(2026, 3, 1), null, ReviewSource.Trustpilot, "rooms")].Volume);
    }

    [Fact]
    public void RecoveryRate_IsRecoveredOverNegative()
    {
        var table = Aggregate([Obs(March, recovered: true), Obs(March), Obs(March), Obs(March, negative: false)]);
        Assert.Equal(1.0 / 3, table.Total().RecoveryRate, 12);
    }

    [Fact]
    public void Empty_Statistics_HaveZeroShares()
    {
        var s = ReviewStatistics.Empty;
        Assert.Equal(0, s.NegativeShare);
        Assert.Null(s.MeanRating);
        Assert.Equal(0, s.RecoveryRate);
        Assert.Equal(ReviewStatistics.Empty, AggregateTable.Empty(AggregationOptions.Default).Total());
    }

    [Fact]
    public void ToTable_IsASnapshot_TheAggregatorGoesOn()
    {
        var aggregator = new ReviewAggregator();
        aggregator.Add(Obs(March));
        var first = aggregator.ToTable();
        aggregator.Add(Obs(March));
        Assert.Equal(1, first.Total().Volume);
        Assert.Equal(2, aggregator.ToTable().Total().Volume);
        Assert.Equal(2, aggregator.ObservationCount);
        Assert.Equal(1, aggregator.GroupCount);
    }

    [Fact]
    public void Add_DefaultObservation_Throws() =>
        Assert.Equal("observation", Assert.Throws<ArgumentException>(() => new ReviewAggregator().Add(default)).ParamName);

    [Fact]
    public void AddRange_Null_Throws() =>
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => new ReviewAggregator().AddRange((IEnumerable<ReviewObservation>)null!)).ParamName);

    [Fact]
    public void Merge_DifferentOptions_Throws()
    {
        var a = AggregateTable.Empty(new AggregationOptions(PeriodGranularity.Month));
        var b = AggregateTable.Empty(new AggregationOptions(PeriodGranularity.Week));
        Assert.Equal("tables", Assert.Throws<ArgumentException>(() => AggregateTable.Merge(a, b)).ParamName);
        Assert.Equal("tables", Assert.Throws<ArgumentException>(() => AggregateTable.Merge([])).ParamName);
        Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => AggregateTable.Merge(null!, b)).ParamName);
        Assert.Equal("keySelector", Assert.Throws<ArgumentNullException>(() => a.RollUp(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => AggregateTable.Empty(null!)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentNullException>(() => ReviewStatistics.Merge(ReviewStatistics.Empty, null!)).ParamName);
    }

    [Fact]
    public void Options_UndefinedGranularity_Throws() =>
        Assert.Equal("granularity", Assert.Throws<ArgumentOutOfRangeException>(() => new AggregationOptions((PeriodGranularity)42)).ParamName);

    [Fact]
    public void Observation_InvalidArguments_Throw()
    {
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new ReviewObservation(March, default, 0.5, false)).ParamName);
        Assert.Equal("normalizedRating", Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewObservation(March, ReviewSource.Google, 1.5, false)).ParamName);
        Assert.Equal("normalizedRating", Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewObservation(March, ReviewSource.Google, double.NaN, false)).ParamName);
        Assert.Equal("themeIds", Assert.Throws<ArgumentException>(() => new ReviewObservation(March, ReviewSource.Google, 0.5, false, ImmutableArray.Create(" "))).ParamName);
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewObservation(March, ReviewSource.Google, 0.5, false, severity: (Severity)9)).ParamName);
        Assert.Equal("locationId", Assert.Throws<ArgumentException>(() => new ReviewObservation(March, ReviewSource.Google, 0.5, false, locationId: "")).ParamName);
        Assert.Equal("isRecovered", Assert.Throws<ArgumentException>(() => new ReviewObservation(March, ReviewSource.Google, 0.9, false, isRecovered: true)).ParamName);
    }

    [Fact]
    public void SeverityMix_NegativeCount_Throws() =>
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityMix(0, 0, -1, 0, 0)).ParamName);

    [Fact]
    public void Observation_DefaultThemes_AreEmpty() =>
        Assert.Empty(new ReviewObservation(March, ReviewSource.Google, null, true).ThemeIds);
}
