using ReviewKit.Collection;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Collection;

public class FeedbackFormTests
{
    private static readonly Instant SentAt = Instant.FromUtc(2026, 3, 2, 18, 30);

    /// <summary>The after-sales form of a French shop: a star rating, the NPS, a single and a multiple choice, two free texts.</summary>
    internal static FeedbackForm AfterSalesForm() => new(
        "apres-vente",
        [
            FeedbackQuestion.Rating("note", "Comment évaluez-vous votre expérience ?", RatingScale.FiveStars, isFormRating: true),
            FeedbackQuestion.NetPromoterScore("nps", "Recommanderiez-vous notre boutique à un proche ?", isRequired: false),
            FeedbackQuestion.SingleChoice("livraison", "Votre commande est-elle arrivée à temps ?", ["À temps", "En retard", "Jamais reçue"]),
            FeedbackQuestion.MultipleChoice("problemes", "Qu'est-ce qui n'allait pas ?", ["Délai", "Emballage", "Service client", "Produit"]),
            FeedbackQuestion.FreeText("commentaire", "Racontez-nous", isRequired: true, maxLength: 2_000),
            FeedbackQuestion.FreeText("suggestion", "Une suggestion ?", maxLength: 500),
        ]);

    private static FeedbackSubmission Submission(Dictionary<string, FeedbackAnswer> answers) =>
        new("s-1", SentAt, answers, new ReviewAuthor("Camille M."), locationId: "paris-11", orderReference: "CMD-88121", language: LanguageTag.French);

    [Fact]
    public void Validate_CompleteSubmission_BecomesAWebFormReview()
    {
        var result = AfterSalesForm().Validate(Submission(new()
        {
            ["note"] = FeedbackAnswer.Score(2),
            ["nps"] = FeedbackAnswer.Score(3),
            ["livraison"] = FeedbackAnswer.Choice("En retard"),
            ["problemes"] = FeedbackAnswer.Choices(["Délai", "Service client"]),
            ["commentaire"] = FeedbackAnswer.Text(" Livrée avec dix jours de retard, personne au téléphone. "),
            ["suggestion"] = FeedbackAnswer.Text("Prévenir par SMS en cas de retard."),
        }));

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Problems);
        var review = result.Review;
        Assert.Equal(new ReviewId(ReviewSource.WebForm, "apres-vente/s-1"), review.Id);
        Assert.Equal(SentAt, review.PublishedAt);
        Assert.Equal(new Rating(2, RatingScale.FiveStars), review.Rating);
        Assert.True(review.Rating!.Value.IsNegative);
        Assert.Equal("Livrée avec dix jours de retard, personne au téléphone.\n\nPrévenir par SMS en cas de retard.", review.Text);
        Assert.Equal("En retard", review.Metadata["livraison"]);
        Assert.Equal("Délai | Service client", review.Metadata["problemes"]);
        Assert.Equal("3", review.Metadata["nps"]);
        Assert.Equal("apres-vente", review.Metadata["form"]);
        Assert.Equal("Camille M.", review.Author.DisplayName);
        Assert.Equal(("paris-11", "CMD-88121"), (review.LocationId, review.OrderReference));
        Assert.Equal(LanguageTag.French, review.Language);
    }

    [Fact]
    public void Validate_EverythingWrong_ListsEveryProblemWithItsQuestion()
    {
        var result = AfterSalesForm().Validate(Submission(new()
        {
            ["note"] = FeedbackAnswer.Score(6),
            ["nps"] = FeedbackAnswer.Score(7.5),
            ["livraison"] = FeedbackAnswer.Choice("Demain"),
            ["problemes"] = FeedbackAnswer.Choices(["Délai", "Délai"]),
            ["commentaire"] = FeedbackAnswer.Text("   "),
            ["suggestion"] = FeedbackAnswer.Score(3),
            ["couleur"] = FeedbackAnswer.Text("bleu"),
        }));

        Assert.False(result.IsValid);
        Assert.Null(result.Review);
        Assert.Equal(["note", "nps", "livraison", "problemes", "commentaire", "suggestion", "couleur"], result.Problems.Select(p => p.QuestionId));
        Assert.Contains("outside the scale [1, 5]", result.Problems[0].Rule, StringComparison.Ordinal);
        Assert.Contains("not a whole number from 0 to 10", result.Problems[1].Rule, StringComparison.Ordinal);
        Assert.Contains("'Demain' is not one of the choices", result.Problems[2].Rule, StringComparison.Ordinal);
        Assert.Contains("chosen more than once", result.Problems[3].Rule, StringComparison.Ordinal);
        Assert.Contains("required", result.Problems[4].Rule, StringComparison.Ordinal);
        Assert.Contains("expects a text", result.Problems[5].Rule, StringComparison.Ordinal);
        Assert.Contains("has no question 'couleur'", result.Problems[6].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiredQuestionsUnanswered_ReportsEachOne()
    {
        var result = AfterSalesForm().Validate(Submission([]));

        Assert.Equal(["note", "livraison", "commentaire"], result.Problems.Select(p => p.QuestionId));
        Assert.All(result.Problems, p => Assert.Equal("an answer is required.", p.Rule));
    }

    [Fact]
    public void Validate_TextOverTheQuestionLimit_IsAProblem()
    {
        var result = AfterSalesForm().Validate(Submission(new()
        {
            ["note"] = FeedbackAnswer.Score(4),
            ["livraison"] = FeedbackAnswer.Choice("À temps"),
            ["commentaire"] = FeedbackAnswer.Text(new string('a', 2_001)),
        }));

        Assert.Equal("commentaire", Assert.Single(result.Problems).QuestionId);
    }

    [Fact]
    public void Validate_OnlyOneScoreQuestionUnmarked_ItIsTheRating()
    {
        var form = new FeedbackForm("nps-only", [FeedbackQuestion.NetPromoterScore("nps", "Would you recommend us?"), FeedbackQuestion.FreeText("why", "Why?")]);

        var review = form.Validate(new FeedbackSubmission("42", SentAt, new Dictionary<string, FeedbackAnswer> { ["nps"] = FeedbackAnswer.Score(6), ["why"] = FeedbackAnswer.Text("Too slow.") })).Review!;

        Assert.Same(form.Questions[0], form.RatingQuestion);
        Assert.Equal(new Rating(6, RatingScale.NetPromoterScore), review.Rating);
        Assert.True(review.Rating!.Value.IsNegative); // a detractor
        Assert.Equal("Too slow.", review.Text);
    }

    [Fact]
    public void Validate_TwoUnmarkedScoreQuestions_GivesAnUnratedReviewAndKeepsTheScores()
    {
        var form = new FeedbackForm("two-scores", [FeedbackQuestion.Rating("food", "Food", RatingScale.FiveStars), FeedbackQuestion.Rating("service", "Service", RatingScale.FiveStars)]);

        var review = form.Validate(new FeedbackSubmission("1", SentAt, new Dictionary<string, FeedbackAnswer> { ["food"] = FeedbackAnswer.Score(5), ["service"] = FeedbackAnswer.Score(1) })).Review!;

        Assert.Null(form.RatingQuestion);
        Assert.Null(review.Rating);
        Assert.Equal(("5", "1"), (review.Metadata["food"], review.Metadata["service"]));
    }

    [Fact]
    public void Constructor_SurveySource_IsKept()
    {
        var form = new FeedbackForm("survey", [FeedbackQuestion.FreeText("t", "T")], ReviewSource.Survey);

        Assert.Equal(ReviewSource.Survey, form.Source);
    }

    [Fact]
    public void Constructor_BrokenForm_ListsEveryProblem()
    {
        var e = Assert.Throws<ArgumentException>(() => new FeedbackForm(
            "broken",
            [
                FeedbackQuestion.Rating("note", "Note", RatingScale.FiveStars, isFormRating: true),
                FeedbackQuestion.NetPromoterScore("nps", "NPS", isFormRating: true),
                FeedbackQuestion.FreeText("note", "Encore une note"),
                FeedbackQuestion.FreeText("form", "Réservé"),
                null!,
            ]));

        Assert.Equal("questions", e.ParamName);
        Assert.Contains("'note' is used by more than one question", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 questions are marked as the form's rating (note, nps)", e.Message, StringComparison.Ordinal);
        Assert.Contains("'form' is reserved", e.Message, StringComparison.Ordinal);
        Assert.Contains("question 4 is null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoQuestion_Throws()
    {
        Assert.Equal("questions", Assert.Throws<ArgumentException>(() => new FeedbackForm("empty", [])).ParamName);
    }

    [Fact]
    public void Constructor_NullQuestions_Throws()
    {
        Assert.Equal("questions", Assert.Throws<ArgumentNullException>(() => new FeedbackForm("f", null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("avec espace")]
    public void Constructor_BadId_Throws(string id)
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new FeedbackForm(id, [FeedbackQuestion.FreeText("t", "T")])).ParamName);
    }

    [Fact]
    public void Constructor_DefaultSource_Throws()
    {
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new FeedbackForm("f", [FeedbackQuestion.FreeText("t", "T")], default(ReviewSource))).ParamName);
    }

    [Fact]
    public void Validate_NullSubmission_Throws()
    {
        Assert.Equal("submission", Assert.Throws<ArgumentNullException>(() => AfterSalesForm().Validate(null!)).ParamName);
    }
}
