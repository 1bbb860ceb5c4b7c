using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Tests.Escalation;

public class EscalationRuleSetTests
{
    private static EscalationOptions Options(params EscalationRuleOptions[] rules)
    {
        var options = new EscalationOptions();
        foreach (var rule in rules)
        {
            options.Rules.Add(rule);
        }

        return options;
    }

    [Fact]
    public void FromOptions_EveryField_CompilesToTheSameRuleAsTheBuilder()
    {
        var options = Options(new EscalationRuleOptions
        {
            Id = "everything",
            Level = 2,
            Order = 7,
            StopProcessing = true,
            Metric = "resolution",
            Threshold = 80,
            DueWithin = TimeSpan.FromHours(2),
            OverdueBy = TimeSpan.FromHours(1),
            Breached = true,
            MinimumSeverity = "High",
            Risks = ["legal_threat"],
            Themes = ["delivery"],
            MaximumRating = 2,
            MaximumNormalizedRating = 0.3,
            MinimumAudience = 5000,
            Channels = ["Google", "trustpilot"],
            Locations = ["paris-store"],
            RepeatComplaints = 3,
            RepeatComplaintsWithin = TimeSpan.FromDays(30),
            NoPrivateContactAfterPublicReply = TimeSpan.FromHours(4),
            WaitingOnCustomerFor = TimeSpan.FromDays(2),
            ReopenedAtLeast = 1,
            GestureAbovePercentage = 20,
            GestureAboveValue = 50,
            Notify = ["teamlead", "Legal"],
            Recipients = ["ops@example.com"],
            RaisePriority = "Urgent",
            MoveToQueue = "legal-desk",
            RequireApproval = ["Reply", "Gesture"],
        });
        var built = EscalationRuleSet.CreateBuilder()
            .Add("everything", 2, r => r
                .NotifyRecipients("ops@example.com")
                .RequireApproval(ApprovalSubject.Reply)
                .WhenGestureAwaitingApproval(20, 50)
                .WhenReopened()
                .WhenWaitingOnCustomer(Duration.FromDays(2))
                .WhenNoPrivateContactAfterPublicReply(Duration.FromHours(4))
                .WhenRepeatComplaints(3, Duration.FromDays(30))
                .WhenLocation("paris-store")
                .WhenChannel(ReviewSource.Google, ReviewSource.Trustpilot)
                .WhenAudienceAtLeast(5000)
                .WhenNormalizedRatingAtMost(0.3)
                .WhenRatingAtMost(2)
                .WhenAnyTheme("delivery")
                .WhenAnyRisk("legal_threat")
                .WhenSeverityAtLeast(Severity.High)
                .WhenGoalUsed(SlaMetric.Resolution, 80)
                .WhenDueWithin(SlaMetric.Resolution, Duration.FromHours(2))
                .WhenOverdueBy(SlaMetric.Resolution, Duration.FromHours(1))
                .WhenBreached(SlaMetric.Resolution)
                .Notify(EscalationRole.TeamLead, EscalationRole.Legal)
                .RaisePriority(CasePriority.Urgent)
                .MoveToQueue("legal-desk")
                .RequireApproval(ApprovalSubject.Gesture)
                .WithOrder(7)
                .StopProcessing())
            .Build();

        var compiled = EscalationRuleSet.FromOptions(options);

        Assert.Equal(built, compiled);
        Assert.Equal(17, compiled.Rules[0].Conditions.Length);
        Assert.Equal(
            [EscalationActionKind.Notify, EscalationActionKind.RaisePriority, EscalationActionKind.MoveToQueue, EscalationActionKind.RequireApproval, EscalationActionKind.RequireApproval],
            compiled.Rules[0].Actions.Select(a => a.Kind));
        Assert.Equal(
            [EscalationRecipient.FromRole(EscalationRole.TeamLead), EscalationRecipient.FromRole(EscalationRole.Legal), EscalationRecipient.Named("ops@example.com")],
            compiled.Rules[0].Actions[0].Recipients.ToArray());
    }

    [Fact]
    public void FromOptions_MetricAlone_UsesTheDefaultLadder()
    {
        var options = Options(
            new EscalationRuleOptions { Id = "r", Level = 1, Metric = "NextReply", Notify = ["TeamLead"] },
            new EscalationRuleOptions { Id = "r", Level = 2, Metric = "NextReply", Notify = ["Manager"] },
            new EscalationRuleOptions { Id = "r", Level = 3, Metric = "NextReply", Notify = ["Manager"] });

        var rules = EscalationRuleSet.FromOptions(options).Rules;

        Assert.Equal(
            [EscalationCondition.GoalUsed(SlaMetric.NextReply, 50), EscalationCondition.GoalUsed(SlaMetric.NextReply, 75), EscalationCondition.GoalUsed(SlaMetric.NextReply, 100)],
            rules.Select(r => r.Conditions.Single()));
    }

    [Fact]
    public void Validate_EveryProblem_NamesThePathTheRuleAndTheField()
    {
        var options = Options(
            new EscalationRuleOptions { Id = "ok", Notify = ["TeamLead"] },
            new EscalationRuleOptions { Id = "metric", Metric = "FirstReply", Notify = ["TeamLead"] },
            new EscalationRuleOptions { Id = "role", Notify = ["Lawyer"] },
            new EscalationRuleOptions { Id = "ladder", Level = 3, Metric = "Resolution", Threshold = 120, Notify = ["Manager"] },
            new EscalationRuleOptions { Id = "empty", Level = 2, MinimumSeverity = "High" },
            new EscalationRuleOptions { Id = "ok", Notify = ["Manager"] },
            new EscalationRuleOptions { Id = "deep", Level = 4, Metric = "Resolution", Notify = ["Manager"] },
            new EscalationRuleOptions
            {
                Id = "many",
                MinimumSeverity = "Severe",
                RaisePriority = "Highest",
                RequireApproval = ["Refund"],
                Channels = ["not a channel"],
                MaximumNormalizedRating = 2,
                DueWithin = TimeSpan.FromHours(1),
                RepeatComplaints = 2,
                WaitingOnCustomerFor = TimeSpan.Zero,
                Risks = [" "],
            });
        options.Rules.Add(null!);
        options.Rules.Add(new EscalationRuleOptions { Level = 0, Notify = ["Agent"] });

        var errors = EscalationRuleSet.Validate(options);

        Assert.Contains("ReviewKit:Escalation:Rules:1:Metric: 'FirstReply' is not a metric (FirstPublicReply, FirstPrivateContact, NextReply, Resolution) (rule 'metric', level 1).", errors);
        Assert.Contains(errors, e => e.StartsWith("ReviewKit:Escalation:Rules:2:Notify:0: 'Lawyer' is not a role", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ReviewKit:Escalation:Rules:3:Threshold: 120 is above 100% of the goal", StringComparison.Ordinal) && e.EndsWith("(rule 'ladder', level 3).", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ReviewKit:Escalation:Rules:4:Notify: the level has no actions", StringComparison.Ordinal) && e.Contains("rule 'empty', level 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ReviewKit:Escalation:Rules:5:Level: the rule 'ok' level 1 is already defined at ReviewKit:Escalation:Rules:0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ReviewKit:Escalation:Rules:6:Threshold: level 4 has no default threshold", StringComparison.Ordinal));
        foreach (var field in new[] { "MinimumSeverity", "RaisePriority", "RequireApproval:0", "Channels:0", "MaximumNormalizedRating", "Metric", "RepeatComplaintsWithin", "WaitingOnCustomerFor", "Risks:0" })
        {
            Assert.Contains(errors, e => e.StartsWith($"ReviewKit:Escalation:Rules:7:{field}: ", StringComparison.Ordinal) && e.Contains("rule 'many'", StringComparison.Ordinal));
        }

        Assert.Contains("ReviewKit:Escalation:Rules:8: the rule has no definition.", errors);
        Assert.Contains(errors, e => e.StartsWith("ReviewKit:Escalation:Rules:9:Id: a rule needs an id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ReviewKit:Escalation:Rules:9:Level: 0 is not a level", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.StartsWith("ReviewKit:Escalation:Rules:0:", StringComparison.Ordinal));
        var thrown = Assert.Throws<ArgumentException>(() => EscalationRuleSet.FromOptions(options, "Custom:Path"));
        Assert.Equal("options", thrown.ParamName);
        Assert.Contains("Custom:Path:Rules:1:Metric", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DigestWindowAndNullRules_AreReported()
    {
        var options = new EscalationOptions { DigestWindow = TimeSpan.Zero, Rules = null! };

        Assert.Equal(
            ["ReviewKit:Escalation:DigestWindow: must be positive.", "ReviewKit:Escalation:Rules: must not be null."],
            EscalationRuleSet.Validate(options));
        Assert.Empty(EscalationRuleSet.Validate(new EscalationOptions()));
    }

    [Fact]
    public void Builder_LevelWithoutActions_ThrowsNamingTheRule()
    {
        var e = Assert.Throws<ArgumentException>(() => EscalationRuleSet.CreateBuilder().Add("silent", 2, r => r.WhenReopened()));

        Assert.Equal("configure", e.ParamName);
        Assert.Contains("'silent' level 2 has no actions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_DuplicateIdAndLevel_ThrowsNamingTheRule()
    {
        var builder = EscalationRuleSet.CreateBuilder()
            .Add("r", 1, r => r.Notify(EscalationRole.Agent))
            .Add("r", 1, r => r.Notify(EscalationRole.Manager));

        var e = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Equal("rules", e.ParamName);
        Assert.Contains("'r' level 1 is defined twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_ConditionsAreSortedByKind_SoDeclarationOrderDoesNotMatter()
    {
        var a = new EscalationRule("r", 1, [EscalationCondition.Breached(SlaMetric.Resolution), EscalationCondition.Reopened()], [EscalationAction.Notify(EscalationRole.Agent)]);
        var b = new EscalationRule("r", 1, [EscalationCondition.Reopened(), EscalationCondition.Breached(SlaMetric.Resolution)], [EscalationAction.Notify(EscalationRole.Agent)]);

        Assert.Equal(a, b);
        Assert.Equal(EscalationConditionKind.Reopened, a.Conditions[0].Kind);
        Assert.Equal("r level 1: reopened at least 1 times and Resolution: breached => notify role:Agent", a.ToString());
    }

    [Fact]
    public void PublicEntryPoints_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new EscalationRule(" ", 1, [], [EscalationAction.Notify(EscalationRole.Agent)])).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationRule("r", 0, [], [EscalationAction.Notify(EscalationRole.Agent)])).ParamName);
        Assert.Equal("actions", Assert.Throws<ArgumentException>(() => new EscalationRule("r", 1, [], [])).ParamName);
        Assert.Equal("conditions", Assert.Throws<ArgumentException>(() => new EscalationRule("r", 1, [null!], [EscalationAction.Notify(EscalationRole.Agent)])).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new EscalationRuleSet(null!)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentException>(() => new EscalationRuleSet([null!])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => EscalationRuleSet.FromOptions(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => EscalationRuleSet.Validate(new EscalationOptions(), null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => EscalationRuleSet.CreateBuilder().Add("", 1, _ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => EscalationRuleSet.CreateBuilder().Add("r", 1, null!)).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => EscalationRuleSet.CreateBuilder().Add(null!)).ParamName);
        Assert.Equal("recipients", Assert.Throws<ArgumentException>(() => EscalationAction.Notify(Array.Empty<EscalationRecipient>())).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationAction.RaisePriority((CasePriority)9)).ParamName);
        Assert.Equal("queue", Assert.Throws<ArgumentException>(() => EscalationAction.MoveToQueue(" ")).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationAction.RequireApproval((ApprovalSubject)5)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => EscalationRecipient.Named("")).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationRecipient.FromRole((EscalationRole)42)).ParamName);
    }

    [Fact]
    public void Actions_DescribeThemselves()
    {
        Assert.Equal("notify role:TeamLead, ops@example.com", EscalationAction.Notify([EscalationRecipient.FromRole(EscalationRole.TeamLead), EscalationRecipient.Named("ops@example.com")]).ToString());
        Assert.Equal("raise priority to High", EscalationAction.RaisePriority(CasePriority.High).ToString());
        Assert.Equal("move to queue legal", EscalationAction.MoveToQueue("legal").ToString());
        Assert.Equal("require approval of the gesture", EscalationAction.RequireApproval(ApprovalSubject.Gesture).ToString());
    }
}
