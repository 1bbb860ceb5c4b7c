using ReviewKit.Improvement;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Improvement.Report;

public class QualityReportTests
{
    private static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static QualityReport NewReport() =>
        new("Quality meeting, March 2026", March, Paris, ReportScope.All, new ReportHeadline(120, 0.25, 0.7, 0.9, Duration.FromHours(20), 0.1));

    private static IrritantParetoRow Irritant(string id, double share, double cumulative) =>
        new(id, id.ToUpperInvariant(), 10, share, cumulative, 1.5, IrritantTrend.Rising, "quiet rooms", ["too noisy"]);

    private static NegativeShareWeek Week(LocalDate start) => new(start, 30, 0.3, 0.25, 0.1, 0.4, false);

    [Fact]
    public void Constructor_ValidArguments_SectionsStartEmpty()
    {
        var report = NewReport();

        Assert.Equal("Quality meeting, March 2026", report.Title);
        Assert.Equal(March, report.Period);
        Assert.Equal("Europe/Paris", report.Zone.Id);
        Assert.Empty(report.Irritants);
        Assert.Empty(report.NegativeShareWeeks);
        Assert.Empty(report.SlaCompliance);
        Assert.Empty(report.ResponseFigures);
        Assert.Empty(report.Actions);
        Assert.Empty(report.WeakSignals);
    }

    [Fact]
    public void Constructor_InvalidArguments_ThrowNamingTheParameter()
    {
        var headline = new ReportHeadline(1, 0);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new QualityReport(" ", March, Paris, ReportScope.All, headline)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new QualityReport(null!, March, Paris, ReportScope.All, headline)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => new QualityReport("t", null!, Paris, ReportScope.All, headline)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new QualityReport("t", March, null!, ReportScope.All, headline)).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentNullException>(() => new QualityReport("t", March, Paris, null!, headline)).ParamName);
        Assert.Equal("headline", Assert.Throws<ArgumentNullException>(() => new QualityReport("t", March, Paris, ReportScope.All, null!)).ParamName);
    }

    [Fact]
    public void WithIrritants_ReturnsCopy_LeavesOriginalUnchanged()
    {
        var report = NewReport();
        var withRows = report.WithIrritants([Irritant("noise", 0.5, 0.5), Irritant("wifi", 0.3, 0.8)]);

        Assert.Empty(report.Irritants);
        Assert.Equal(["noise", "wifi"], withRows.Irritants.Select(r => r.ThemeId));
        Assert.NotEqual(report, withRows);
        Assert.Equal(withRows, NewReport().WithIrritants([Irritant("noise", 0.5, 0.5), Irritant("wifi", 0.3, 0.8)]));
    }

    [Fact]
    public void WithIrritants_PerLocation_SameThemeInEachPareto_CumulativeRestartsPerLocation()
    {
        static IrritantParetoRow At(string location, string id, double share, double cumulative) =>
            new(id, id, 10, share, cumulative, 1, locationId: location);

        var report = NewReport().WithIrritants([At("paris", "noise", 0.6, 0.6), At("paris", "wifi", 0.4, 1), At("lyon", "noise", 0.7, 0.7), At("lyon", "wifi", 0.3, 1)]);

        Assert.Equal(["paris", "paris", "lyon", "lyon"], report.Irritants.Select(r => r.LocationId));
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => NewReport().WithIrritants([At("paris", "noise", 0.6, 0.6), At("lyon", "noise", 0.7, 0.7), At("paris", "wifi", 0.4, 1)])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => NewReport().WithIrritants([At("paris", "noise", 0.6, 0.6), At("paris", "noise", 0.4, 1)])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => NewReport().WithIrritants([At("lyon", "noise", 0.7, 0.7), At("lyon", "wifi", 0.1, 0.5)])).ParamName);
    }

    [Fact]
    public void WithIrritants_RepeatedThemeOrDecreasingCumulativeShare_Throws()
    {
        var report = NewReport();
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => report.WithIrritants([Irritant("a", 0.2, 0.2), Irritant("a", 0.1, 0.3)])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => report.WithIrritants([Irritant("a", 0.5, 0.6), Irritant("b", 0.1, 0.5)])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => report.WithIrritants([Irritant("a", 0.5, 0.6), null!])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => report.WithIrritants(null!)).ParamName);
    }

    [Fact]
    public void WithNegativeShareWeeks_WeeksNotIncreasing_Throws()
    {
        var report = NewReport();
        var monday = new LocalDate(2026, 3, 2);
        Assert.Equal("weeks", Assert.Throws<ArgumentException>(() => report.WithNegativeShareWeeks([Week(monday), Week(monday)])).ParamName);
        Assert.Equal("weeks", Assert.Throws<ArgumentException>(() => report.WithNegativeShareWeeks([Week(monday.PlusWeeks(1)), Week(monday)])).ParamName);
        Assert.Equal(2, report.WithNegativeShareWeeks([Week(monday), Week(monday.PlusWeeks(1))]).NegativeShareWeeks.Length);
    }

    [Fact]
    public void WithOtherSections_NullRows_ThrowNamingTheParameter()
    {
        var report = NewReport();
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => report.WithSlaCompliance(null!)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => report.WithResponseFigures(null!)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => report.WithActions(null!)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => report.WithWeakSignals(null!)).ParamName);
        Assert.Equal("weeks", Assert.Throws<ArgumentNullException>(() => report.WithNegativeShareWeeks(null!)).ParamName);
    }

    [Fact]
    public void ToString_ShowsTitlePeriodAndZone() =>
        Assert.Equal("Quality meeting, March 2026 (2026-03-01..2026-03-31, Europe/Paris)", NewReport().ToString());

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.PositiveInfinity)]
    public void ReportHeadline_ShareOutsideUnitInterval_Throws(double share)
    {
        Assert.Equal("negativeShare", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeadline(1, share)).ParamName);
        Assert.Equal("averageNormalizedRating", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeadline(1, 0, share)).ParamName);
        Assert.Equal("responseRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeadline(1, 0, null, share)).ParamName);
        Assert.Equal("recoveryRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeadline(1, 0, recoveryRate: share)).ParamName);
    }

    [Fact]
    public void ReportHeadline_NegativeCountOrDuration_Throws()
    {
        Assert.Equal("reviewCount", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeadline(-1, 0)).ParamName);
        Assert.Equal("medianResponseTime", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeadline(1, 0, medianResponseTime: Duration.FromSeconds(-1))).ParamName);
    }

    [Fact]
    public void ReportScope_DuplicatesOrBlanks_Throw()
    {
        Assert.Equal("locations", Assert.Throws<ArgumentException>(() => new ReportScope(["a", "a"], [])).ParamName);
        Assert.Equal("locations", Assert.Throws<ArgumentException>(() => new ReportScope([""], [])).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => new ReportScope([], [ReviewSource.Google, ReviewSource.Google])).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => new ReportScope([], [default])).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentNullException>(() => new ReportScope([], null!)).ParamName);
        Assert.Equal(new ReportScope(["Arena"], [ReviewSource.Booking]), new ReportScope(["Arena"], [ReviewSource.Booking]));
    }

    [Fact]
    public void IrritantParetoRow_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("themeId", Assert.Throws<ArgumentException>(() => new IrritantParetoRow("", "l", 1, 0.1, 0.1, 1)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => new IrritantParetoRow("t", null!, 1, 0.1, 0.1, 1)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantParetoRow("t", "l", -1, 0.1, 0.1, 1)).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantParetoRow("t", "l", 1, double.NaN, 0.1, 1)).ParamName);
        Assert.Equal("cumulativeShare", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantParetoRow("t", "l", 1, 0.5, 0.4, 1)).ParamName);
        Assert.Equal("severityWeight", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantParetoRow("t", "l", 1, 0.1, 0.1, -1)).ParamName);
        Assert.Equal("trend", Assert.Throws<ArgumentOutOfRangeException>(() => new IrritantParetoRow("t", "l", 1, 0.1, 0.1, 1, (IrritantTrend)99)).ParamName);
        Assert.Equal("unmetNeed", Assert.Throws<ArgumentException>(() => new IrritantParetoRow("t", "l", 1, 0.1, 0.1, 1, unmetNeed: " ")).ParamName);
        Assert.Equal("exampleQuotes", Assert.Throws<ArgumentException>(() => new IrritantParetoRow("t", "l", 1, 0.1, 0.1, 1, exampleQuotes: Enumerable.Repeat("q", 21))).ParamName);
    }

    [Fact]
    public void NegativeShareWeek_LimitsNotAroundCentre_Throw()
    {
        var day = new LocalDate(2026, 3, 2);
        Assert.Equal("lowerControlLimit", Assert.Throws<ArgumentOutOfRangeException>(() => new NegativeShareWeek(day, 1, 0.2, 0.2, 0.3, 0.4, false)).ParamName);
        Assert.Equal("upperControlLimit", Assert.Throws<ArgumentOutOfRangeException>(() => new NegativeShareWeek(day, 1, 0.2, 0.2, 0.1, 0.1, false)).ParamName);
        Assert.Equal("negativeShare", Assert.Throws<ArgumentOutOfRangeException>(() => new NegativeShareWeek(day, 1, 2, 0.2, 0.1, 0.3, false)).ParamName);
        Assert.Equal("reviewCount", Assert.Throws<ArgumentOutOfRangeException>(() => new NegativeShareWeek(day, -1, 0.2, 0.2, 0.1, 0.3, false)).ParamName);
        Assert.Equal(Week(day), Week(day));
    }

    [Fact]
    public void SlaComplianceRow_ComputesRateAndValidates()
    {
        var row = new SlaComplianceRow("First reply", 3, 1, Duration.FromHours(5), Duration.FromHours(30));
        Assert.Equal(4, row.Total);
        Assert.Equal(0.75, row.ComplianceRate);
        Assert.Null(new SlaComplianceRow("First reply", 0, 0).ComplianceRate);
        Assert.Equal("p90Duration", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceRow("m", 1, 1, Duration.FromHours(5), Duration.FromHours(4))).ParamName);
        Assert.Equal("achieved", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceRow("m", -1, 1)).ParamName);
        Assert.Equal("breached", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceRow("m", 1, -1)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentException>(() => new SlaComplianceRow("", 1, 1)).ParamName);
    }

    [Fact]
    public void ResponseFiguresRow_InvalidArguments_Throw()
    {
        Assert.Equal("responder", Assert.Throws<ArgumentException>(() => new ResponseFiguresRow("", ResponderKind.Agent, 1)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseFiguresRow("a", (ResponderKind)5, 1)).ParamName);
        Assert.Equal("caseCount", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseFiguresRow("a", ResponderKind.Team, -2)).ParamName);
        Assert.Equal("privateContactRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseFiguresRow("a", ResponderKind.Team, 2, privateContactRate: 1.5)).ParamName);
    }

    [Fact]
    public void ActionEffectRow_ConfidenceIntervalRules_AreChecked()
    {
        var start = new LocalDate(2026, 2, 1);
        var row = new ActionEffectRow("Insulation", ["noise"], start, "Improved", 100, 90, 0.3, 0.1, -0.2, -0.3, -0.1);
        Assert.Equal(-0.2, row.Effect);
        Assert.Equal("themeIds", Assert.Throws<ArgumentException>(() => new ActionEffectRow("a", [], start, "v", 1, 1)).ParamName);
        Assert.Equal("effectUpper", Assert.Throws<ArgumentException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, effect: 0, effectLower: -1)).ParamName);
        Assert.Equal("effect", Assert.Throws<ArgumentException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, effectLower: -1, effectUpper: 1)).ParamName);
        Assert.Equal("averageRatingBefore", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, averageRatingBefore: 1.5)).ParamName);
        Assert.Equal("averageRatingAfter", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, averageRatingAfter: double.NaN)).ParamName);
        Assert.Equal("recoveryRateBefore", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, recoveryRateBefore: -0.1)).ParamName);
        Assert.Equal("recoveryRateAfter", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, recoveryRateAfter: 2)).ParamName);
        Assert.NotEqual(new ActionEffectRow("a", ["t"], start, "v", 1, 1, averageRatingBefore: 0.5), new ActionEffectRow("a", ["t"], start, "v", 1, 1, averageRatingBefore: 0.6));
        Assert.Equal("effectLower", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, effect: 0, effectLower: 0.1, effectUpper: 1)).ParamName);
        Assert.Equal("effectUpper", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, effect: 0, effectLower: -0.1, effectUpper: -0.05)).ParamName);
        Assert.Equal("effect", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, effect: double.NaN)).ParamName);
        Assert.Equal("incidenceAfter", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", 1, 1, 0.1, -0.1)).ParamName);
        Assert.Equal("verdict", Assert.Throws<ArgumentException>(() => new ActionEffectRow("a", ["t"], start, " ", 1, 1)).ParamName);
        Assert.Equal("sampleSizeBefore", Assert.Throws<ArgumentOutOfRangeException>(() => new ActionEffectRow("a", ["t"], start, "v", -1, 1)).ParamName);
    }

    [Fact]
    public void WeakSignalRow_InvalidArguments_Throw()
    {
        Assert.Equal("seriesName", Assert.Throws<ArgumentException>(() => new WeakSignalRow(" ", 1, 1, 0.5)).ParamName);
        Assert.Equal("observed", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalRow("s", -1, 1, 0.5)).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalRow("s", 1, double.NaN, 0.5)).ParamName);
        Assert.Equal("pValue", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalRow("s", 1, 1, 1.5)).ParamName);
        Assert.Equal("qValue", Assert.Throws<ArgumentOutOfRangeException>(() => new WeakSignalRow("s", 1, 1, 0.5, -0.5)).ParamName);
        Assert.Equal(new WeakSignalRow("s", 8, 3, 0.01, 0.04), new WeakSignalRow("s", 8, 3, 0.01, 0.04));
        Assert.NotEqual(new WeakSignalRow("s", 8, 3, 0.01, 0.04), new WeakSignalRow("s", 8, 3, 0.01, 0.05));
    }
}
