using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Improvement;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

/// <summary>Invariants of the analysis steps over random observation sets.</summary>
public class ImprovementPropertyTests
{
    public sealed record Sample(ReviewObservation[] Observations, int Seed)
    {
        public override string ToString() => $"{Observations.Length} observations (seed {Seed})";
    }

    public static Arbitrary<Sample> Samples() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from count in Gen.Choose(0, 400)
         select new Sample(RandomObservations(seed, count), seed)).ToArbitrary();

    private static readonly AggregationOptions Weekly = new(PeriodGranularity.Week);

    [Property(Arbitrary = [typeof(ImprovementPropertyTests)])]
    public bool WeakSignals_NeverThrow_PValuesAreProbabilities_AdjustedNotBelowRaw(Sample s)
    {
        var table = Aggregate(s.Observations, Weekly);
        var report = WeakSignalDetector.Detect(table, new LocalDate(2026, 4, 20), new WeakSignalOptions(baselinePeriods: 4, guardPeriods: 1));
        return report.Results.All(r => r.PValue is >= 0 and <= 1 && r.AdjustedPValue >= r.PValue - 1e-15 && r.AdjustedPValue <= 1
                && (!r.IsSignal || r.IsTested))
            && report.Results.Zip(report.Results.Skip(1), (a, b) => a.PValue <= b.PValue).All(x => x);
    }

    [Property(Arbitrary = [typeof(ImprovementPropertyTests)])]
    public bool IrritantRanking_IsSortedByScore_ParetoEndsAtOne_ScoreIsTheProductOfItsFactors(Sample s)
    {
        var table = Aggregate(s.Observations, new AggregationOptions(PeriodGranularity.Month));
        var ranking = IrritantRanking.Rank(table, new LocalDate(2026, 3, 1));
        var sorted = ranking.Irritants.Zip(ranking.Irritants.Skip(1), (a, b) => a.Score >= b.Score).All(x => x);
        var paretoOk = ranking.Pareto.Count == 0 || Math.Abs(ranking.Pareto[^1].CumulativeShare - 1) < 1e-12;
        var factorsOk = ranking.Irritants.All(i => Math.Abs(i.Score - (i.Count * i.SeverityWeight * i.Trend)) < 1e-9 && i.Trend is >= 0.5 and <= 2);
        return sorted && paretoOk && factorsOk && ranking.Irritants.Select(i => i.Rank).SequenceEqual(Enumerable.Range(1, ranking.Irritants.Count));
    }

    [Property(Arbitrary = [typeof(ImprovementPropertyTests)])]
    public bool EffectIntervals_ContainTheEstimate(Sample s)
    {
        var table = Aggregate(s.Observations, new AggregationOptions(PeriodGranularity.Day));
        var action = new ImprovementAction("a", "x", [.. Themes.Take(2)], new LocalDate(2026, 2, 15));
        var effect = ActionEffectMeasurer.Measure(action, table, new EffectMeasurementOptions(beforeWindow: Period.FromDays(45), afterWindow: Period.FromDays(45), minimumReviews: 0, minimumMentions: 0));
        return effect.Themes.All(t => t.BeforeVolume == 0 || t.AfterVolume == 0
            || (t.DifferenceLower <= t.Difference + 1e-12 && t.Difference <= t.DifferenceUpper + 1e-12
                && t.DifferenceLower >= -1 - 1e-12 && t.DifferenceUpper <= 1 + 1e-12
                && t.RiskRatioLower <= t.RiskRatio && t.RiskRatio <= t.RiskRatioUpper));
    }

    [Property(Arbitrary = [typeof(ImprovementPropertyTests)])]
    public bool EwmaChart_LimitsStayWithinZeroOne_AndAroundTheCentre(Sample s)
    {
        var chart = EwmaChart.ForNegativeShare(Aggregate(s.Observations, Weekly));
        return chart.Points.All(p => p.LowerLimit >= 0 && p.UpperLimit <= 1 && p.LowerLimit <= chart.CenterLine + 1e-12 && chart.CenterLine <= p.UpperLimit + 1e-12);
    }
}
