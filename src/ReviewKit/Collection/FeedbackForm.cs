using System.Collections.Immutable;
using System.Globalization;
using ReviewKit.Reviews;

namespace ReviewKit.Collection;

/// <summary>
/// A feedback form the business defines: its questions (ratings, NPS, single and multiple choices, free text, required
/// or not). <see cref="Validate"/> checks a <see cref="FeedbackSubmission"/> against it and turns a valid one into a
/// <see cref="Review"/> of source <see cref="ReviewSource.WebForm"/> (or the form's own source), ready for the case
/// workflow and the improvement loop.
/// </summary>
/// <remarks>
/// <para><b>Construction</b> checks the whole form and reports every problem in one <see cref="ArgumentException"/>:
/// 1 to 60 questions, no null question, unique question ids (ordinal), no question id <c>form</c> (reserved), at most
/// one question marked as the form's rating.</para>
/// <para><b>The review.</b> Its platform id is <c>{form id}/{submission id}</c>, published when the submission was
/// sent. Its rating is the answer to the rating question: the question marked <see cref="FeedbackQuestion.IsFormRating"/>,
/// or else the form's only rating or NPS question; a form without one gives unrated reviews. Its text is the non-blank
/// free-text answers, in form order, separated by a blank line. Every other answer is kept in the review's metadata
/// under its question id: a choice as is, several choices joined with <c>" | "</c>, another score as a number; the
/// metadata key <c>form</c> holds the form id.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class FeedbackForm
{
    private const string ChoiceSeparator = " | ";
    private const string FormKey = "form";
    private const int MaxQuestions = 60;

    /// <summary>Creates a form.</summary>
    /// <param name="id">The form's id (1 to 64 ASCII letters, digits, '-', '_' or '.'); part of every review id.</param>
    /// <param name="questions">The questions, in display order.</param>
    /// <param name="source">The channel of the reviews; <see cref="ReviewSource.WebForm"/> when <see langword="null"/> (<see cref="ReviewSource.Survey"/> for a survey).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="questions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The id breaks its rule, <paramref name="source"/> is the default value, or the questions break the form's rules
    /// (the message lists every problem).
    /// </exception>
    public FeedbackForm(string id, IEnumerable<FeedbackQuestion> questions, ReviewSource? source = null)
    {
        Guard.NotBlank(id, nameof(id), FeedbackQuestion.MaxIdLength);
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw new ArgumentException($"id '{id}' has the character '{c}'; a form id has only ASCII letters, digits, '-', '_' and '.'.", nameof(id));
            }
        }

        ArgumentNullException.ThrowIfNull(questions);
        var list = questions.ToImmutableArray();
        var problems = new List<string>();
        if (list.IsEmpty || list.Length > MaxQuestions)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"a form has 1 to {MaxQuestions} questions; this one has {list.Length}."));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var marked = new List<string>();
        for (var i = 0; i < list.Length; i++)
        {
            var question = list[i];
            if (question is null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"question {i} is null."));
                continue;
            }

            if (question.Id == FormKey)
            {
                problems.Add($"the question id '{FormKey}' is reserved: the review's metadata key '{FormKey}' holds the form id.");
            }

            if (!ids.Add(question.Id))
            {
                problems.Add($"the id '{question.Id}' is used by more than one question; question ids are unique within a form.");
            }

            if (question.IsFormRating)
            {
                marked.Add(question.Id);
            }
        }

        if (marked.Count > 1)
        {
            problems.Add($"{marked.Count} questions are marked as the form's rating ({string.Join(", ", marked)}); at most one is.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The form '{id}' is not valid: {string.Join(" ", problems)}", nameof(questions));
        }

        Id = id;
        Questions = list;
        Source = source is { } s ? Guard.NotDefault(s, nameof(source)) : ReviewSource.WebForm;
        RatingQuestion = list.FirstOrDefault(q => q.IsFormRating);
        if (RatingQuestion is null)
        {
            var scored = list.Where(q => q.Kind is FeedbackQuestionKind.Rating or FeedbackQuestionKind.NetPromoterScore).ToList();
            RatingQuestion = scored.Count == 1 ? scored[0] : null;
        }
    }

    /// <summary>Gets the form's id.</summary>
    public string Id { get; }

    /// <summary>Gets the questions, in display order.</summary>
    public ImmutableArray<FeedbackQuestion> Questions { get; }

    /// <summary>Gets the channel of the reviews the submissions become.</summary>
    public ReviewSource Source { get; }

    /// <summary>Gets the question whose answer is the review's rating, or <see langword="null"/> when the form has none.</summary>
    public FeedbackQuestion? RatingQuestion { get; }

    /// <summary>Checks a submission against the form and, when it is valid, makes the review it becomes.</summary>
    /// <param name="submission">The submission.</param>
    /// <returns>
    /// The review, or every problem found: a required question unanswered, an answer of the wrong kind, a score outside
    /// its scale or an NPS score that is not a whole number from 0 to 10, a choice the question does not list, a choice
    /// picked twice, a text over the question's limit, an answer to a question the form does not have.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="submission"/> is null.</exception>
    /// <remarks>Bad answers are the customer's input, reported as <see cref="FeedbackValidationResult.Problems"/>, never thrown.</remarks>
    public FeedbackValidationResult Validate(FeedbackSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var problems = ImmutableArray.CreateBuilder<FeedbackProblem>();
        foreach (var question in Questions)
        {
            submission.Answers.TryGetValue(question.Id, out var answer);
            if (Check(question, answer) is { } rule)
            {
                problems.Add(new FeedbackProblem(question.Id, rule));
            }
        }

        var textLength = Questions
            .Where(q => q.Kind == FeedbackQuestionKind.FreeText && submission.Answers.TryGetValue(q.Id, out var a) && a.TextValue is not null)
            .Sum(q => (long)submission.Answers[q.Id].TextValue!.Trim().Length + 2);
        if (textLength > Guard.MaxTextLength)
        {
            var last = Questions.Last(q => q.Kind == FeedbackQuestionKind.FreeText);
            problems.Add(new FeedbackProblem(
                last.Id, string.Create(CultureInfo.InvariantCulture, $"the free-text answers together have about {textLength} characters; a review's text has at most {Guard.MaxTextLength}.")));
        }

        foreach (var questionId in submission.Answers.Keys.Order(StringComparer.Ordinal))
        {
            if (!Questions.Any(q => string.Equals(q.Id, questionId, StringComparison.Ordinal)))
            {
                problems.Add(new FeedbackProblem(questionId, $"the form '{Id}' has no question '{questionId}'."));
            }
        }

        return problems.Count > 0
            ? new FeedbackValidationResult(null, problems.ToImmutable())
            : new FeedbackValidationResult(ToReview(submission), []);
    }

    /// <summary>Returns the id and the number of questions.</summary>
    /// <returns>For example <c>form after-sales (6 questions)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"form {Id} ({Questions.Length} questions)");

    /// <summary>The rule <paramref name="answer"/> breaks for <paramref name="question"/>, or null when it is fine.</summary>
    private static string? Check(FeedbackQuestion question, FeedbackAnswer? answer)
    {
        if (answer is null || IsEmpty(answer))
        {
            return question.IsRequired ? "an answer is required." : null;
        }

        switch (question.Kind)
        {
            case FeedbackQuestionKind.Rating:
            case FeedbackQuestionKind.NetPromoterScore:
                if (answer.ScoreValue is not { } score)
                {
                    return $"expects a score, not {answer}.";
                }

                var scale = question.Scale!.Value;
                if (!scale.Contains(score))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"the score {score} is outside the scale [{scale.Min}, {scale.Max}].");
                }

                return question.Kind == FeedbackQuestionKind.NetPromoterScore && score != Math.Floor(score)
                    ? string.Create(CultureInfo.InvariantCulture, $"the score {score} is not a whole number from 0 to 10.")
                    : null;

            case FeedbackQuestionKind.SingleChoice:
                if (answer.Answers != FeedbackQuestionKind.SingleChoice)
                {
                    return $"expects one choice, not {answer}.";
                }

                return question.Choices.Contains(answer.Selected[0], StringComparer.Ordinal)
                    ? null
                    : $"'{answer.Selected[0]}' is not one of the choices ({string.Join(ChoiceSeparator, question.Choices)}).";

            case FeedbackQuestionKind.MultipleChoice:
                if (answer.Answers != FeedbackQuestionKind.MultipleChoice)
                {
                    return $"expects a set of choices, not {answer}.";
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var choice in answer.Selected)
                {
                    if (!question.Choices.Contains(choice, StringComparer.Ordinal))
                    {
                        return $"'{choice}' is not one of the choices ({string.Join(ChoiceSeparator, question.Choices)}).";
                    }

                    if (!seen.Add(choice))
                    {
                        return $"'{choice}' is chosen more than once.";
                    }
                }

                return null;

            default:
                if (answer.TextValue is not { } text)
                {
                    return $"expects a text, not {answer}.";
                }

                return text.Length > question.MaxLength
                    ? string.Create(CultureInfo.InvariantCulture, $"the text has {text.Length} characters; the limit is {question.MaxLength}.")
                    : null;
        }
    }

    /// <summary>An answer that says nothing: blank text or no choice. It counts as unanswered.</summary>
    private static bool IsEmpty(FeedbackAnswer answer) =>
        (answer.Answers == FeedbackQuestionKind.FreeText && string.IsNullOrWhiteSpace(answer.TextValue))
        || (answer.Answers == FeedbackQuestionKind.MultipleChoice && answer.Selected.IsEmpty);

    private Review ToReview(FeedbackSubmission submission)
    {
        Rating? rating = null;
        var texts = new List<string>();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["form"] = Id };
        foreach (var question in Questions)
        {
            if (!submission.Answers.TryGetValue(question.Id, out var answer) || IsEmpty(answer))
            {
                continue;
            }

            if (ReferenceEquals(question, RatingQuestion))
            {
                rating = new Rating(answer.ScoreValue!.Value, question.Scale!.Value);
                continue;
            }

            switch (question.Kind)
            {
                case FeedbackQuestionKind.FreeText:
                    texts.Add(answer.TextValue!.Trim());
                    break;
                case FeedbackQuestionKind.Rating or FeedbackQuestionKind.NetPromoterScore:
                    metadata[question.Id] = answer.ScoreValue!.Value.ToString(CultureInfo.InvariantCulture);
                    break;
                default:
                    metadata[question.Id] = string.Join(ChoiceSeparator, answer.Selected);
                    break;
            }
        }

        return new Review(
            new ReviewId(Source, $"{Id}/{submission.Id}"),
            submission.SubmittedAt,
            string.Join("\n\n", texts),
            rating: rating,
            language: submission.Language,
            author: submission.Author,
            locationId: submission.LocationId,
            orderReference: submission.OrderReference,
            metadata: metadata);
    }
}
