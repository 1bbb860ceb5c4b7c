using ReviewKit.Improvement;

namespace ReviewKit.Tests.Improvement;

public class ThemeEffectTests
{
    [Theory]
    [InlineData(48, 80, 56, 70, 0.0524, 0.3339)] // Newcombe (1998), Table II, 56/70 - 48/80, method 10
    [InlineData(3, 10, 9, 10, 0.1705, 0.8090)]   // 9/10 - 3/10
    public void Compute_NewcombeHybridScore_MatchesPublishedIntervals(long x1, long n1, long x2, long n2, double lower, double upper)
    {
        var e = ThemeEffect.Compute("t", x1, n1, x2, n2, new EffectMeasurementOptions(minimumReviews: 0, minimumMentions: 0));
        Assert.Equal(lower, e.DifferenceLower, 4);
        Assert.Equal(upper, e.DifferenceUpper, 4);
    }

    [Fact]
    public void Compute_RiskRatio_UsesTheKatzLogInterval()
    {
        var e = ThemeEffect.Compute("t", 40, 400, 20, 400);
        Assert.Equal(0.5, e.RiskRatio, 12);
        var se = Math.Sqrt((1.0 / 20) - (1.0 / 400) + (1.0 / 40) - (1.0 / 400));
        Assert.Equal(Math.Exp(Math.Log(0.5) - (1.959963984540054 * se)), e.RiskRatioLower, 9);
        Assert.Equal(Math.Exp(Math.Log(0.5) + (1.959963984540054 * se)), e.RiskRatioUpper, 9);
        Assert.Equal(EffectVerdict.Improved, e.Verdict);
        Assert.Equal(-0.05, e.Difference, 12);
    }

    [Fact]
    public void Compute_ZeroCount_AddsOneHalfForTheRatioOnly()
    {
        var e = ThemeEffect.Compute("t", 30, 300, 0, 300);
        Assert.Equal(0.5 / 300.5 / (30.5 / 300.5), e.RiskRatio, 12);
        Assert.Equal(-0.1, e.Difference, 12);
        Assert.Equal(EffectVerdict.Improved, e.Verdict);
    }

    [Fact]
    public void Compute_TinySamples_NotEnoughData()
    {
        var e = ThemeEffect.Compute("t", 5, 10, 1, 10);
        Assert.Equal(EffectVerdict.NotEnoughData, e.Verdict);
        Assert.Equal(EffectVerdict.NotEnoughData, ThemeEffect.Compute("t", 2, 500, 3, 500).Verdict); // 5 mentions < 10
        Assert.True(double.IsNaN(ThemeEffect.Compute("t", 0, 0, 1, 10).DifferenceLower));
    }

    [Fact]
    public void Compute_Increase_IsWorse() =>
        Assert.Equal(EffectVerdict.Worse, ThemeEffect.Compute("t", 20, 400, 60, 400).Verdict);

    /// <summary>Calibration: 95% intervals cover the true difference and ratio in 93% to 97% of seeded simulations.</summary>
    [Theory]
    [InlineData(0.10, 0.05, 400, 300, 11)]
    [InlineData(0.20, 0.20, 150, 200, 12)]
    [InlineData(0.04, 0.06, 1000, 800, 13)]
    public void Calibration_Coverage_IsNominal(double p1, double p2, int n1, int n2, int seed)
    {
        var rng = new Random(seed);
        const int Runs = 4000;
        int coveredDifference = 0, coveredRatio = 0;
        for (var r = 0; r < Runs; r++)
        {
            var x1 = Binomial(rng, n1, p1);
            var x2 = Binomial(rng, n2, p2);
            var e = ThemeEffect.Compute("t", x1, n1, x2, n2);
            coveredDifference += e.DifferenceLower <= p2 - p1 && p2 - p1 <= e.DifferenceUpper ? 1 : 0;
            coveredRatio += e.RiskRatioLower <= p2 / p1 && p2 / p1 <= e.RiskRatioUpper ? 1 : 0;
        }

        Assert.InRange(coveredDifference / (double)Runs, 0.93, 0.97);
        Assert.InRange(coveredRatio / (double)Runs, 0.93, 0.97);
    }

    /// <summary>A real halving with enough data is declared Improved; no change is declared Improved or Worse rarely.</summary>
    [Fact]
    public void Calibration_Verdicts_HalvingImprovedNoChangeRarelyFlagged()
    {
        var rng = new Random(99);
        const int Runs = 2000;
        int improved = 0, falseImproved = 0, falseWorse = 0;
        for (var r = 0; r < Runs; r++)
        {
            if (ThemeEffect.Compute("t", Binomial(rng, 1500, 0.10), 1500, Binomial(rng, 1500, 0.05), 1500).Verdict == EffectVerdict.Improved)
            {
                improved++;
            }

            var v = ThemeEffect.Compute("t", Binomial(rng, 500, 0.08), 500, Binomial(rng, 500, 0.08), 500).Verdict;
            falseImproved += v == EffectVerdict.Improved ? 1 : 0;
            falseWorse += v == EffectVerdict.Worse ? 1 : 0;
        }

        Assert.True(improved >= Runs * 0.99, $"improved {improved}");
        Assert.True(falseImproved <= Runs * 0.035, $"false improved {falseImproved}");
        Assert.True(falseWorse <= Runs * 0.035, $"false worse {falseWorse}");
    }

    [Fact]
    public void Arguments_AreValidated()
    {
        Assert.Equal("themeId", Assert.Throws<ArgumentException>(() => ThemeEffect.Compute(" ", 1, 2, 1, 2)).ParamName);
        Assert.Equal("beforeCount", Assert.Throws<ArgumentOutOfRangeException>(() => ThemeEffect.Compute("t", 3, 2, 1, 2)).ParamName);
        Assert.Equal("afterVolume", Assert.Throws<ArgumentOutOfRangeException>(() => ThemeEffect.Compute("t", 1, 2, 0, -1)).ParamName);
        Assert.Equal("afterCount", Assert.Throws<ArgumentOutOfRangeException>(() => ThemeEffect.Compute("t", 1, 2, -1, 2)).ParamName);
        Assert.Equal("beforeWindow", Assert.Throws<ArgumentOutOfRangeException>(() => new EffectMeasurementOptions(beforeWindow: Period.Zero)).ParamName);
        Assert.Equal("afterWindow", Assert.Throws<ArgumentOutOfRangeException>(() => new EffectMeasurementOptions(afterWindow: Period.FromDays(-3))).ParamName);
        Assert.Equal("lag", Assert.Throws<ArgumentOutOfRangeException>(() => new EffectMeasurementOptions(lag: Period.FromDays(-1))).ParamName);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => new EffectMeasurementOptions(confidenceLevel: 1)).ParamName);
        Assert.Equal("minimumReviews", Assert.Throws<ArgumentOutOfRangeException>(() => new EffectMeasurementOptions(minimumReviews: -1)).ParamName);
        Assert.Equal("minimumMentions", Assert.Throws<ArgumentOutOfRangeException>(() => new EffectMeasurementOptions(minimumMentions: -1)).ParamName);
    }

    internal static long Binomial(Random rng, int n, double p)
    {
        long x = 0;
        for (var i = 0; i < n; i++)
        {
            x += rng.NextDouble() < p ? 1 : 0;
        }

        return x;
    }
}
