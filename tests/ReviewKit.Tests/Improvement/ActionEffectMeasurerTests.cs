using ReviewKit.Improvement;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

public class ActionEffectMeasurerTests
{
    private static readonly LocalDate ActionStart = new(2026, 4, 1);

    /// <summary>
    /// 20 reviews a day at two locations from January to June; "delivery" at Paris has incidence <paramref name="before"/>
    /// before the start and <paramref name="after"/> after; Lyon stays at 0.2. Ratings: 0.25 when delivery is mentioned, else 0.75.
    /// </summary>
    private static AggregateTable Scenario(int seed, double before, double after) =>
        Aggregate(Observations(seed, before, after), new AggregationOptions(PeriodGranularity.Day));

    private static List<ReviewObservation> Observations(int seed, double before, double after)
    {
        var rng = new Random(seed);
        var obs = new List<ReviewObservation>();
        for (var day = new LocalDate(2026, 1, 1); day < new LocalDate(2026, 7, 1); day = day.PlusDays(1))
        {
            var at = day.AtMidnight().InUtc().ToInstant() + Duration.FromHours(10);
            foreach (var location in new[] { "paris", "lyon" })
            {
                for (var i = 0; i < 20; i++)
                {
                    var p = location == "lyon" ? 0.2 : day < ActionStart ? before : after;
                    var delivery = rng.NextDouble() < p;
                    obs.Add(Obs(at, rating: delivery ? 0.25 : 0.75, negative: delivery, themes: delivery ? ["delivery"] : ["other"], location: location, recovered: delivery && rng.Next(4) == 0));
                }
            }
        }

        return obs;
    }

    [Fact]
    public void Measure_RealHalving_IsImproved_WithSampleSizesAndContext()
    {
        var table = Scenario(1, 0.2, 0.1);
        var action = new ImprovementAction("carrier", "New carrier", ["delivery"], ActionStart, ["paris"]);

        var effect = ActionEffectMeasurer.Measure(action, table);

        Assert.Equal(EffectVerdict.Improved, effect.Verdict);
        var theme = Assert.Single(effect.Themes);
        Assert.Equal(90 * 20, theme.BeforeVolume); // January to March at Paris
        Assert.Equal(91 * 20, theme.AfterVolume);  // April to June
        Assert.InRange(theme.RiskRatio, 0.35, 0.65);
        Assert.True(theme.DifferenceUpper < 0);
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), effect.BeforeWindow);
        Assert.Equal(new DateInterval(ActionStart, new LocalDate(2026, 6, 30)), effect.AfterWindow);
        Assert.True(effect.MeanRatingAfter > effect.MeanRatingBefore);
        Assert.Equal(effect.Before.RecoveryRate, effect.RecoveryRateBefore);
    }

    [Fact]
    public void Measure_NoChange_IsNoDetectableChange()
    {
        var effect = ActionEffectMeasurer.Measure(new ImprovementAction("a", "Nothing", ["delivery"], ActionStart, ["lyon"]), Scenario(2, 0.2, 0.1));
        Assert.Equal(EffectVerdict.NoDetectableChange, effect.Verdict);
    }

    [Fact]
    public void Measure_LagAndWindows_AreConfigurable()
    {
        var options = new EffectMeasurementOptions(beforeWindow: Period.FromDays(14), afterWindow: Period.FromDays(7), lag: Period.FromDays(7), minimumReviews: 1000);
        var effect = ActionEffectMeasurer.Measure(new ImprovementAction("a", "x", ["delivery"], ActionStart, ["paris"]), Scenario(3, 0.2, 0.1), options);

        Assert.Equal(new DateInterval(ActionStart.PlusDays(-14), ActionStart.PlusDays(-1)), effect.BeforeWindow);
        Assert.Equal(new DateInterval(ActionStart.PlusDays(7), ActionStart.PlusDays(13)), effect.AfterWindow);
        Assert.Equal(14 * 20, effect.Before.Volume);
        Assert.Equal(7 * 20, effect.After.Volume);
        Assert.Equal(EffectVerdict.NotEnoughData, effect.Verdict); // 280 and 140 reviews < 1000
    }

    [Fact]
    public void Measure_SeveralThemes_UsesBonferroniLevelAndCombinesVerdicts()
    {
        var effect = ActionEffectMeasurer.Measure(new ImprovementAction("a", "x", ["delivery", "never-mentioned"], ActionStart, ["paris"]), Scenario(4, 0.2, 0.1));
        Assert.All(effect.Themes, t => Assert.Equal(0.975, t.ConfidenceLevel, 12));
        Assert.Equal(EffectVerdict.NotEnoughData, effect.Themes[1].Verdict);
        Assert.Equal(EffectVerdict.Improved, effect.Verdict);
    }

    [Fact]
    public void Measure_PeriodsStraddlingAWindowEnd_AreLeftOut()
    {
        // Monthly periods, 45-day windows around April 1: February and May straddle the window ends and are left out.
        var monthly = Aggregate(Observations(5, 0.2, 0.1), new AggregationOptions(PeriodGranularity.Month));
        var options = new EffectMeasurementOptions(beforeWindow: Period.FromDays(45), afterWindow: Period.FromDays(45));
        var effect = ActionEffectMeasurer.Measure(new ImprovementAction("a", "x", ["delivery"], ActionStart), monthly, options);
        Assert.Equal(31 * 40, effect.Before.Volume); // March, both locations
        Assert.Equal(30 * 40, effect.After.Volume);  // April
    }

    [Fact]
    public void Arguments_AreValidated()
    {
        var table = AggregateTable.Empty(new AggregationOptions(PeriodGranularity.Day, byLocation: false));
        var action = new ImprovementAction("a", "x", ["delivery"], ActionStart, ["paris"]);
        Assert.Equal("action", Assert.Throws<ArgumentNullException>(() => ActionEffectMeasurer.Measure(null!, table)).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => ActionEffectMeasurer.Measure(action, null!)).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentException>(() => ActionEffectMeasurer.Measure(action, table)).ParamName);
    }
}
