using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.DependencyInjection.Tests;

/// <summary>
/// The README's "Responding to a review" section is the region below, compiled and run here; a second test checks that
/// README.md shows it word for word.
/// </summary>
public class ReadmeRespondingTests
{
    internal const string Configuration = """
        { "ReviewKit": { "DefaultTimeZone": "Europe/Paris", "Responses": { "Policy": {
            "Solutions": { "delay": "Renvoyer la commande en express, à nos frais." },
            "Gestures": { "AllowedKinds": [ "Voucher", "FreeService" ], "ApprovalAbove": 25, "BudgetPerPeriod": 300 } } } } }
        """;

    [Fact]
    public void Responding_RunsAsDocumented()
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Configuration))).Build();
        var fakeClock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var hostServices = new ServiceCollection().AddSingleton<IClock>(fakeClock);

        #region README responding
        using var services = hostServices
            .AddReviewKit(configuration.GetSection("ReviewKit"))
            .BuildServiceProvider();
        var now = services.GetRequiredService<IClock>().GetCurrentInstant();

        var review = new Review(
            new ReviewId(ReviewSource.Google, "ChdDSUhNMG9nS0VJQ0FnSURqc3Z6WkxnEAE"),
            publishedAt: now,
            text: "Colis livré avec deux semaines de retard, et aucune nouvelle du service client.",
            rating: new Rating(1, RatingScale.FiveStars),
            language: LanguageTag.French,
            locationId: "paris-store");
        var reviewCase = ReviewCase.Open(
            CaseId.NewId(),
            new CaseOpened(CaseEventId.NewId(), now, Actor.System("google-import"), review));

        // 1. Plan: read the review, triage it, and plan the five steps of the response.
        var analysis = services.GetRequiredService<IReviewAnalyzer>().Analyze(review);
        var triage = services.GetRequiredService<IReviewTriage>().Triage(review, analysis);
        var plan = services.GetRequiredService<IResponsePlanner>().Plan(
            new ResponsePlanRequest(reviewCase, triage, analysis)
            {
                ReachableBy = ReachableChannels.Phone | ReachableChannels.Email,
                Budget = new GestureBudgetSnapshot("paris-store", spent: 120m, "EUR"), // the host's own count this month
            },
            now);

        // 2. Draft the public reply from the templates, in the review's language.
        var themes = analysis.Themes.Select(t => t.ThemeId).ToList();
        var draft = services.GetRequiredService<ReplyTemplateSet>().Draft(
            reviewCase.Id,
            LanguageTag.French,
            themes,
            plan.Severity,
            new ReplyValues("Marie, service client", "par e-mail à contact@boutique-exemple.fr"));

        // 3. Check it before it is posted.
        var check = services.GetRequiredService<IReplyChecker>().Check(
            draft.Text,
            ReplyContext.FromReview(review, themes, businessContacts: ["contact@boutique-exemple.fr"]));

        foreach (var step in plan.Steps)
        {
            Console.WriteLine($"{step.Kind}: {step.State}, due {step.DueAt?.ToString() ?? "-"}");
        }

        Console.WriteLine($"Private contact by {plan.Brief.Channel}: {string.Join("; ", plan.Brief.Themes)}");
        Console.WriteLine($"Gesture without approval: up to {plan.Gesture.MaxValueWithoutApproval} {plan.Gesture.Currency}");
        Console.WriteLine($"Reply (score {check.Score}, {check.Findings.Count} findings):\n{draft.Text}");
        #endregion

        Assert.Equal(Severity.High, plan.Severity);
        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.PublicReply].State);
        Assert.Equal(now + Duration.FromHours(24), plan[ResponseStepKind.PublicReply].DueAt);
        Assert.Equal(ContactChannel.Phone, plan.Brief.Channel);
        var delay = plan.Brief.Themes.Single(t => t.ThemeId == ThemeIds.Delay);
        Assert.Equal("Renvoyer la commande en express, à nos frais.", delay.Solution);
        Assert.False(string.IsNullOrEmpty(delay.UnmetNeed));
        Assert.StartsWith("Donnez tout de suite l'état réel", plan.Brief.Themes.Single(t => t.ThemeId == ThemeIds.LackOfInformation).Solution, StringComparison.Ordinal);
        Assert.All(plan.Reasons, r => Assert.DoesNotContain("Rated", r.Message, StringComparison.Ordinal));
        Assert.Equal([GestureKind.Voucher, GestureKind.FreeService], plan.Gesture.Kinds.ToArray());
        Assert.Equal(180m, plan.Gesture.RemainingBudget);
        Assert.Equal(25m, plan.Gesture.MaxValueWithoutApproval);
        Assert.Equal(GestureDecision.NeedsApproval, plan.Gesture.Evaluate(GestureKind.Voucher, 30m));
        Assert.Empty(check.Findings);
        Assert.Equal(100, check.Score);
        Assert.Contains("Marie, service client", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_ShowsTheRespondingSectionWordForWord()
    {
        var root = ReadmeQuickStartTests.RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains("```json\n" + Configuration.ReplaceLineEndings("\n") + "\n```", readme, StringComparison.Ordinal);
        Assert.Contains("```csharp\n" + ReadmeQuickStartTests.Region(root, "ReadmeRespondingTests.cs", "README responding") + "```", readme, StringComparison.Ordinal);
    }
}
