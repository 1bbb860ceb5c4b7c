using System.Reflection;
using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Triage;
using static ReviewKit.Tests.Responses.ResponsePlannerTests;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Responses;

/// <summary>Built-in solutions per theme, and what the plan shows an agent in the review's language.</summary>
public class ResponsePlannerLanguageTests
{
    private static readonly string[] AllThemeIds =
    [
        .. typeof(ThemeIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!),
    ];

    private static ReviewCase EnglishCase() => ReviewCase.Open(
        TheCaseId,
        new CaseOpened(Id("open"), T0, Actor.System("import"), new Review(new ReviewId(ReviewSource.Google, "g-en"), T0, "Parcel never arrived.", language: LanguageTag.English, locationId: "paris-store")));

    private static ReviewAnalysis Themes(LanguageTag language, params string[] ids) =>
        new(language, -0.8, 0, 1, 0, [.. ids.Select((id, i) => new ThemeMatch(id, 0.9 - (0.1 * i), []))], []);

    private static ResponsePlan Plan(ResponsePolicy policy, ReviewCase c, LanguageTag language, params string[] themeIds) =>
        Planner(policy).Plan(new ResponsePlanRequest(c, Negative(Severity.High), Themes(language, themeIds)), At(10));

    [Fact]
    public void DefaultSolutions_EveryThemeIdInBothLanguages_WithinTheLabelLimit()
    {
        Assert.Equal(13, AllThemeIds.Length);
        Assert.Equal(AllThemeIds.Order(StringComparer.Ordinal), DefaultSolutions.ThemeIdsCovered.Order(StringComparer.Ordinal));
        foreach (var id in AllThemeIds)
        {
            foreach (var french in new[] { true, false })
            {
                var text = DefaultSolutions.For(id, french);
                Assert.False(string.IsNullOrWhiteSpace(text), id);
                Assert.InRange(text!.Length, 40, Guard.MaxLabelLength);
            }

            Assert.NotEqual(DefaultSolutions.For(id, true), DefaultSolutions.For(id, false));
        }
    }

    [Fact]
    public void DefaultSolutions_EachTextReadsInItsLanguage()
    {
        foreach (var id in AllThemeIds)
        {
            Assert.Equal(LanguageTag.French, LanguageDetector.Default.Detect(DefaultSolutions.For(id, french: true)!));
            Assert.Equal(LanguageTag.English, LanguageDetector.Default.Detect(DefaultSolutions.For(id, french: false)!));
        }
    }

    [Fact]
    public void Brief_NoConfiguredSolution_BuiltInOneInTheReviewLanguage()
    {
        var fr = Plan(new ResponsePolicy(), NewCase(), LanguageTag.French, ThemeIds.Delay, ThemeIds.Cleanliness);
        var en = Plan(new ResponsePolicy(), EnglishCase(), LanguageTag.English, ThemeIds.Delay);

        Assert.Equal(DefaultSolutions.For(ThemeIds.Delay, french: true), fr.Brief.Themes[0].Solution);
        Assert.Equal(DefaultSolutions.For(ThemeIds.Cleanliness, french: true), fr.Brief.Themes[1].Solution);
        Assert.Contains("à vos frais", fr.Brief.Themes[0].Solution, StringComparison.Ordinal);
        Assert.Equal(DefaultSolutions.For(ThemeIds.Delay, french: false), en.Brief.Themes[0].Solution);
        Assert.Contains("at your cost", en.Brief.Themes[0].Solution, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_HostSolution_ReplacesTheBuiltInOneEmptyRemovesIt()
    {
        var policy = new ResponsePolicy();
        policy.Solutions[ThemeIds.Delay] = "Renvoi express offert.";
        policy.Solutions[ThemeIds.PriceBilling] = string.Empty;
        Assert.Empty(policy.Validate());

        var plan = Plan(policy, NewCase(), LanguageTag.French, ThemeIds.Delay, ThemeIds.PriceBilling, ThemeIds.WaitingTime);

        Assert.Equal("Renvoi express offert.", plan.Brief.Themes[0].Solution);
        Assert.Null(plan.Brief.Themes[1].Solution);
        Assert.Equal(DefaultSolutions.For(ThemeIds.WaitingTime, french: true), plan.Brief.Themes[2].Solution);
    }

    [Fact]
    public void Brief_DefaultSolutionsOff_OnlyTheHostOnes()
    {
        var policy = new ResponsePolicy { DefaultSolutions = false };
        policy.Solutions[ThemeIds.Delay] = "Renvoi express offert.";

        var plan = Plan(policy, NewCase(), LanguageTag.French, ThemeIds.Delay, ThemeIds.Cleanliness, "host_theme");

        Assert.Equal("Renvoi express offert.", plan.Brief.Themes[0].Solution);
        Assert.Null(plan.Brief.Themes[1].Solution);
        Assert.Null(plan.Brief.Themes[2].Solution);
    }

    [Fact]
    public void Brief_UnknownTheme_NoBuiltInSolution()
    {
        var plan = Plan(new ResponsePolicy(), NewCase(), LanguageTag.French, "host_theme");

        Assert.Null(Assert.Single(plan.Brief.Themes).Solution);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    public void Validate_BlankSolution_FailsNamingTheThemeAndTheRule(string blank)
    {
        var policy = new ResponsePolicy();
        policy.Solutions[ThemeIds.Delay] = blank;

        var failure = Assert.Single(policy.Validate("P"));

        Assert.StartsWith("P:Solutions:delay: a solution is 1 to 512 characters, not blank", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Reasons_FrenchReview_ReviewKitReasonsInFrenchHostReasonsAsWritten()
    {
        var review = NewCase().Review;
        var analysis = Themes(LanguageTag.French, ThemeIds.Delay);
        var triage = new ReviewTriage().Triage(review, analysis, repeatComplaints: 1);
        var withHostReason = new TriageResult(triage.IsNegative, triage.Severity, [.. triage.Reasons, new TriageReason("host:vip", "VIP customer.", Severity.High)]);

        var plan = Planner().Plan(new ResponsePlanRequest(NewCase(), withHostReason, analysis), At(10));

        Assert.Equal(withHostReason.Reasons.Select(r => r.Code), plan.Reasons.Select(r => r.Code));
        Assert.Equal(withHostReason.Reasons.Select(r => r.Severity), plan.Reasons.Select(r => r.Severity));
        Assert.Contains(plan.Reasons, r => r.Code == "theme:delay" && r.Message.StartsWith("Se plaint de « delay »", StringComparison.Ordinal));
        Assert.Contains(plan.Reasons, r => r.Code == "repeat" && r.Message == "Le client s'est déjà plaint 1 fois.");
        Assert.Equal("VIP customer.", plan.Reasons[^1].Message);
        foreach (var reason in plan.Reasons.SkipLast(1))
        {
            Assert.Equal(LanguageTag.French, LanguageDetector.Default.Detect(reason.Message));
        }

        Assert.Contains(triage.Reasons, r => r.Code == "repeat" && r.Message == "The customer has complained 1 time(s) before.");
    }

    [Fact]
    public void Reasons_EnglishReview_TheTriageReasonsAsTheyAre()
    {
        var c = EnglishCase();
        var analysis = Themes(LanguageTag.English, ThemeIds.Delay);
        var triage = new ReviewTriage().Triage(c.Review, analysis);

        var plan = Planner().Plan(new ResponsePlanRequest(c, triage, analysis), At(10));

        Assert.Equal(triage.Reasons, plan.Reasons);
        Assert.Contains(plan.Reasons, r => r.Message.StartsWith("Complains about 'delay'", StringComparison.Ordinal));
    }

    [Fact]
    public void Guidance_EveryStepInTheReviewLanguage()
    {
        var fr = Planner().Plan(new ResponsePlanRequest(NewCase(), Negative(Severity.High), Themes(LanguageTag.French)) { ReachableBy = ReachableChannels.Phone }, At(10));
        var en = Planner().Plan(new ResponsePlanRequest(EnglishCase(), Negative(Severity.High)) { ReachableBy = ReachableChannels.Email }, At(10));

        Assert.All(fr.Steps, s => Assert.Equal(LanguageTag.French, LanguageDetector.Default.Detect(s.Guidance)));
        Assert.All(en.Steps, s => Assert.Equal(LanguageTag.English, LanguageDetector.Default.Detect(s.Guidance)));
    }
}
