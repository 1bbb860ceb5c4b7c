using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime.Testing;
using ReviewKit.Cases;
using ReviewKit.Sla;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Sla;

/// <summary>
/// Reloads of the SLA policies (<see cref="SlaEvaluator.Reload"/>, called by the DI registration on a configuration
/// reload): a new version from the reload instant, stopped clocks and breaches already reached kept, new breaches never
/// back-dated.
/// </summary>
public class SlaPolicyReloadTests
{
    private const string Path = "ReviewKit:Sla";

    private static Instant H(double hours) => T0 + Duration.FromMinutes(hours * 60);

    private static SlaOptions Options(double goalHours, double limitHours, double resolutionGoalHours = 120, double resolutionLimitHours = 240) => new()
    {
        Policies =
        {
            ["store"] = new SlaPolicyOptions
            {
                FirstPublicReply = new SlaTargetOptions { Goal = TimeSpan.FromHours(goalHours), Limit = TimeSpan.FromHours(limitHours) },
                Resolution = new SlaTargetOptions { Goal = TimeSpan.FromHours(resolutionGoalHours), Limit = TimeSpan.FromHours(resolutionLimitHours) },
            },
        },
        DefaultPolicy = "store",
    };

    private static ReviewCase Case(params CaseEvent[] events) => ReviewCase.FromTimeline(TheCaseId, [Opened(), .. events]);

    [Fact]
    public void Reload_ChangedPolicy_NewVersionFromTheReloadInstant()
    {
        var clock = new FakeClock(H(3));
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        var before = evaluator.DefaultPolicy;

        Assert.True(evaluator.Reload(Options(2, 4), Path, clock.GetCurrentInstant()));

        var after = evaluator.DefaultPolicy;
        Assert.NotSame(before, after);
        Assert.Null(before.EffectiveFrom);
        Assert.Equal(H(3), after.EffectiveFrom);
        Assert.Equal(Duration.FromHours(2), after.GetTarget(SlaMetric.FirstPublicReply)!.Goal);
        Assert.Equal(2, evaluator.PolicyVersionCount);
        Assert.Same(before, evaluator.Evaluate(Case(), H(2.5)).Policy);
        Assert.Same(after, evaluator.Evaluate(Case(), H(3)).Policy);
    }

    [Fact]
    public void Reload_NothingChanged_KeepsTheVersionAndTheInstances()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        var before = evaluator.DefaultPolicy;

        Assert.False(evaluator.Reload(Options(8, 16), Path, H(3)));

        Assert.Same(before, evaluator.DefaultPolicy);
        Assert.Equal(1, evaluator.PolicyVersionCount);
    }

    [Fact]
    public void Reload_OnePolicyChanged_TheOtherKeepsItsInstance()
    {
        var options = Options(8, 16);
        options.Policies["vip"] = new SlaPolicyOptions { FirstPublicReply = new SlaTargetOptions { Goal = TimeSpan.FromHours(1) } };
        options.Rules.Add(new SlaPolicyRuleOptions { Policy = "vip", MinimumSeverity = "Critical" });
        var evaluator = SlaEvaluator.FromOptions(options, path: Path);
        var vip = evaluator.Rules[0].Policy;

        var changed = Options(4, 8);
        changed.Policies["vip"] = new SlaPolicyOptions { FirstPublicReply = new SlaTargetOptions { Goal = TimeSpan.FromHours(1) } };
        changed.Rules.Add(new SlaPolicyRuleOptions { Policy = "vip", MinimumSeverity = "Critical" });
        Assert.True(evaluator.Reload(changed, Path, H(3)));

        Assert.Same(vip, evaluator.Rules[0].Policy);
        Assert.Equal(H(3), evaluator.DefaultPolicy.EffectiveFrom);
    }

    [Fact]
    public void Evaluate_RunningClockWithATighterTarget_MeasuredFromTheOpeningBreachDatedAtTheReload()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        evaluator.Reload(Options(1, 2), Path, H(3));

        var result = evaluator.Evaluate(Case(), H(3.5)).FirstPublicReply;

        // Measured from the opening with the new target: the goal (1 h) and the limit (2 h) lie before the reload.
        Assert.Equal((T0, Duration.FromHours(3.5)), (result.StartedAt, result.Elapsed));
        Assert.Equal((H(1), H(2)), (result.DueAt, result.LimitAt));
        Assert.Equal(SlaState.Breached, result.State);
        Assert.Equal(H(3), result.BreachedAt);
    }

    [Fact]
    public void Evaluate_RunningClockWithATighterGoalOnly_RunsLateWithoutABreach()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        evaluator.Reload(Options(2, 16), Path, H(3));

        var result = evaluator.Evaluate(Case(), H(4)).FirstPublicReply;

        Assert.Equal(SlaState.Running, result.State);
        Assert.Equal(H(2), result.DueAt);
        Assert.Equal(Duration.FromHours(-2), result.Remaining);
        Assert.Null(result.BreachedAt);
    }

    [Fact]
    public void Evaluate_BreachReachedBeforeAReloadToALooserTarget_KeepsItsDate()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        Assert.Equal(H(16), evaluator.Evaluate(Case(), H(20)).FirstPublicReply.BreachedAt);

        evaluator.Reload(Options(48, 72), Path, H(20));
        var result = evaluator.Evaluate(Case(), H(21)).FirstPublicReply;

        // The new target alone would run until 48 h; the breach reached under the policy in force stands.
        Assert.Equal(SlaState.Breached, result.State);
        Assert.Equal(H(16), result.BreachedAt);
        Assert.Equal(H(48), result.DueAt);
    }

    [Fact]
    public void Evaluate_ReloadToALooserTargetBeforeTheLimit_RunsOnUnderTheNewTarget()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        evaluator.Reload(Options(48, 72), Path, H(10));

        var result = evaluator.Evaluate(Case(), H(20)).FirstPublicReply;

        Assert.Equal(SlaState.Running, result.State);
        Assert.Equal((H(48), H(72)), (result.DueAt, result.LimitAt));
    }

    [Fact]
    public void Evaluate_ClockStoppedBeforeTheReload_KeepsTheVerdictOfThePolicyInForceWhenItStopped()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        var reviewCase = Case(new PublicReplyPosted(Id("reply"), H(6), Agent, "Désolés."));
        var before = evaluator.Evaluate(reviewCase, H(7));

        evaluator.Reload(Options(1, 2, 10, 20), Path, H(7));
        var after = evaluator.Evaluate(reviewCase, H(8));

        Assert.Equal(SlaState.Met, after.FirstPublicReply.State);
        Assert.Equal(before.FirstPublicReply, after.FirstPublicReply);
        Assert.Equal(Duration.FromHours(6), after.FirstPublicReply.Elapsed);
        Assert.Equal(SlaState.Running, after.Resolution.State); // still running: judged by the new version
        Assert.Equal(Duration.FromHours(10), after.Resolution.Goal());
    }

    [Fact]
    public void Evaluate_ClockStoppedAfterTheReload_JudgedByTheNewPolicyAndNeverBackDated()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        evaluator.Reload(Options(1, 2), Path, H(3));
        var reviewCase = Case(new PublicReplyPosted(Id("reply"), H(4), Agent, "Désolés."));

        var result = evaluator.Evaluate(reviewCase, H(5)).FirstPublicReply;

        // Still running at the reload, over the new limit then: a breach, dated at the reload (the limit was at 2 h).
        Assert.Equal(SlaState.Breached, result.State);
        Assert.Equal(H(3), result.BreachedAt);
        Assert.Equal(H(4), result.StoppedAt);
    }

    [Fact]
    public void Evaluate_CaseOpenedAfterTheReload_OnlyTheNewPolicy()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        evaluator.Reload(Options(1, 2), Path, H(-1));

        var result = evaluator.Evaluate(Case(), H(3)).FirstPublicReply;

        Assert.Equal(SlaState.Breached, result.State);
        Assert.Equal(H(2), result.BreachedAt);
    }

    [Fact]
    public void Evaluate_RuleChangeSelectsAnotherPolicy_NewBreachDatedAtTheReload()
    {
        var options = Options(8, 16);
        options.Policies["fast"] = new SlaPolicyOptions { FirstPublicReply = new SlaTargetOptions { Goal = TimeSpan.FromHours(1), Limit = TimeSpan.FromHours(2) } };
        var evaluator = SlaEvaluator.FromOptions(options, path: Path);
        var fast = evaluator.SelectPolicy(Case()) is var p && p.Name == "store" ? null : p;
        Assert.Null(fast);

        var routed = Options(8, 16);
        routed.Policies["fast"] = options.Policies["fast"];
        routed.Rules.Add(new SlaPolicyRuleOptions { Policy = "fast", Channel = "google" });
        Assert.True(evaluator.Reload(routed, Path, H(5)));
        var result = evaluator.Evaluate(Case(), H(6)).FirstPublicReply;

        // "fast" itself did not change (its instance and its EffectiveFrom are kept), but the case is routed to it at 5 h.
        Assert.Null(evaluator.Rules[0].Policy.EffectiveFrom);
        Assert.Equal((SlaState.Breached, H(5)), (result.State, result.BreachedAt));
    }

    [Fact]
    public void Evaluate_MetricTheNewPolicyNoLongerMeasures_NotApplicableUnlessStoppedBefore()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        var noResolution = Options(8, 16);
        noResolution.Policies["store"].Resolution = null;
        evaluator.Reload(noResolution, Path, H(3));

        Assert.Equal(SlaState.NotApplicable, evaluator.Evaluate(Case(), H(4)).Resolution.State);
        var resolvedBefore = Case(new CaseResolved(Id("res"), H(2), Agent, "Remboursé"));
        Assert.Equal(SlaState.Met, evaluator.Evaluate(resolvedBefore, H(4)).Resolution.State);
    }

    [Fact]
    public void Reload_InvalidOptions_ThrowsAndKeepsThePoliciesInForce()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        var before = evaluator.DefaultPolicy;

        var e = Assert.Throws<ArgumentException>(() => evaluator.Reload(Options(-1, 16), Path, H(3)));

        Assert.Equal("options", e.ParamName);
        Assert.Contains("ReviewKit:Sla:Policies:store:FirstPublicReply:Goal", e.Message, StringComparison.Ordinal);
        Assert.Same(before, evaluator.DefaultPolicy);
        Assert.Equal(1, evaluator.PolicyVersionCount);
    }

    [Fact]
    public void Reload_MoreThanTheVersionsKept_DropsTheOldest()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        for (var i = 1; i <= 20; i++)
        {
            evaluator.Reload(Options(8 + i, 16 + i), Path, H(i));
        }

        Assert.Equal(16, evaluator.PolicyVersionCount);
        Assert.Equal(Duration.FromHours(28), evaluator.DefaultPolicy.GetTarget(SlaMetric.FirstPublicReply)!.Goal);
    }

    [Fact]
    public void Evaluate_ConcurrentReloads_EveryEvaluationSeesAWholeVersion()
    {
        var evaluator = SlaEvaluator.FromOptions(Options(8, 16), path: Path);
        var reviewCase = Case();
        var goals = new System.Collections.Concurrent.ConcurrentBag<Duration>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (i % 10 == 0)
            {
                evaluator.Reload(Options(8 + (i / 10 % 2), 16), Path, H(1));
            }

            var result = evaluator.Evaluate(reviewCase, H(2)).FirstPublicReply;
            goals.Add(result.Goal());
        });

        Assert.All(goals, g => Assert.True(g == Duration.FromHours(8) || g == Duration.FromHours(9), $"goal {g}"));
    }

    /// <summary>A random case (opening, maybe a reply, maybe a resolution), a reload and the moment of evaluation.</summary>
    public sealed record Scenario(ReviewCase Case, double OldGoal, double OldLimit, double NewGoal, double NewLimit, Instant ReloadAt, Instant Now)
    {
        public override string ToString() =>
            $"old {OldGoal}/{OldLimit} h, new {NewGoal}/{NewLimit} h, reload +{(ReloadAt - T0).TotalHours} h, now +{(Now - T0).TotalHours} h, "
            + string.Join(", ", Case.Timeline.Select(e => $"{e.GetType().Name}@{(e.At - T0).TotalHours}"));
    }

    public static Arbitrary<Scenario> Scenarios() =>
        (from oldGoal in Gen.Choose(1, 30)
         from oldExtra in Gen.Choose(0, 30)
         from newGoal in Gen.Choose(1, 30)
         from newExtra in Gen.Choose(0, 30)
         from reply in Gen.Choose(-1, 60)
         from resolution in Gen.Choose(-1, 80)
         from reload in Gen.Choose(-5, 80)
         from after in Gen.Choose(0, 80)
         select Build(oldGoal, oldGoal + oldExtra, newGoal, newGoal + newExtra, reply, resolution, reload, after)).ToArbitrary();

    private static Scenario Build(int oldGoal, int oldLimit, int newGoal, int newLimit, int reply, int resolution, int reload, int after)
    {
        var events = new List<CaseEvent> { Opened() };
        if (reply >= 0)
        {
            events.Add(new PublicReplyPosted(Id("reply"), H(reply), Agent, "Désolés."));
        }

        if (resolution >= 0)
        {
            events.Add(new CaseResolved(Id("res"), H(Math.Max(resolution, reply)), Agent, "Remboursé"));
        }

        var reviewCase = ReviewCase.FromTimeline(TheCaseId, events);
        return new Scenario(reviewCase, oldGoal, oldLimit, newGoal, newLimit, H(reload), reviewCase.Timeline[^1].At + Duration.FromHours(after));
    }

    private static (SlaEvaluator Reloaded, SlaEvaluator Old, SlaEvaluator New) Evaluators(Scenario s)
    {
        var reloaded = SlaEvaluator.FromOptions(Options(s.OldGoal, s.OldLimit, s.OldGoal * 3, s.OldLimit * 3), path: Path);
        reloaded.Reload(Options(s.NewGoal, s.NewLimit, s.NewGoal * 3, s.NewLimit * 3), Path, s.ReloadAt);
        return (
            reloaded,
            SlaEvaluator.FromOptions(Options(s.OldGoal, s.OldLimit, s.OldGoal * 3, s.OldLimit * 3), path: Path),
            SlaEvaluator.FromOptions(Options(s.NewGoal, s.NewLimit, s.NewGoal * 3, s.NewLimit * 3), path: Path));
    }

    [Property(Arbitrary = [typeof(SlaPolicyReloadTests)])]
    public bool Evaluate_BeforeTheReloadInstant_GivesTheOldPolicysAnswer(Scenario s)
    {
        var (reloaded, old, _) = Evaluators(s);
        var now = s.Case.Timeline[^1].At;
        return s.ReloadAt <= now || Same(reloaded.Evaluate(s.Case, now), old.Evaluate(s.Case, now));
    }

    [Property(Arbitrary = [typeof(SlaPolicyReloadTests)])]
    public Property Evaluate_AfterTheReload_KeepsStoppedClocksAndRecordedBreachesAndNeverBackDates(Scenario s)
    {
        var (reloaded, old, fresh) = Evaluators(s);
        var now = s.Now > s.ReloadAt ? s.Now : s.ReloadAt;
        var property = true.ToProperty();
        foreach (var metric in new[] { SlaMetric.FirstPublicReply, SlaMetric.Resolution })
        {
            var after = reloaded.Evaluate(s.Case, now)[metric];
            var before = old.Evaluate(s.Case, now)[metric];
            var alone = fresh.Evaluate(s.Case, now)[metric];
            var openedBefore = s.Case.OpenedAt < s.ReloadAt;
            var stoppedBefore = openedBefore && before.StoppedAt < s.ReloadAt;
            var recorded = openedBefore && !stoppedBefore && before.BreachedAt < s.ReloadAt;
            property = property
                .And((!stoppedBefore || after == before).Label($"{metric}: stopped before the reload, kept ({after} vs {before})"))
                .And((!recorded || (after.State == SlaState.Breached && after.BreachedAt == before.BreachedAt)).Label($"{metric}: recorded breach kept"))
                .And((!openedBefore || !(after.BreachedAt < s.ReloadAt) || after.BreachedAt == before.BreachedAt).Label($"{metric}: never back-dated"))
                .And((stoppedBefore || (after.Elapsed == alone.Elapsed && after.DueAt == alone.DueAt && after.LimitAt == alone.LimitAt))
                    .Label($"{metric}: measured from its start with the new target"))
                .And((stoppedBefore || recorded || (after.State == SlaState.Breached) == (alone.State == SlaState.Breached))
                    .Label($"{metric}: otherwise the new policy's verdict"));
        }

        return property;
    }

    private static bool Same(SlaEvaluation a, SlaEvaluation b) =>
        a.FirstPublicReply == b.FirstPublicReply && a.FirstPrivateContact == b.FirstPrivateContact && a.NextReply == b.NextReply
        && a.Resolution == b.Resolution && a.Policy.Name == b.Policy.Name;
}

/// <summary>The goal of a clock, from its start and due instant (the results carry no target).</summary>
internal static class SlaResultGoal
{
    public static Duration Goal(this SlaMetricResult result) => result.DueAt!.Value - result.StartedAt!.Value;
}
