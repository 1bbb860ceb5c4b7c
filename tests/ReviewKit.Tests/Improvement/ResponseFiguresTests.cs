using ReviewKit.Cases;
using ReviewKit.Improvement;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Improvement;

public class ResponseFiguresTests
{
    private static readonly Instant Day1 = Instant.FromUtc(2026, 3, 1, 0, 0);
    private static readonly Interval March = new(Day1, Instant.FromUtc(2026, 4, 1, 0, 0));

    private static Instant H(double hours) => Day1 + Duration.FromMinutes(hours * 60);

    private static CaseResponseFacts[] Facts() =>
    [
        new(H(0), true, firstPublicReplyAt: H(2), firstPrivateContactAt: H(5), recoveredAt: H(48), agent: "alice", team: "north"),
        new(H(1), true, firstPublicReplyAt: H(11), agent: "alice", team: "north"),
        new(H(2), true, firstPublicReplyAt: H(2 + 800), recoveredAt: H(2 + 96), agent: "bob", team: "south"), // replied in April: still counts
        new(H(3), false, agent: "bob", team: "south"),
        new(H(4), true),
        new(Instant.FromUtc(2026, 4, 1, 0, 0), true, firstPublicReplyAt: Instant.FromUtc(2026, 4, 1, 1, 0)), // April: excluded (end exclusive)
        new(Instant.FromUtc(2026, 2, 28, 23, 0), true, firstPublicReplyAt: H(1)), // February: excluded
    ];

    [Fact]
    public void Compute_UsesPlatformDefinitions()
    {
        var f = ResponseFigures.Compute(Facts(), March);

        Assert.Equal(5, f.ReviewCount);
        Assert.Equal(3, f.RepliedCount);
        Assert.Equal(0.6, f.ResponseRate, 12);
        Assert.Equal(Duration.FromHours(10), f.MedianResponseTime); // 2, 10, 800
        Assert.Equal(Duration.FromHours(812.0 / 3), f.MeanResponseTime!.Value, new DurationComparer());
        Assert.Equal(4, f.NegativeCount);
        Assert.Equal(0.25, f.PrivateContactRate, 12);
        Assert.Equal(2, f.RecoveredCount);
        Assert.Equal(0.5, f.RecoveryRate, 12);
        Assert.Equal(Duration.FromHours(72), f.MedianTimeToRecovery); // (48 + 96) / 2
        Assert.Equal(Duration.FromHours(72), f.MeanTimeToRecovery);
        Assert.Empty(f.Sla);
    }

    [Fact]
    public void ByAgentAndTeam_SplitTheFigures()
    {
        var byAgent = ResponseFigures.ByAgent(Facts(), March);
        Assert.Equal(["alice", "bob"], byAgent.Keys.Order());
        Assert.Equal(1.0, byAgent["alice"].ResponseRate);
        Assert.Equal(Duration.FromHours(6), byAgent["alice"].MeanResponseTime);
        Assert.Equal(0.5, byAgent["bob"].ResponseRate);
        Assert.Equal(1.0, byAgent["bob"].RecoveryRate);

        var byTeam = ResponseFigures.ByTeam(Facts(), March);
        Assert.Equal(2, byTeam["north"].ReviewCount);
    }

    [Fact]
    public void Compute_NothingInPeriod_HasZeroRatesAndNoTimes()
    {
        var f = ResponseFigures.Compute([], March);
        Assert.Equal(0, f.ResponseRate);
        Assert.Null(f.MeanResponseTime);
        Assert.Null(f.MedianTimeToRecovery);
    }

    [Fact]
    public void WithSla_KeepsTalliesPerMetric()
    {
        var f = ResponseFigures.Compute(Facts(), March).WithSla("first-reply", new SlaTally(18, 2)).WithSla("resolution", new SlaTally(0, 0));
        Assert.Equal(0.9, f.Sla["first-reply"].ComplianceRate);
        Assert.Null(f.Sla["resolution"].ComplianceRate);
        Assert.Equal(new SlaTally(19, 3), f.Sla["first-reply"].Plus(new SlaTally(1, 1)));
    }

    [Fact]
    public void FromCase_ReadsReplyContactAssigneeAndRecovery()
    {
        var c = NewCase()
            .Apply(new CaseAssigned(Id("assign"), At(5), Agent, "alice", "north"))
            .Apply(new PublicReplyPosted(Id("reply"), At(30), Agent, "Nous sommes désolés."))
            .Apply(new PrivateContactMade(Id("call"), At(60), Agent, ContactChannel.Phone))
            .Apply(new CaseResolved(Id("res"), At(120), Agent, "Remboursé."))
            .Apply(new ReviewRevised(Id("rev"), At(600), Actor.System("import"), Review(stars: 4, updatedAt: At(600))));

        var facts = CaseResponseFacts.FromCase(c);

        Assert.True(facts.IsNegative);
        Assert.Equal(c.Revisions[0].PublishedAt, facts.ReceivedAt);
        Assert.Equal(At(30), facts.FirstPublicReplyAt);
        Assert.Equal(At(60), facts.FirstPrivateContactAt);
        Assert.Equal(At(600), facts.RecoveredAt);
        Assert.Equal("alice", facts.Agent);
        Assert.Equal("north", facts.Team);
    }

    [Fact]
    public void Arguments_AreValidated()
    {
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => ResponseFigures.Compute(null!, March)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentException>(() => ResponseFigures.Compute([default], March)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => ResponseFigures.ByAgent(null!, March)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => ResponseFigures.ByTeam(null!, March)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentException>(() => ResponseFigures.Compute([], March).WithSla(" ", default)).ParamName);
        Assert.Equal("firstPublicReplyAt", Assert.Throws<ArgumentException>(() => new CaseResponseFacts(H(5), true, firstPublicReplyAt: H(4))).ParamName);
        Assert.Equal("recoveredAt", Assert.Throws<ArgumentException>(() => new CaseResponseFacts(H(5), false, recoveredAt: H(6))).ParamName);
        Assert.Equal("agent", Assert.Throws<ArgumentException>(() => new CaseResponseFacts(H(5), false, agent: "")).ParamName);
        Assert.Equal("achieved", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTally(-1, 0)).ParamName);
        Assert.Equal("reviewCase", Assert.Throws<ArgumentNullException>(() => CaseResponseFacts.FromCase(null!)).ParamName);
    }

    private sealed class DurationComparer : IEqualityComparer<Duration>
    {
        public bool Equals(Duration x, Duration y) => Math.Abs((x - y).BclCompatibleTicks) <= 1;

        public int GetHashCode(Duration obj) => 0;
    }
}
