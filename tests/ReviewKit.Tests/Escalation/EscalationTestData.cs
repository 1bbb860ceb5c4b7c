using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Escalation;

/// <summary>Cases, SLA clocks and engines for the escalation tests. Every clock counts calendar hours unless told.</summary>
internal static class EscalationTestData
{
    /// <summary>First public reply 24 h / 48 h, first private contact 48 h / 72 h, next reply 24 h / 48 h, resolution 5 d / 10 d paused while waiting.</summary>
    public static readonly SlaPolicy Policy = SlaPolicy.Default;

    public static readonly SlaEvaluator Clocks = new(Policy);

    public static Instant H(double hours) => T0 + Duration.FromMinutes(hours * 60);

    public static ReviewCase Case(params CaseEvent[] events) => ReviewCase.FromTimeline(TheCaseId, [Opened(), .. events]);

    public static ReviewCase CaseOf(Review review, params CaseEvent[] events) =>
        ReviewCase.FromTimeline(TheCaseId, [new CaseOpened(Id("open"), T0, Actor.System("import"), review), .. events]);

    public static Review ReviewWith(
        double? stars = 1, RatingScale? scale = null, ReviewSource? source = null, string? location = "paris-store", long? audience = null) =>
        new(
            new ReviewId(source ?? ReviewSource.Google, "r-1"),
            T0 - Duration.FromHours(2),
            "Colis jamais reçu.",
            rating: stars is { } s ? new Rating(s, scale ?? RatingScale.FiveStars) : null,
            author: new ReviewAuthor("Jeanne", audienceSize: audience),
            locationId: location);

    public static ReviewAnalysis AnalysisWith(IEnumerable<string>? themes = null, IEnumerable<string>? risks = null) =>
        new(
            LanguageTag.Undetermined, -0.5, 0, 0.5, 0.5,
            (themes ?? []).Select(t => new ThemeMatch(t, 0.9, [new TextSpan(0, 1)])),
            (risks ?? []).Select(r => new RiskMatch(r, [new TextSpan(0, 1)])));

    public static TriageResult TriageOf(Severity severity) => new(true, severity, []);

    public static EscalationContext Context(
        ReviewCase reviewCase, Instant now, TriageResult? triage = null, ReviewAnalysis? analysis = null, int repeat = 0, Duration window = default) =>
        new(reviewCase, Clocks.Evaluate(reviewCase, now), triage, analysis, repeat, window);

    public static EscalationEngine EngineWith(EscalationCondition condition) =>
        new(EscalationRuleSet.CreateBuilder().Add("rule", 1, r => r.When(condition).Notify(EscalationRole.TeamLead)).Build(), Clocks);

    /// <summary>Whether a one-rule engine with this condition fires for the context.</summary>
    public static bool Fires(EscalationCondition condition, in EscalationContext context, Instant now) =>
        EngineWith(condition).Evaluate(in context, now).HasDecisions;

    public static bool Fires(EscalationCondition condition, ReviewCase reviewCase, Instant now) =>
        Fires(condition, Context(reviewCase, now), now);

    public static PublicReplyPosted Reply(double hours, string id = "reply") => new(Id(id), H(hours), Agent, "Nous sommes désolés.");

    public static PrivateContactMade Contact(double hours, string id = "contact") => new(Id(id), H(hours), Agent, ContactChannel.Phone);

    public static WaitingOnCustomerStarted Wait(double hours, string id = "wait") => new(Id(id), H(hours), Agent);

    public static CaseResolved Resolve(double hours, string id = "resolve") => new(Id(id), H(hours), Agent, "Remboursé.");

    public static CaseReopened Reopen(double hours, string id = "reopen") => new(Id(id), H(hours), Agent);

    public static CaseTriaged Triaged(double hours, Severity severity, string id = "triage") => new(Id(id), H(hours), Actor.System("triage"), severity);
}
