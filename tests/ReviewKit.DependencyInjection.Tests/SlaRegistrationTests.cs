using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.DependencyInjection.Tests;

public class SlaRegistrationTests
{
    [Fact]
    public void AddReviewKit_RegistersAnSlaEvaluatorWithTheDefaultPolicy()
    {
        using var provider = new ServiceCollection().AddReviewKit().BuildServiceProvider();

        var evaluator = provider.GetRequiredService<SlaEvaluator>();

        Assert.Same(SlaPolicy.Default, evaluator.DefaultPolicy);
        Assert.Empty(evaluator.Rules);
        Assert.Same(evaluator, provider.GetRequiredService<SlaEvaluator>());
    }

    [Fact]
    public void AddReviewKit_TheHostsSlaEvaluatorWins()
    {
        var policy = new SlaPolicy("fast", new SlaTarget(Duration.FromHours(4), Duration.FromHours(8)));
        var own = new SlaEvaluator(policy);

        using var provider = new ServiceCollection().AddSingleton(own).AddReviewKit().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<SlaEvaluator>());
    }

    private const string Configured = """
        { "ReviewKit": {
          "Calendars": { "office": { "TimeZone": "UTC", "Week": { "Monday": ["09:00-17:00"], "Tuesday": ["09:00-17:00"] } } },
          "Sla": {
            "Policies": {
              "store": {
                "FirstPublicReply": { "Goal": "08:00:00", "Limit": "16:00:00", "Calendar": "office", "WarningPercentages": [ 25 ], "DueWithin": [ "01:00:00" ] },
                "Resolution": { "Goal": "5.00:00:00", "Limit": "10.00:00:00", "PausedWhile": [ "waitingOnCustomer", "Closed" ] }
              },
              "vip": { "FirstPublicReply": { "Goal": "02:00:00", "Calendar": "always-open" }, "NextReply": { "Goal": "04:00:00", "PausedWhile": [ "None" ] } }
            },
            "Rules": [
              { "Policy": "vip", "MinimumSeverity": "critical" },
              { "Policy": "store", "Channel": "google", "Location": "paris-store", "MinimumPriority": "Normal" },
              { "Policy": "default", "Channel": "trustpilot" }
            ],
            "DefaultPolicy": "store"
          } } }
        """;

    private static readonly Instant Monday = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static ReviewCase Case(ReviewSource source, string? location, params CaseEvent[] events)
    {
        var review = new Review(new ReviewId(source, "r-1"), Monday, "Colis jamais reçu.", locationId: location);
        return ReviewCase.FromTimeline(new CaseId("case-1"), [new CaseOpened(new CaseEventId("open"), Monday, Actor.System("import"), review), .. events]);
    }

    [Fact]
    public void AddReviewKit_SlaSection_BindsPoliciesRulesAndDefault()
    {
        using var provider = new ServiceCollection().AddReviewKit(Json(Configured).GetSection("ReviewKit")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var evaluator = provider.GetRequiredService<SlaEvaluator>();

        Assert.Equal("store", evaluator.DefaultPolicy.Name);
        Assert.Equal(["vip", "store", "default"], evaluator.Rules.Select(r => r.Policy.Name));
        Assert.Same(SlaPolicy.Default, evaluator.Rules[2].Policy);
        var store = evaluator.DefaultPolicy;
        var reply = store.GetTarget(SlaMetric.FirstPublicReply)!;
        Assert.Equal((Duration.FromHours(8), Duration.FromHours(16), "office"), (reply.Goal, reply.Limit, reply.CalendarName));
        Assert.Equal([0.25], reply.WarningFractions);
        Assert.Equal([Duration.FromHours(1)], reply.DueWithin);
        Assert.Equal([CaseStatus.WaitingOnCustomer, CaseStatus.Closed], store.GetTarget(SlaMetric.Resolution)!.PausedWhile);
        Assert.Null(store.GetTarget(SlaMetric.NextReply));
        var vip = evaluator.Rules[0].Policy;
        Assert.Equal(Duration.FromHours(2), vip.GetTarget(SlaMetric.FirstPublicReply)!.Limit); // the limit defaults to the goal
        Assert.Null(vip.GetTarget(SlaMetric.FirstPublicReply)!.CalendarName);
        Assert.Empty(vip.GetTarget(SlaMetric.NextReply)!.PausedWhile);
        Assert.Equal((Severity?)Severity.Critical, evaluator.Rules[0].MinimumSeverity);
        Assert.Equal(ReviewSource.Google, evaluator.Rules[1].Channel);
    }

    [Fact]
    public void AddReviewKit_SlaSection_EvaluatorCountsInTheNamedCalendarAndSelectsByRule()
    {
        using var provider = new ServiceCollection().AddReviewKit(Json(Configured).GetSection("ReviewKit")).BuildServiceProvider();
        var evaluator = provider.GetRequiredService<SlaEvaluator>();

        // Store policy, office calendar (Monday and Tuesday 09:00-17:00 UTC): Monday 09:00 to Tuesday 11:00 is 10 business hours.
        var store = evaluator.Evaluate(Case(ReviewSource.Google, "paris-store"), Instant.FromUtc(2026, 3, 3, 11, 0));
        Assert.Equal("store", store.Policy.Name);
        Assert.Equal(Duration.FromHours(10), store.FirstPublicReply.Elapsed);
        Assert.Equal(Instant.FromUtc(2026, 3, 2, 17, 0), store.FirstPublicReply.DueAt); // the goal runs out at Monday's closing

        var trustpilot = evaluator.Evaluate(Case(ReviewSource.Trustpilot, null), Monday + Duration.FromHours(1));
        Assert.Same(SlaPolicy.Default, trustpilot.Policy);

        var critical = Case(ReviewSource.Google, "paris-store", new CaseTriaged(new CaseEventId("t"), Monday, Actor.Agent("a"), Severity.Critical));
        Assert.Equal("vip", evaluator.SelectPolicy(critical).Name);
    }

    [Fact]
    public void AddReviewKit_InvalidSlaSection_FailsAtStartUpNamingPathFieldAndRule()
    {
        const string json = """
            { "ReviewKit": {
              "Calendars": { "office": { "TimeZone": "UTC", "Week": { "Monday": ["09:00-17:00"] } } },
              "Sla": {
                "Policies": {
                  "store": {
                    "FirstPublicReply": { "Goal": "08:00:00", "Limit": "04:00:00", "Calendar": "lyon" },
                    "Resolution": { "Limit": "1.00:00:00", "PausedWhile": [ "Sleeping" ], "WarningPercentages": [ 120 ] }
                  },
                  "empty": { "EffectiveFrom": "yesterday" }
                },
                "Rules": [ { "Policy": "vipp" }, { "Policy": "store", "MinimumSeverity": "Huge", "Channel": "not a channel" } ],
                "DefaultPolicy": "nope"
              } } }
            """;
        using var provider = new ServiceCollection().AddReviewKit(Json(json).GetSection("ReviewKit")).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        string[] expected =
        [
            "ReviewKit:Sla:Policies:store:FirstPublicReply:Limit: 04:00:00 is under the goal 08:00:00; the limit is at least the goal (policy 'store').",
            "ReviewKit:Sla:Policies:store:FirstPublicReply:Calendar: 'lyon' is not a configured calendar (configured: office; 'always-open' counts calendar hours) (policy 'store').",
            "ReviewKit:Sla:Policies:store:Resolution:Goal: a goal is required (policy 'store').",
            "ReviewKit:Sla:Policies:store:Resolution:WarningPercentages:0: 120 is not a percentage of the goal in (0, 100] (policy 'store').",
            "ReviewKit:Sla:Policies:store:Resolution:PausedWhile:0: 'Sleeping' is not a case state (Open, InProgress, WaitingOnCustomer, Resolved, Closed, or None alone) (policy 'store').",
            "ReviewKit:Sla:Policies:empty:EffectiveFrom: 'yesterday' is not an ISO 8601 instant in UTC such as 2026-12-01T00:00:00Z (policy 'empty').",
            "ReviewKit:Sla:Policies:empty: the policy has no target; give at least one of FirstPublicReply, FirstPrivateContact, NextReply, Resolution (policy 'empty').",
            "ReviewKit:Sla:DefaultPolicy: 'nope' is not a configured policy (known: default, empty, store).",
            "ReviewKit:Sla:Rules:0:Policy: 'vipp' is not a configured policy (known: default, empty, store) (rule 0).",
            "ReviewKit:Sla:Rules:1:MinimumSeverity: 'Huge' is not a severity (Low, Medium, High, Critical) (rule 1).",
            "ReviewKit:Sla:Rules:1:Channel: 'not a channel' is not a channel name (1 to 64 ASCII letters, digits, '-', '_', '.') (rule 1).",
        ];
        Assert.All(expected, f => Assert.Contains(f, e.Failures)); // every failure at once
        Assert.Equal(expected.Length, e.Failures.Count());
    }

    [Fact]
    public void SlaEvaluatorFromOptions_ArgumentsAndInvalidOptions_Throw()
    {
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => SlaEvaluator.FromOptions(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => SlaEvaluator.FromOptions(new SlaOptions(), null, null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => SlaEvaluator.Validate(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => SlaEvaluator.Validate(new SlaOptions(), null!)).ParamName);
        var invalid = new SlaOptions { DefaultPolicy = "missing" };
        var e = Assert.Throws<ArgumentException>(() => SlaEvaluator.FromOptions(invalid));
        Assert.Equal("options", e.ParamName);
        Assert.Contains("ReviewKit:Sla:DefaultPolicy: 'missing' is not a configured policy", e.Message, StringComparison.Ordinal);
        Assert.Same(SlaPolicy.Default, SlaEvaluator.FromOptions(new SlaOptions()).DefaultPolicy);
    }
}
