using ReviewKit.Improvement;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

public class EwmaChartTests
{
    private static readonly LocalDate Monday = new(2026, 1, 5);

    private static AggregateTable Weekly(int seed, int weeks, Func<int, double> negativeShare, int perWeek = 100, int skipWeek = -1)
    {
        var rng = new Random(seed);
        var obs = new List<ReviewObservation>();
        for (var w = 0; w < weeks; w++)
        {
            if (w == skipWeek)
            {
                continue;
            }

            var at = Monday.PlusWeeks(w).AtMidnight().InUtc().ToInstant() + Duration.FromHours(30);
            for (var i = 0; i < perWeek; i++)
            {
                obs.Add(Obs(at, negative: rng.NextDouble() < negativeShare(w), location: i % 2 == 0 ? "paris" : "lyon"));
            }
        }

        return Aggregate(obs, new AggregationOptions(PeriodGranularity.Week));
    }

    [Fact]
    public void ForNegativeShare_RecursionAndLimits_MatchTheFormulas()
    {
        var chart = ForSequence([10, 30, 20], [100, 100, 50], 0.2, 3, null);
        var p0 = 60.0 / 250;
        Assert.Equal(p0, chart.CenterLine, 12);
        var z1 = (0.2 * 0.1) + (0.8 * p0);
        var z2 = (0.2 * 0.3) + (0.8 * z1);
        var z3 = (0.2 * 0.4) + (0.8 * z2);
        Assert.Equal([z1, z2, z3], chart.Points.Select(p => p.Ewma).ToArray(), new ToleranceComparer());
        var v1 = 0.04 * p0 * (1 - p0) / 100;
        var v2 = (0.04 * p0 * (1 - p0) / 100) + (0.64 * v1);
        var v3 = (0.04 * p0 * (1 - p0) / 50) + (0.64 * v2);
        Assert.Equal(p0 + (3 * Math.Sqrt(v3)), chart.Points[2].UpperLimit, 12);
        Assert.Equal(p0 - (3 * Math.Sqrt(v1)), chart.Points[0].LowerLimit, 12);
    }

    [Fact]
    public void ForNegativeShare_StableProcess_StaysInControl_ShiftIsSignalled()
    {
        var stable = EwmaChart.ForNegativeShare(Weekly(1, 40, _ => 0.2));
        Assert.Equal(40, stable.Points.Count);
        Assert.DoesNotContain(stable.Points, p => p.IsOutOfControl);

        var shifted = EwmaChart.ForNegativeShare(Weekly(2, 40, w => w < 30 ? 0.2 : 0.35), baselinePoints: 26);
        Assert.Contains(shifted.Points.Skip(30), p => p.IsOutOfControl);
        Assert.DoesNotContain(shifted.Points.Take(30), p => p.IsOutOfControl);
    }

    [Fact]
    public void ForNegativeShare_EmptyWeek_KeepsTheEwmaAndScopeFilters()
    {
        var table = Weekly(3, 10, _ => 0.2, skipWeek: 4);
        var chart = EwmaChart.ForNegativeShare(table, k => k.LocationId == "paris");
        Assert.Equal(10, chart.Points.Count);
        Assert.Equal(0, chart.Points[4].Volume);
        Assert.True(double.IsNaN(chart.Points[4].Share));
        Assert.Equal(chart.Points[3].Ewma, chart.Points[4].Ewma);
        Assert.All(chart.Points.Where(p => p.Volume > 0), p => Assert.Equal(50, p.Volume));
        Assert.Empty(EwmaChart.ForNegativeShare(AggregateTable.Empty(AggregationOptions.Default)).Points);
    }

    [Fact]
    public void Arguments_AreValidated()
    {
        var table = AggregateTable.Empty(AggregationOptions.Default);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => EwmaChart.ForNegativeShare(null!)).ParamName);
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => EwmaChart.ForNegativeShare(table, lambda: 0)).ParamName);
        Assert.Equal("limitWidth", Assert.Throws<ArgumentOutOfRangeException>(() => EwmaChart.ForNegativeShare(table, limitWidth: -1)).ParamName);
        Assert.Equal("baselinePoints", Assert.Throws<ArgumentOutOfRangeException>(() => EwmaChart.ForNegativeShare(table, baselinePoints: 0)).ParamName);
    }

    private static EwmaChart ForSequence(long[] counts, long[] volumes, double lambda, double width, int? baseline)
    {
        var obs = new List<ReviewObservation>();
        for (var w = 0; w < counts.Length; w++)
        {
            var at = Monday.PlusWeeks(w).AtMidnight().InUtc().ToInstant() + Duration.FromHours(1);
            for (var i = 0; i < volumes[w]; i++)
            {
                obs.Add(Obs(at, negative: i < counts[w]));
            }
        }

        return EwmaChart.ForNegativeShare(Aggregate(obs, new AggregationOptions(PeriodGranularity.Week)), null, lambda, width, baseline);
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
