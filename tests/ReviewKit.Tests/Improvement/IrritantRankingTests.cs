using ReviewKit.Improvement;
using ReviewKit.Triage;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

public class IrritantRankingTests
{
    private static readonly Instant March = Instant.FromUtc(2026, 3, 10, 12, 0);
    private static readonly Instant February = Instant.FromUtc(2026, 2, 10, 12, 0);

    private static IEnumerable<ReviewObservation> Many(int count, Instant at, string theme, Severity? severity, string location = "paris", string? idPrefix = null) =>
        Enumerable.Range(0, count).Select(i => Obs(at, themes: [theme], severity: severity, location: location, id: idPrefix is null ? null : idPrefix + i));

    [Fact]
    public void Rank_NoBaseline_ScoreIsCountTimesMeanSeverityWeight()
    {
        var stats = Aggregate([.. Many(10, March, "delivery", Severity.Low), .. Many(2, March, "service", Severity.Critical), .. Many(3, March, "service", null)]).Total();

        var ranking = IrritantRanking.Rank(stats);

        var service = ranking.Irritants.Single(i => i.ThemeId == "service");
        Assert.Equal(((2 * 8) + (3 * 2)) / 5.0, service.SeverityWeight, 12);
        Assert.Equal(1.0, service.Trend);
        Assert.Equal(22.0, service.Score, 12);
        Assert.Equal(10.0, ranking.Irritants.Single(i => i.ThemeId == "delivery").Score, 12);
        Assert.Equal(["service", "delivery"], ranking.Irritants.Select(i => i.ThemeId));
        Assert.Equal([1, 2], ranking.Irritants.Select(i => i.Rank));
    }

    [Fact]
    public void Rank_WithBaseline_TrendIsSmoothedObservedOverExpected_Bounded()
    {
        // Baseline: 100 reviews, delivery 10, service 40. Current: 50 reviews, delivery 14 (expected 5), service 6 (expected 20).
        var baseline = Aggregate([.. Many(10, February, "delivery", Severity.Medium), .. Many(40, February, "service", Severity.Medium), .. Many(50, February, "price", Severity.Medium)]).Total();
        var current = Aggregate([.. Many(14, March, "delivery", Severity.Medium), .. Many(6, March, "service", Severity.Medium), .. Many(30, March, "price", Severity.Medium)]).Total();

        var ranking = IrritantRanking.Rank(current, baseline);

        var delivery = ranking.Irritants.Single(i => i.ThemeId == "delivery");
        Assert.Equal(5.0, delivery.ExpectedCount, 12);
        Assert.Equal(2.0, delivery.Trend, 12); // (14 + 1) / (5 + 1) = 2.5, bounded to 2
        var service = ranking.Irritants.Single(i => i.ThemeId == "service");
        Assert.Equal(0.5, service.Trend, 12); // 7 / 21 = 0.33, bounded to 0.5
        var price = ranking.Irritants.Single(i => i.ThemeId == "price");
        Assert.Equal(31.0 / 26, price.Trend, 12);
        Assert.Equal(30 * 2 * 31.0 / 26, price.Score, 9);
    }

    [Fact]
    public void Pareto_IsByCount_WithCumulativeSharesAndVitalFew()
    {
        var stats = Aggregate([.. Many(50, March, "a", Severity.Low), .. Many(30, March, "b", Severity.Critical), .. Many(15, March, "c", Severity.Low), .. Many(5, March, "d", Severity.Low)]).Total();

        var ranking = IrritantRanking.Rank(stats);

        Assert.Equal(["a", "b", "c", "d"], ranking.Pareto.Select(i => i.ThemeId));
        Assert.Equal([0.5, 0.8, 0.95, 1.0], ranking.Pareto.Select(i => Math.Round(i.CumulativeShare, 12)));
        Assert.Equal(["a", "b"], ranking.VitalFew.Select(i => i.ThemeId));
        Assert.Equal("b", ranking.Irritants[0].ThemeId); // 30 x 8 beats 50 x 1
    }

    [Fact]
    public void Rank_Ties_AreBrokenByCountThenThemeId()
    {
        var stats = Aggregate([.. Many(4, March, "zeta", Severity.Medium), .. Many(4, March, "alpha", Severity.Medium), .. Many(8, March, "mid", Severity.Low)]).Total();
        Assert.Equal(["mid", "alpha", "zeta"], IrritantRanking.Rank(stats).Irritants.Select(i => i.ThemeId));
    }

    [Fact]
    public void Rank_KeepsTheExampleReview()
    {
        var stats = Aggregate([.. Many(3, March, "delivery", Severity.Low, idPrefix: "low-"), Obs(March, themes: ["delivery"], severity: Severity.High, id: "the-bad-one")]).Total();
        Assert.Equal("the-bad-one", IrritantRanking.Rank(stats).Irritants[0].ExampleReviewId);
    }

    [Fact]
    public void Rank_FromTable_ScopesByLocationAndUsesPreviousPeriodsAsBaseline()
    {
        var table = Aggregate(
        [
            .. Many(10, February, "delivery", Severity.Medium, "paris"),
            .. Many(10, February, "service", Severity.Medium, "paris"),
            .. Many(10, March, "delivery", Severity.Medium, "paris"),
            .. Many(50, March, "service", Severity.Medium, "lyon"),
        ]);

        var paris = IrritantRanking.Rank(table, new LocalDate(2026, 3, 31), "paris");
        var delivery = Assert.Single(paris.Irritants);
        Assert.Equal("delivery", delivery.ThemeId);
        Assert.Equal(10, paris.Volume);
        Assert.Equal(20, paris.BaselineVolume);
        Assert.Equal(10, delivery.BaselineCount);
        Assert.Equal(2, IrritantRanking.Rank(table, new LocalDate(2026, 3, 1)).Irritants.Count);
    }

    [Fact]
    public void Arguments_AreValidated()
    {
        Assert.Equal("current", Assert.Throws<ArgumentNullException>(() => IrritantRanking.Rank((ReviewStatistics)null!)).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => IrritantRanking.Rank((AggregateTable)null!, new LocalDate(2026, 1, 1))).ParamName);
        Assert.Equal("highWeight", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantRankingOptions(highWeight: 0)).ParamName);
        Assert.Equal("minTrend", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantRankingOptions(minTrend: 1.5)).ParamName);
        Assert.Equal("maxTrend", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantRankingOptions(maxTrend: 0.9)).ParamName);
        Assert.Equal("baselinePeriods", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantRankingOptions(baselinePeriods: 0)).ParamName);
        Assert.Equal("paretoCutoff", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantRankingOptions(paretoCutoff: 0)).ParamName);
    }
}
