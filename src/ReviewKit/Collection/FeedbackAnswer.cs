using System.Collections.Immutable;
using System.Globalization;

namespace ReviewKit.Collection;

/// <summary>
/// The customer's answer to one question of a form: a score, one choice, several choices or a text. Created with
/// <see cref="Score"/>, <see cref="Choice"/>, <see cref="Choices"/> or <see cref="Text"/>; checked against its question by
/// <see cref="FeedbackForm.Validate"/>, not here, so that every problem of a submission is reported at once.
/// </summary>
/// <remarks>Value equality over the kind and the value. Immutable and thread-safe.</remarks>
public sealed class FeedbackAnswer : IEquatable<FeedbackAnswer>
{
    private FeedbackAnswer(FeedbackQuestionKind answers, double? score, ImmutableArray<string> selected, string? text)
    {
        Answers = answers;
        ScoreValue = score;
        Selected = selected;
        TextValue = text;
    }

    /// <summary>
    /// Gets the kind of question this answer fits: <see cref="FeedbackQuestionKind.Rating"/> for a score (which also
    /// fits the NPS question), <see cref="FeedbackQuestionKind.SingleChoice"/>, <see cref="FeedbackQuestionKind.MultipleChoice"/>
    /// or <see cref="FeedbackQuestionKind.FreeText"/>.
    /// </summary>
    public FeedbackQuestionKind Answers { get; }

    /// <summary>Gets the score, or <see langword="null"/> when the answer is not a score.</summary>
    public double? ScoreValue { get; }

    /// <summary>Gets the chosen choices (one for a single choice), in the order given; empty when the answer is a score or a text.</summary>
    public ImmutableArray<string> Selected { get; }

    /// <summary>Gets the text, or <see langword="null"/> when the answer is not a text.</summary>
    public string? TextValue { get; }

    /// <summary>Creates a score, the answer to a rating or NPS question.</summary>
    /// <param name="value">The score (checked against the question's scale by the form).</param>
    /// <returns>The answer.</returns>
    public static FeedbackAnswer Score(double value) => new(FeedbackQuestionKind.Rating, value, [], null);

    /// <summary>Creates the answer to a single choice question.</summary>
    /// <param name="choice">The choice, as the question lists it.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choice"/> is null.</exception>
    public static FeedbackAnswer Choice(string choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return new(FeedbackQuestionKind.SingleChoice, null, [choice], null);
    }

    /// <summary>Creates the answer to a multiple choice question.</summary>
    /// <param name="choices">The choices, as the question lists them; possibly none.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null or holds a null.</exception>
    public static FeedbackAnswer Choices(IEnumerable<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var list = choices.ToImmutableArray();
        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(choices), "choices must not contain null.");
        }

        return new(FeedbackQuestionKind.MultipleChoice, null, list, null);
    }

    /// <summary>Creates the answer to a free-text question.</summary>
    /// <param name="text">The text, possibly empty.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static FeedbackAnswer Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(FeedbackQuestionKind.FreeText, null, [], text);
    }

    /// <inheritdoc/>
    public bool Equals(FeedbackAnswer? other) =>
        other is not null
        && Answers == other.Answers
        && Nullable.Equals(ScoreValue, other.ScoreValue)
        && Selected.SequenceEqual(other.Selected, StringComparer.Ordinal)
        && string.Equals(TextValue, other.TextValue, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeedbackAnswer);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Answers, ScoreValue, Selected.Length, TextValue is null ? 0 : StringComparer.Ordinal.GetHashCode(TextValue));

    /// <summary>Returns the kind of the answer and the score or the number of choices; never the text, which may hold personal data.</summary>
    /// <returns>For example <c>score 4</c>, <c>2 choices</c> or <c>text (120 characters)</c>.</returns>
    public override string ToString() => Answers switch
    {
        FeedbackQuestionKind.Rating => string.Create(CultureInfo.InvariantCulture, $"score {ScoreValue}"),
        FeedbackQuestionKind.FreeText => string.Create(CultureInfo.InvariantCulture, $"text ({TextValue!.Length} characters)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Selected.Length} choice{(Selected.Length == 1 ? string.Empty : "s")}"),
    };
}
