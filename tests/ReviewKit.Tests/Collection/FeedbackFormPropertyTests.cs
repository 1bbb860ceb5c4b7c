using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Collection;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Collection;

/// <summary>The invariants of feedback forms, over random forms and submissions.</summary>
public class FeedbackFormPropertyTests
{
    private static readonly RatingScale[] Scales = [RatingScale.FiveStars, RatingScale.TenPoints, RatingScale.UnitInterval, new(0, 100, 40)];
    private static readonly string[] Words = ["retard", "accueil", "délai", "emballage", "service", "très", "déçu", "great", "slow", "refund", "colis", "ça"];

    /// <summary>A random form, a valid submission for it, and the same submission with some questions broken.</summary>
    public sealed record Scenario(FeedbackForm Form, FeedbackSubmission Valid, FeedbackSubmission Broken, string[] BrokenIds)
    {
        public override string ToString() => $"{Form} ({string.Join(", ", Form.Questions)}), broken: {string.Join(", ", BrokenIds)}";
    }

    public static Arbitrary<Scenario> Scenarios() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from questions in Gen.Choose(1, 12)
         select Build(seed, questions)).ToArbitrary();

    [Property(Arbitrary = [typeof(FeedbackFormPropertyTests)])]
    public bool Validate_AnyValidSubmission_GivesAReviewRatedWithinTheRatingQuestionsScale(Scenario s)
    {
        var result = s.Form.Validate(s.Valid);
        if (!result.IsValid)
        {
            return false;
        }

        var rating = result.Review.Rating;
        return s.Form.RatingQuestion is { } question && s.Valid.Answers.ContainsKey(question.Id)
            ? rating is { } r && r.Scale == question.Scale && r.Scale.Contains(r.Value) && r.Value == s.Valid.Answers[question.Id].ScoreValue
            : rating is null;
    }

    [Property(Arbitrary = [typeof(FeedbackFormPropertyTests)])]
    public bool Validate_BrokenSubmission_ReportsExactlyTheBrokenQuestions(Scenario s)
    {
        var result = s.Form.Validate(s.Broken);
        var reported = result.Problems.Select(p => p.QuestionId).ToArray();
        return s.BrokenIds.Length == 0
            ? result.IsValid
            : !result.IsValid && reported.Order(StringComparer.Ordinal).SequenceEqual(s.BrokenIds.Order(StringComparer.Ordinal));
    }

    [Property(Arbitrary = [typeof(FeedbackFormPropertyTests)])]
    public bool Validate_AnyValidSubmission_KeepsEveryChoiceInTheMetadata(Scenario s)
    {
        var review = s.Form.Validate(s.Valid).Review!;
        return s.Form.Questions
            .Where(q => q.Kind is FeedbackQuestionKind.SingleChoice or FeedbackQuestionKind.MultipleChoice && s.Valid.Answers.TryGetValue(q.Id, out var a) && !a.Selected.IsEmpty)
            .All(q => review.Metadata[q.Id] == string.Join(" | ", s.Valid.Answers[q.Id].Selected));
    }

    private static Scenario Build(int seed, int count)
    {
        var random = new Random(seed);
        var questions = new List<FeedbackQuestion>();
        var markRating = random.Next(2) == 0;
        for (var i = 0; i < count; i++)
        {
            var id = $"q{i}";
            var required = random.Next(2) == 0;
            var choices = Enumerable.Range(0, random.Next(1, 6)).Select(c => $"{Words[random.Next(Words.Length)]} {c}").ToArray();
            questions.Add(random.Next(5) switch
            {
                0 => FeedbackQuestion.Rating(id, $"Note {i}", Scales[random.Next(Scales.Length)], required, isFormRating: markRating && !questions.Any(q => q.IsFormRating)),
                1 => FeedbackQuestion.NetPromoterScore(id, "Recommanderiez-vous ?", required),
                2 => FeedbackQuestion.SingleChoice(id, $"Choix {i}", choices, required),
                3 => FeedbackQuestion.MultipleChoice(id, $"Choix multiples {i}", choices, required),
                _ => FeedbackQuestion.FreeText(id, $"Commentaire {i}", required, maxLength: 60),
            });
        }

        var form = new FeedbackForm($"form-{seed}", questions);
        var valid = new Dictionary<string, FeedbackAnswer>();
        foreach (var q in questions)
        {
            if (!q.IsRequired && random.Next(4) == 0)
            {
                continue;
            }

            valid[q.Id] = q.Kind switch
            {
                FeedbackQuestionKind.Rating => FeedbackAnswer.Score(Math.Round(q.Scale!.Value.Min + (random.NextDouble() * (q.Scale.Value.Max - q.Scale.Value.Min)), 1)),
                FeedbackQuestionKind.NetPromoterScore => FeedbackAnswer.Score(random.Next(0, 11)),
                FeedbackQuestionKind.SingleChoice => FeedbackAnswer.Choice(q.Choices[random.Next(q.Choices.Length)]),
                FeedbackQuestionKind.MultipleChoice => FeedbackAnswer.Choices(q.Choices.Where(_ => random.Next(2) == 0).DefaultIfEmpty(q.Choices[0])),
                _ => FeedbackAnswer.Text(string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)]))),
            };
        }

        var broken = new Dictionary<string, FeedbackAnswer>(valid);
        var brokenIds = new List<string>();
        foreach (var q in questions.Where(_ => random.Next(3) == 0))
        {
            brokenIds.Add(q.Id);
            if (q.IsRequired && random.Next(3) == 0)
            {
                broken.Remove(q.Id);
                continue;
            }

            broken[q.Id] = q.Kind switch
            {
                FeedbackQuestionKind.Rating => FeedbackAnswer.Score(q.Scale!.Value.Max + 1),
                FeedbackQuestionKind.NetPromoterScore => FeedbackAnswer.Score(random.Next(2) == 0 ? 11 : 4.5),
                FeedbackQuestionKind.SingleChoice => FeedbackAnswer.Choice("pas un choix"),
                FeedbackQuestionKind.MultipleChoice => FeedbackAnswer.Choices([q.Choices[0], "pas un choix"]),
                _ => FeedbackAnswer.Text(new string('x', 61)),
            };
        }

        if (random.Next(4) == 0)
        {
            broken["inconnue"] = FeedbackAnswer.Text("hors formulaire");
            brokenIds.Add("inconnue");
        }

        var at = Instant.FromUtc(2026, 3, 1, 0, 0) + Duration.FromMinutes(random.Next(100_000));
        return new Scenario(form, new FeedbackSubmission($"s{seed}", at, valid), new FeedbackSubmission($"s{seed}", at, broken), [.. brokenIds]);
    }
}
