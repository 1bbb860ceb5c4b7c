using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.DependencyInjection.Tests.Responses;

public class ResponsePlannerRegistrationTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    [Fact]
    public void AddReviewKit_RegistersOnePlannerSingleton_CalledTwiceHarmless()
    {
        var services = new ServiceCollection().AddReviewKit().AddReviewKit();
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IResponsePlanner));
        Assert.Same(provider.GetRequiredService<IResponsePlanner>(), provider.GetRequiredService<IResponsePlanner>());
    }

    [Fact]
    public void AddReviewKit_HostPlannerRegisteredFirst_Wins()
    {
        var host = new HostPlanner();
        using var provider = new ServiceCollection().AddSingleton<IResponsePlanner>(host).AddReviewKit().BuildServiceProvider();

        Assert.Same(host, provider.GetRequiredService<IResponsePlanner>());
    }

    [Fact]
    public void Policy_BoundFromConfiguration_AndNeedsFromTheAnalyzerThemes()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewKit:Responses:Policy:PhoneFromSeverity"] = "Medium",
            ["ReviewKit:Responses:Policy:Solutions:delay"] = "Renvoi express offert.",
            ["ReviewKit:Responses:Policy:Gestures:ApprovalAbove"] = "10",
            ["ReviewKit:Responses:Policy:Gestures:AllowedKinds:0"] = "Voucher",
            ["ReviewKit:Responses:Policy:Gestures:BudgetByLocation:paris-store"] = "40",
            ["ReviewKit:Responses:Policy:FollowUpAfter"] = "2.00:00:00",
        }).Build();
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();

        var plan = provider.GetRequiredService<IResponsePlanner>().Plan(Request(Severity.Medium, spent: 35m), T0 + Duration.FromMinutes(5));

        Assert.Equal(ContactChannel.Phone, plan.Brief.Channel);
        Assert.Equal([GestureKind.Voucher], plan.Gesture.Kinds.ToArray());
        Assert.Equal(5m, plan.Gesture.RemainingBudget);
        Assert.Equal(5m, plan.Gesture.MaxValueWithoutApproval);
        var delay = plan.Brief.Themes.Single(t => t.ThemeId == ThemeIds.Delay);
        Assert.Equal("Renvoi express offert.", delay.Solution);
        Assert.Equal(
            provider.GetRequiredService<IReviewAnalyzer>().Themes.Find(ThemeIds.Delay)!.UnmetNeedFrench,
            delay.UnmetNeed);
    }

    [Fact]
    public void HostAnalyzer_ItsCatalogueGivesTheUnmetNeedsInTheReviewsLanguage()
    {
        var host = new HostAnalyzer(new ThemeCatalog([new ThemeDefinition(ThemeIds.Delay, "Delivery on the agreed day.", "Une livraison au jour convenu.")]));
        using var provider = new ServiceCollection().AddSingleton<IReviewAnalyzer>(host).AddReviewKit().BuildServiceProvider();

        var plan = provider.GetRequiredService<IResponsePlanner>().Plan(Request(Severity.Medium, spent: 0m), T0 + Duration.FromMinutes(5));

        Assert.Equal("Une livraison au jour convenu.", plan.Brief.Themes.Single().UnmetNeed);
        Assert.Same(host.Themes, provider.GetRequiredService<ThemeCatalog>());
    }

    [Fact]
    public void HostAnalyzer_ListingNoTheme_BriefsHaveNoUnmetNeeds()
    {
        using var provider = new ServiceCollection().AddSingleton<IReviewAnalyzer>(new HostAnalyzer(ThemeCatalog.Empty)).AddReviewKit().BuildServiceProvider();

        var plan = provider.GetRequiredService<IResponsePlanner>().Plan(Request(Severity.Medium, spent: 0m), T0 + Duration.FromMinutes(5));

        Assert.Null(plan.Brief.Themes.Single().UnmetNeed);
    }

    [Fact]
    public void HostCatalogue_RegisteredFirst_WinsOverTheAnalyzers()
    {
        var catalogue = new ThemeCatalog([new ThemeDefinition(ThemeIds.Delay, "Our own wording.", "Notre formulation.")]);
        using var provider = new ServiceCollection().AddSingleton(catalogue).AddReviewKit().BuildServiceProvider();

        var plan = provider.GetRequiredService<IResponsePlanner>().Plan(Request(Severity.Medium, spent: 0m), T0 + Duration.FromMinutes(5));

        Assert.Equal("Notre formulation.", plan.Brief.Themes.Single().UnmetNeed);
        Assert.Same(catalogue, provider.GetRequiredService<ThemeCatalog>());
    }

    [Fact]
    public void AddReviewKit_RegistersTheDefaultAnalyzersCatalogue()
    {
        using var provider = new ServiceCollection().AddReviewKit().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IReviewAnalyzer>().Themes, provider.GetRequiredService<ThemeCatalog>());
        Assert.Equal(13, provider.GetRequiredService<ThemeCatalog>().Count);
    }

    [Fact]
    public void Solutions_FromConfiguration_EmptyRemovesTheBuiltInOneAndDefaultSolutionsOffRemovesAll()
    {
        var removed = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            """{ "ReviewKit": { "Responses": { "Policy": { "Solutions": { "delay": "" } } } } }"""))).Build();
        var off = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewKit:Responses:Policy:DefaultSolutions"] = "false",
        }).Build();
        var now = T0 + Duration.FromMinutes(5);
        using var defaults = new ServiceCollection().AddReviewKit().BuildServiceProvider();
        using var withRemoved = new ServiceCollection().AddReviewKit(removed.GetSection("ReviewKit")).BuildServiceProvider();
        using var withOff = new ServiceCollection().AddReviewKit(off.GetSection("ReviewKit")).BuildServiceProvider();

        Assert.StartsWith("Donnez une date ferme", defaults.GetRequiredService<IResponsePlanner>().Plan(Request(Severity.High, 0m), now).Brief.Themes.Single().Solution, StringComparison.Ordinal);
        Assert.Null(withRemoved.GetRequiredService<IResponsePlanner>().Plan(Request(Severity.High, 0m), now).Brief.Themes.Single().Solution);
        Assert.Null(withOff.GetRequiredService<IResponsePlanner>().Plan(Request(Severity.High, 0m), now).Brief.Themes.Single().Solution);
    }

    [Fact]
    public void Policy_Invalid_ValidationNamesPathFieldAndRule()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewKit:Responses:Policy:Gestures:ApprovalAbove"] = "-1",
            ["ReviewKit:Responses:Policy:Gestures:Currency"] = "eur",
            ["ReviewKit:Responses:Policy:FollowUpAfter"] = "00:00:00",
        }).Build();
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value);

        Assert.Contains("ReviewKit:Responses:Policy:Gestures:ApprovalAbove: -1 must be zero or more.", e.Failures);
        Assert.Contains(e.Failures, f => f.StartsWith("ReviewKit:Responses:Policy:Gestures:Currency: 'eur' is not an ISO 4217 code", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("ReviewKit:Responses:Policy:FollowUpAfter: 00:00:00 must be more than zero", StringComparison.Ordinal));
    }

    [Fact]
    public void Policy_ConfigurationReload_RebuildsThePlannerAndKeepsItOnAnInvalidReload()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewKit:Responses:Policy:Gestures:ApprovalAbove"] = "10",
        }).Build();
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();
        var planner = provider.GetRequiredService<IResponsePlanner>();
        var now = T0 + Duration.FromMinutes(5);
        Assert.Equal(10m, planner.Plan(Request(Severity.High, spent: 0m), now).Gesture.ApprovalAbove);

        configuration["ReviewKit:Responses:Policy:Gestures:ApprovalAbove"] = "15";
        configuration.Reload();
        Assert.Equal(15m, planner.Plan(Request(Severity.High, spent: 0m), now).Gesture.ApprovalAbove);

        configuration["ReviewKit:Responses:Policy:Gestures:ApprovalAbove"] = "-3";
        var e = Assert.Throws<AggregateException>(configuration.Reload);
        Assert.IsType<OptionsValidationException>(e.InnerException);
        Assert.Equal(15m, planner.Plan(Request(Severity.High, spent: 0m), now).Gesture.ApprovalAbove);
    }

    private static ResponsePlanRequest Request(Severity severity, decimal spent)
    {
        var review = new Review(new ReviewId(ReviewSource.Google, "g-1"), T0, "Livraison en retard.", language: LanguageTag.French, locationId: "paris-store");
        var reviewCase = ReviewCase.Open(new CaseId("case-1"), new CaseOpened(new CaseEventId("open"), T0, Actor.System("import"), review));
        var analysis = new ReviewAnalysis(LanguageTag.French, -0.6, 0, 1, 0, [new ThemeMatch(ThemeIds.Delay, 0.9, [])], []);
        return new ResponsePlanRequest(reviewCase, new TriageResult(true, severity, []), analysis)
        {
            ReachableBy = ReachableChannels.Phone | ReachableChannels.Email,
            Budget = new GestureBudgetSnapshot("paris-store", spent, "EUR"),
        };
    }

    private sealed class HostAnalyzer(ThemeCatalog themes) : IReviewAnalyzer
    {
        public ThemeCatalog Themes { get; } = themes;

        public ReviewAnalysis Analyze(string text, string? languageHint = null) => ReviewAnalysis.Empty;

        public ReviewAnalysis Analyze(Review review) => ReviewAnalysis.Empty;
    }

    private sealed class HostPlanner : IResponsePlanner
    {
        public ResponsePlan Plan(ResponsePlanRequest request, Instant now) => throw new NotSupportedException();
    }
}
