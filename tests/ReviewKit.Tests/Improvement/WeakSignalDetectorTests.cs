using System.Collections.Immutable;
using ReviewKit.Improvement;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

public class WeakSignalDetectorTests
{
    private static readonly double[] Means = [5, 2, 8, 1, 3, 12];
    private const int Locations = 4;
    private const long Exposure = 200;

    private static WeakSignalSeries Series(long[] counts, long exposure = 100, string theme = "delivery", string? location = null) =>
        new(theme, location, [.. counts], [.. Enumerable.Repeat(exposure, counts.Length)]);

    [Fact]
    public void Detect_ClearRise_IsASignalWithExactPValue()
    {
        // Baseline 8 periods x 5 = 40 of 800 reviews, guard 2 periods ignored (even if high), window 15 of 100.
        var report = WeakSignalDetector.Detect([Series([5, 5, 5, 5, 5, 5, 5, 5, 50, 50, 15])]);

        var signal = Assert.Single(report.Signals);
        Assert.Equal(15, signal.WindowCount);
        Assert.Equal(40, signal.BaselineCount);
        Assert.Equal(5.0, signal.ExpectedCount, 12);
        Assert.Equal(3.0, signal.RateRatio, 12);
        // P(Binomial(55, 1/9) >= 15), by direct summation.
        var expected = Enumerable.Range(15, 41).Sum(k => Math.Exp(Distributions.LogGamma(56) - Distributions.LogGamma(k + 1) - Distributions.LogGamma(56 - k) + (k * Math.Log(1.0 / 9)) + ((55 - k) * Math.Log(8.0 / 9))));
        Assert.Equal(expected, signal.PValue, 1e-12);
        Assert.Equal(1, report.TestedCount);
    }

    [Fact]
    public void Detect_UsesExposure_ARiseInVolumeAloneIsNoSignal()
    {
        // Twice the mentions but also twice the reviews: the incidence is unchanged.
        var series = new WeakSignalSeries("delivery", null, [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 20], [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 200]);
        var result = Assert.Single(WeakSignalDetector.Detect([series]).Results);
        Assert.False(result.IsSignal);
        Assert.Equal(1.0, result.RateRatio, 12);
        Assert.True(result.PValue > 0.4);
    }

    [Fact]
    public void Detect_BelowMinimumCount_IsNeverASignal()
    {
        var result = Assert.Single(WeakSignalDetector.Detect([Series([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2])]).Results);
        Assert.True(result.IsTested);
        Assert.True(result.PValue < 0.05);
        Assert.False(result.IsSignal);
    }

    [Fact]
    public void Detect_NoMentionAtAll_IsUntestedAndNotCountedInM()
    {
        var report = WeakSignalDetector.Detect([Series(new long[11]), Series([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15], theme: "service")]);
        Assert.Equal(1, report.TestedCount);
        var untested = report.Results.Single(r => r.ThemeId == "delivery");
        Assert.False(untested.IsTested);
        Assert.Equal(1.0, untested.PValue);
    }

    [Fact]
    public void Detect_BenjaminiHochberg_AdjustsAndOrders()
    {
        // p-values 0.01, 0.02, 0.03 ... through series crafted by their own counts: check adjusted = min over j >= i of p_j m / j.
        var report = WeakSignalDetector.Detect(
        [
            Series([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11], theme: "a"),
            Series([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 12], theme: "b"),
            Series([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6], theme: "c"),
            Series([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 20], theme: "d"),
        ]);

        var results = report.Results;
        Assert.Equal(["d", "b", "a", "c"], results.Select(r => r.ThemeId));
        var m = results.Count;
        for (var i = 0; i < m; i++)
        {
            var expected = Math.Min(1, Enumerable.Range(i, m - i).Min(j => results[j].PValue * m / (j + 1)));
            Assert.Equal(expected, results[i].AdjustedPValue, 12);
            Assert.Equal(results[i].AdjustedPValue <= 0.05 && results[i].WindowCount >= 3, results[i].IsSignal);
        }
    }

    [Fact]
    public void Detect_FromAggregateTable_WatchesThemeTotalsAndThemeByLocation()
    {
        var options = new AggregationOptions(PeriodGranularity.Month);
        var observations = new List<ReviewObservation>();
        for (var month = 0; month < 11; month++)
        {
            var at = Instant.FromUtc(2025, 1, 15, 12, 0).InUtc().LocalDateTime.PlusMonths(month).InUtc().ToInstant();
            var delivery = month == 10 ? 30 : 5;
            for (var i = 0; i < 50; i++)
            {
                observations.Add(Obs(at, themes: i < delivery ? ["delivery"] : ["service"], location: "paris"));
                observations.Add(Obs(at, themes: i < 5 ? ["delivery"] : ["service"], location: "lyon"));
            }
        }

        var report = WeakSignalDetector.Detect(Aggregate(observations, options), new LocalDate(2025, 11, 20));

        Assert.Equal(6, report.Results.Count); // 2 themes x (total, paris, lyon)
        Assert.Contains(report.Signals, s => s.ThemeId == "delivery" && s.LocationId == "paris");
        Assert.Contains(report.Signals, s => s.ThemeId == "delivery" && s.LocationId is null);
        Assert.DoesNotContain(report.Signals, s => s.LocationId == "lyon");
        Assert.Equal(30, report.Results.Single(s => s.ThemeId == "delivery" && s.LocationId == "paris").WindowCount);
    }

    /// <summary>
    /// Target 1: when nothing changes, at most 5% of periods raise any (false) signal across the 30 series watched
    /// (6 themes x 4 locations + 6 theme totals; baselines from 1 to 12 mentions per location and period).
    /// </summary>
    [Fact]
    public void Calibration_NoChange_AtMostFivePercentOfPeriodsWithAnyFalseAlarm()
    {
        var sim = new WeakSignalSimulation(20260101);
        var options = WeakSignalOptions.Default;
        var length = options.BaselinePeriods + options.GuardPeriods + options.WindowPeriods;
        const int Runs = 1000;
        int periodsWithAlarm = 0, falseSeriesAlarms = 0, tested = 0;
        for (var r = 0; r < Runs; r++)
        {
            var counts = sim.Counts(Means, Locations, length, int.MaxValue, 1);
            var report = WeakSignalDetector.Detect(WeakSignalSimulation.Watch(counts, Exposure, length - 1, length), options);
            periodsWithAlarm += report.Signals.Count > 0 ? 1 : 0;
            falseSeriesAlarms += report.Signals.Count;
            tested += report.Results.Count;
        }

        Assert.True(periodsWithAlarm <= Runs * 0.05, $"{periodsWithAlarm} of {Runs} periods had a false alarm");
        Assert.True(falseSeriesAlarms <= tested * 0.05, $"{falseSeriesAlarms} false alarms over {tested} series-periods");
    }

    /// <summary>
    /// Target 2: a theme whose baseline is 5 mentions per period doubles and stays doubled; watched as its own series, it is
    /// flagged within the first 3 periods of the doubling in at least 80% of the simulations. (In the first period alone the
    /// test reaches about 50%: no 5%-level test can reach 80% from 10 expected mentions against 5, see the detector's remarks.)
    /// </summary>
    [Theory]
    [InlineData(5.0)]
    [InlineData(8.0)]
    public void Calibration_SustainedDoubling_DetectedWithinThreePeriodsAtLeast80Percent(double baseline)
    {
        var sim = new WeakSignalSimulation(777);
        var options = WeakSignalOptions.Default;
        var length = options.BaselinePeriods + options.GuardPeriods + options.WindowPeriods;
        const int Runs = 1000;
        var detected = 0;
        for (var r = 0; r < Runs; r++)
        {
            var counts = sim.Counts([baseline], 1, length + 2, length - 1, 2);
            for (var h = 0; h < 3; h++)
            {
                var report = WeakSignalDetector.Detect(WeakSignalSimulation.Watch(counts, Exposure, length - 1 + h, length).Where(s => s.LocationId is not null), options);
                if (report.Signals.Count > 0)
                {
                    detected++;
                    break;
                }
            }
        }

        Assert.True(detected >= Runs * 0.80, $"detected {detected} of {Runs}");
    }

    /// <summary>Benjamini–Hochberg keeps the share of false signals among the signals near or below q when many series rise.</summary>
    [Fact]
    public void Calibration_ManySeriesRise_FalseDiscoveryProportionAveragesAtMostQ()
    {
        var sim = new WeakSignalSimulation(4242);
        var options = WeakSignalOptions.Default;
        var length = options.BaselinePeriods + options.GuardPeriods + options.WindowPeriods;
        const int Runs = 400;
        double fdpSum = 0;
        for (var r = 0; r < Runs; r++)
        {
            // 40 series at 6 mentions; the first 10 triple in the window.
            var series = Enumerable.Range(0, 40).Select(i =>
            {
                var c = Enumerable.Range(0, length).Select(p => sim.Poisson(p == length - 1 && i < 10 ? 18 : 6)).ToArray();
                return new WeakSignalSeries("t" + i, null, [.. c], [.. Enumerable.Repeat(Exposure, length)]);
            }).ToList();
            var signals = WeakSignalDetector.Detect(series, options).Signals;
            if (signals.Count > 0)
            {
                fdpSum += signals.Count(s => int.Parse(s.ThemeId[1..], System.Globalization.CultureInfo.InvariantCulture) >= 10) / (double)signals.Count;
            }
        }

        Assert.True(fdpSum / Runs <= options.FalseDiscoveryRate, $"mean false discovery proportion {fdpSum / Runs}");
    }

    [Fact]
    public void Arguments_AreValidated()
    {
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => WeakSignalDetector.Detect((IEnumerable<WeakSignalSeries>)null!)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => WeakSignalDetector.Detect([Series([1, 2, 3])])).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => WeakSignalDetector.Detect((AggregateTable)null!, new LocalDate(2026, 1, 1))).ParamName);
        Assert.Equal("baselinePeriods", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalOptions(baselinePeriods: 0)).ParamName);
        Assert.Equal("windowPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalOptions(windowPeriods: 0)).ParamName);
        Assert.Equal("falseDiscoveryRate", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalOptions(falseDiscoveryRate: 1)).ParamName);
        Assert.Equal("guardPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalOptions(guardPeriods: -1)).ParamName);
        Assert.Equal("minimumWindowCount", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalOptions(minimumWindowCount: -1)).ParamName);
        Assert.Equal("themeId", Assert.Throws<ArgumentException>(() => new WeakSignalSeries(" ", null, [1], [1])).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => new WeakSignalSeries("t", null, [], [])).ParamName);
        Assert.Equal("exposures", Assert.Throws<ArgumentException>(() => new WeakSignalSeries("t", null, [1, 2], [5])).ParamName);
        Assert.Equal("exposures", Assert.Throws<ArgumentException>(() => new WeakSignalSeries("t", null, [6], [5])).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => new WeakSignalSeries("t", null, ImmutableArray.Create(-1L), [5])).ParamName);
    }
}
