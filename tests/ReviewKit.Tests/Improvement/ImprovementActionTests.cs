using ReviewKit.Improvement;
using ReviewKit.Triage;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

public class ImprovementActionTests
{
    private static readonly LocalDate Start = new(2026, 4, 1);

    [Fact]
    public void Constructor_DeduplicatesAndKeepsOrder()
    {
        var a = new ImprovementAction("a1", "Carrier SLA", ["delivery", "information", "delivery"], Start, ["paris", "paris"], owner: "ops", due: Start.PlusDays(30));
        Assert.Equal(["delivery", "information"], a.ThemeIds.ToArray());
        Assert.Equal(["paris"], a.LocationIds.ToArray());
        Assert.Equal(ImprovementActionStatus.Proposed, a.Status);
        Assert.Equal(string.Empty, a.Notes);
        Assert.True(a.AppliesTo("paris"));
        Assert.False(a.AppliesTo("lyon"));
        Assert.False(a.AppliesTo(null));
        Assert.True(new ImprovementAction("a2", "All", ["delivery"], Start).AppliesTo("lyon"));
    }

    [Fact]
    public void With_CopiesAndEquality()
    {
        var a = new ImprovementAction("a1", "Carrier SLA", ["delivery"], Start);
        var b = a.WithStatus(ImprovementActionStatus.InProgress).WithOwner("ops").WithNotes("Carrier changed.").WithDates(Start, Start.PlusDays(10));
        Assert.Equal(ImprovementActionStatus.InProgress, b.Status);
        Assert.Equal("ops", b.Owner);
        Assert.Equal(Start.PlusDays(10), b.Due);
        Assert.NotEqual(a, b);
        Assert.Equal(a, new ImprovementAction("a1", "Carrier SLA", ["delivery"], Start));
        Assert.True(a == new ImprovementAction("a1", "Carrier SLA", ["delivery"], Start));
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ImprovementAction(" ", "t", ["x"], Start)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new ImprovementAction("a", "", ["x"], Start)).ParamName);
        Assert.Equal("themeIds", Assert.Throws<ArgumentException>(() => new ImprovementAction("a", "t", [], Start)).ParamName);
        Assert.Equal("themeIds", Assert.Throws<ArgumentException>(() => new ImprovementAction("a", "t", [" "], Start)).ParamName);
        Assert.Equal("locationIds", Assert.Throws<ArgumentException>(() => new ImprovementAction("a", "t", ["x"], Start, [""])).ParamName);
        Assert.Equal("due", Assert.Throws<ArgumentException>(() => new ImprovementAction("a", "t", ["x"], Start, due: Start.PlusDays(-1))).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new ImprovementAction("a", "t", ["x"], Start, status: (ImprovementActionStatus)9)).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => new ImprovementAction("a", "t", ["x"], Start, owner: "")).ParamName);
    }

    [Fact]
    public void Propose_TopIrritants_SkippingThemesWithAnOpenAction()
    {
        var at = Instant.FromUtc(2026, 3, 10, 12, 0);
        var stats = Aggregate(
        [
            .. Enumerable.Range(0, 20).Select(i => Obs(at, themes: ["delivery"], severity: Severity.High, id: "d" + i)),
            .. Enumerable.Range(0, 10).Select(i => Obs(at, themes: ["service"], severity: Severity.Medium)),
            .. Enumerable.Range(0, 5).Select(i => Obs(at, themes: ["price"], severity: Severity.Low)),
        ]).Total();
        var ranking = IrritantRanking.Rank(stats);
        var existing = new[]
        {
            new ImprovementAction("x", "Train staff", ["service"], Start, status: ImprovementActionStatus.InProgress),
            new ImprovementAction("y", "Old price action", ["price"], Start, status: ImprovementActionStatus.Done),
        };

        var backlog = ImprovementBacklog.Propose(ranking, Start, maxItems: 2, existing: existing);

        Assert.Equal(["delivery", "price"], backlog.Select(a => a.ThemeIds.Single()));
        Assert.All(backlog, a => Assert.Equal(ImprovementActionStatus.Proposed, a.Status));
        Assert.Equal("proposed-delivery-20260401", backlog[0].Id);
        // Same severity and instant: the example is the largest id in ordinal order.
        Assert.Contains("Example review: d9.", backlog[0].Notes, StringComparison.Ordinal);
        Assert.Equal("paris", Assert.Single(ImprovementBacklog.Propose(ranking, Start, 1, "paris")[0].LocationIds));
    }

    [Fact]
    public void Propose_InvalidArguments_Throw()
    {
        Assert.Equal("ranking", Assert.Throws<ArgumentNullException>(() => ImprovementBacklog.Propose(null!, Start)).ParamName);
        var ranking = IrritantRanking.Rank(ReviewStatistics.Empty);
        Assert.Equal("maxItems", Assert.Throws<ArgumentOutOfRangeException>(() => ImprovementBacklog.Propose(ranking, Start, 0)).ParamName);
    }
}
