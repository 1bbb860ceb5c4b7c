using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Tests.Responses;

/// <summary>The Responses snippet of src/ReviewKit/README.md, compiled and run.</summary>
public class ReadmeResponsesTests
{
    [Fact]
    public void ReadmeSnippet_DraftedReplyFromDefaults_PassesTheChecker()
    {
        var now = Instant.FromUtc(2026, 3, 12, 9, 0);
        var review = new Review(new ReviewId(ReviewSource.Google, "g-1"), now, "Livraison avec dix jours de retard, très déçue.", language: LanguageTag.French);
        var reviewCase = ReviewCase.Open(new CaseId("case-1"), new CaseOpened(new CaseEventId("e1"), now, Actor.System("import"), review));
        string[] recentReplies = ["Bonjour Paul,\nMerci pour votre avis et désolés pour l'attente au comptoir dimanche. Contactez-nous par e-mail.\nMarie"];
        var lines = new List<string>();

        var draft = ReplyTemplateSet.Default.Draft(
            reviewCase.Id, LanguageTag.French, ["delay"], Severity.Medium,
            new ReplyValues("Marie, responsable du service client", "par e-mail à contact@boulangerie-martin.fr", customerName: "Sophie"));
        var context = ReplyContext.FromReview(reviewCase.Review, ["delay"], recentReplies, businessContacts: ["contact@boulangerie-martin.fr"]);
        var check = ReplyChecker.CreateDefault().Check(draft.Text, context);
        foreach (var finding in check.Findings)
        {
            lines.Add($"{finding.Code} ({finding.Severity}): {finding.Message} {finding.Suggestion}");
        }

        Assert.Empty(lines);
        Assert.Equal(100, check.Score);
        Assert.StartsWith("fr-delay-", draft.TemplateId, StringComparison.Ordinal);
    }
}
