using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.DependencyInjection.Tests;

public class EscalationRegistrationTests
{
    private const string IssueRules = """
        { "ReviewKit": { "Escalation": {
          "DigestWindow": "00:15:00",
          "Rules": [
            { "Id": "first-reply", "Level": 1, "Metric": "FirstPublicReply", "Notify": [ "TeamLead" ] },
            { "Id": "first-reply", "Level": 2, "Metric": "FirstPublicReply", "Notify": [ "Manager" ], "RaisePriority": "High" },
            { "Id": "resolution", "Level": 1, "Metric": "Resolution", "DueWithin": "04:00:00", "MinimumSeverity": "High", "Notify": [ "TeamLead" ] },
            { "Id": "legal", "Risks": [ "legal_threat", "health_safety" ], "Notify": [ "Legal", "Communications" ],
              "Recipients": [ "legal@example.com" ], "MoveToQueue": "legal-desk", "RequireApproval": [ "Reply" ], "StopProcessing": true, "Order": -1 },
            { "Id": "silent", "NoPrivateContactAfterPublicReply": "1.00:00:00", "Notify": [ "Agent" ] }
          ] } } }
        """;

    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static ReviewCase NewCase(string id = "case-1") => ReviewCase.Open(
        new CaseId(id),
        new CaseOpened(new CaseEventId("open"), T0, Actor.System("import"), new Review(new ReviewId(ReviewSource.Google, "r-1"), T0, "Colis jamais reçu.", rating: new Rating(1, RatingScale.FiveStars))));

    [Fact]
    public void AddReviewKit_JsonRules_ServesTheSameRulesAsTheBuilder()
    {
        using var provider = new ServiceCollection().AddReviewKit(Json(IssueRules).GetSection("ReviewKit")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var expected = EscalationRuleSet.CreateBuilder()
            .Add("first-reply", 1, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.TeamLead))
            .Add("first-reply", 2, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.Manager).RaisePriority(CasePriority.High))
            .Add("resolution", 1, r => r.WhenDueWithin(SlaMetric.Resolution, Duration.FromHours(4)).WhenSeverityAtLeast(Severity.High).Notify(EscalationRole.TeamLead))
            .Add("legal", 1, r => r
                .WhenAnyRisk("legal_threat", "health_safety")
                .Notify(EscalationRole.Legal, EscalationRole.Communications).NotifyRecipients("legal@example.com")
                .MoveToQueue("legal-desk").RequireApproval(ApprovalSubject.Reply).StopProcessing().WithOrder(-1))
            .Add("silent", 1, r => r.WhenNoPrivateContactAfterPublicReply(Duration.FromDays(1)).Notify(EscalationRole.Agent))
            .Build();
        var engine = provider.GetRequiredService<IEscalationEngine>();

        Assert.Equal(expected, engine.Rules);
        Assert.Equal("legal", engine.Rules.Rules[0].Id);
        Assert.Same(engine, provider.GetRequiredService<IEscalationEngine>());
        Assert.NotNull(provider.GetRequiredService<EscalationDispatcher>());
        Assert.Equal(TimeSpan.FromMinutes(15), provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value.Escalation.DigestWindow);
    }

    [Fact]
    public void Evaluate_FromDi_ComputesTheSlaWithTheDefaultPolicy()
    {
        using var provider = new ServiceCollection().AddReviewKit(Json(IssueRules).GetSection("ReviewKit")).BuildServiceProvider();
        var engine = provider.GetRequiredService<IEscalationEngine>();

        var result = engine.Evaluate(new EscalationContext(NewCase()), T0 + Duration.FromHours(13));

        Assert.Equal(["first-reply"], result.Decisions.Select(d => d.RuleId));
        Assert.Equal(T0 + Duration.FromHours(18), result.NextEvaluationAt);
    }

    [Fact]
    public void AddReviewKit_InvalidRules_FailsAtStartNamingPathRuleAndField()
    {
        const string invalid = """
            { "ReviewKit": { "Escalation": { "Rules": [
              { "Id": "ok", "Notify": [ "TeamLead" ] },
              { "Id": "x", "Metric": "Firstreply", "Notify": [ "TeamLead" ] },
              { "Id": "y", "Level": 2, "Metric": "Resolution", "Threshold": 150, "Notify": [ "Boss" ] },
              { "Id": "z", "Level": 3, "MinimumSeverity": "High" },
              { "Id": "ok", "Notify": [ "Manager" ] }
            ] } } }
            """;
        using var provider = new ServiceCollection().AddReviewKit(Json(invalid).GetSection("ReviewKit")).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(e.Failures, f => f.StartsWith("ReviewKit:Escalation:Rules:1:Metric: 'Firstreply' is not a metric", StringComparison.Ordinal) && f.Contains("(rule 'x', level 1)", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("ReviewKit:Escalation:Rules:2:Threshold: 150 is above 100% of the goal", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("ReviewKit:Escalation:Rules:2:Notify:0: 'Boss' is not a role", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("ReviewKit:Escalation:Rules:3:Notify: the level has no actions", StringComparison.Ordinal) && f.Contains("(rule 'z', level 3)", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("ReviewKit:Escalation:Rules:4:Level: the rule 'ok' level 1 is already defined at ReviewKit:Escalation:Rules:0", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_ConfigurationReload_RecompilesAndKeepsTheRulesOnAnInvalidReload()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewKit:Escalation:Rules:0:Id"] = "critical",
            ["ReviewKit:Escalation:Rules:0:MinimumSeverity"] = "Critical",
            ["ReviewKit:Escalation:Rules:0:Notify:0"] = "Manager",
        }).Build();
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();
        var engine = provider.GetRequiredService<IEscalationEngine>();
        Assert.Equal(EscalationCondition.SeverityAtLeast(Severity.Critical), engine.Rules.Rules.Single().Conditions.Single());

        configuration["ReviewKit:Escalation:Rules:0:MinimumSeverity"] = "High";
        configuration.Reload();
        Assert.Equal(EscalationCondition.SeverityAtLeast(Severity.High), engine.Rules.Rules.Single().Conditions.Single());

        configuration["ReviewKit:Escalation:Rules:0:Notify:0"] = "Nobody";
        // The options monitor reports the invalid reload to the caller of Reload; the engine keeps its rules.
        var e = Assert.Throws<AggregateException>(configuration.Reload);
        Assert.IsType<OptionsValidationException>(e.InnerException);

        Assert.Equal(EscalationCondition.SeverityAtLeast(Severity.High), engine.Rules.Rules.Single().Conditions.Single());
    }

    [Fact]
    public void AddReviewKit_Twice_RegistersOneEngine()
    {
        var services = new ServiceCollection().AddReviewKit().AddReviewKit(Json(IssueRules).GetSection("ReviewKit"));

        Assert.Single(services, d => d.ServiceType == typeof(IEscalationEngine));
        Assert.Single(services, d => d.ServiceType == typeof(EscalationDispatcher));
    }

    /// <summary>Random rule parameters, rendered both as JSON configuration and as builder calls.</summary>
    public sealed record RuleSpec(string Metric, int Level, int? Threshold, int? DueWithinHours, string? Severity, string[] Roles, string? Priority, int? SilentHours)
    {
        public string Json => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{ "Id": "r", "Level": {{Level}}, "Metric": "{{Metric}}"{{(Threshold is { } t ? $", \"Threshold\": {t}" : "")}}{{(DueWithinHours is { } d ? $", \"DueWithin\": \"{TimeSpan.FromHours(d):c}\"" : "")}}{{(Severity is { } s ? $", \"MinimumSeverity\": \"{s}\"" : "")}}{{(SilentHours is { } h ? $", \"NoPrivateContactAfterPublicReply\": \"{TimeSpan.FromHours(h):c}\"" : "")}}, "Notify": [{{string.Join(", ", Roles.Select(r => $"\"{r}\""))}}]{{(Priority is { } p ? $", \"RaisePriority\": \"{p}\"" : "")}} }""");

        public void Configure(EscalationRuleBuilder r)
        {
            var metric = Enum.Parse<SlaMetric>(Metric);
            if (Threshold is not null || DueWithinHours is null)
            {
                r.WhenGoalUsed(metric, Threshold);
            }

            if (DueWithinHours is { } d)
            {
                r.WhenDueWithin(metric, Duration.FromHours(d));
            }

            if (Severity is { } s)
            {
                r.WhenSeverityAtLeast(Enum.Parse<Severity>(s));
            }

            if (SilentHours is { } h)
            {
                r.WhenNoPrivateContactAfterPublicReply(Duration.FromHours(h));
            }

            r.Notify(Roles.Select(Enum.Parse<EscalationRole>));
            if (Priority is { } p)
            {
                r.RaisePriority(Enum.Parse<CasePriority>(p));
            }
        }
    }

    public static Arbitrary<RuleSpec[]> Specs() =>
        (from count in Gen.Choose(1, 4)
         from specs in Gen.ArrayOf(
             from metric in Gen.Elements(Enum.GetNames<SlaMetric>())
             from level in Gen.Choose(1, 3)
             from threshold in Gen.Elements<int?>(null, 10, 50, 66, 90, 100)
             from due in Gen.Elements<int?>(null, null, 1, 6)
             from severity in Gen.Elements<string?>(null, "Medium", "Critical")
             from roles in Gen.SubListOf(Enum.GetNames<EscalationRole>()).Where(l => l.Count > 0)
             from priority in Gen.Elements<string?>(null, "High", "Urgent")
             from silent in Gen.Elements<int?>(null, 2, 30)
             select new RuleSpec(metric, level, threshold, due, severity, [.. roles], priority, silent), count)
         select specs.Select((s, i) => s with { Level = s.Level + (3 * i) }).Select(s => s.Threshold is null && s.DueWithinHours is null && s.Level > 3 ? s with { Threshold = 80 } : s).ToArray())
        .ToArbitrary();

    [Property(Arbitrary = [typeof(EscalationRegistrationTests)], MaxTest = 60)]
    public Property RulesFromJson_BehaveAsRulesBuiltInCode(RuleSpec[] specs, PositiveInt hours, bool replied)
    {
        var json = $$"""{ "ReviewKit": { "Escalation": { "Rules": [ {{string.Join(", ", specs.Select(s => s.Json))}} ] } } }""";
        using var provider = new ServiceCollection().AddReviewKit(Json(json).GetSection("ReviewKit")).BuildServiceProvider();
        var fromJson = provider.GetRequiredService<IEscalationEngine>();
        var builder = EscalationRuleSet.CreateBuilder();
        foreach (var spec in specs)
        {
            builder.Add("r", spec.Level, spec.Configure);
        }

        var fromCode = new EscalationEngine(builder.Build(), new SlaEvaluator(SlaPolicy.Default));
        var reviewCase = NewCase();
        if (replied)
        {
            reviewCase = reviewCase.Apply(new PublicReplyPosted(new CaseEventId("reply"), T0 + Duration.FromHours(1), Actor.Agent("alice"), "Désolés."));
        }

        var now = T0 + Duration.FromHours(1 + (hours.Get % 300));
        var a = fromJson.Evaluate(new EscalationContext(reviewCase), now);
        var b = fromCode.Evaluate(new EscalationContext(reviewCase), now);

        return (fromJson.Rules == fromCode.Rules && a == b).Label(json);
    }
}
