using System.Collections.Immutable;
using System.Globalization;
using ReviewKit.Reviews;

namespace ReviewKit.Collection;

/// <summary>
/// One question of a <see cref="FeedbackForm"/>, as the business defines it: an id, the label the customer reads, its
/// kind, whether an answer is required, its choices or its scale. Created with the factory of its kind
/// (<see cref="Rating"/>, <see cref="NetPromoterScore"/>, <see cref="SingleChoice"/>, <see cref="MultipleChoice"/>,
/// <see cref="FreeText"/>).
/// </summary>
/// <remarks>
/// <para>An id is 1 to 64 ASCII letters, digits, '-', '_' or '.', unique within its form; it becomes a metadata key
/// of the review. A choice is 1 to 200 characters, not blank, unique within its question (ordinal); a question has 1 to
/// 20 choices.</para>
/// <para>Value equality over all members. Immutable and thread-safe.</para>
/// </remarks>
public sealed class FeedbackQuestion : IEquatable<FeedbackQuestion>
{
    /// <summary>The longest question id.</summary>
    internal const int MaxIdLength = 64;

    /// <summary>The longest choice.</summary>
    internal const int MaxChoiceLength = 200;

    /// <summary>The most choices a question has (so that all of them fit in one metadata value).</summary>
    internal const int MaxChoices = 20;

    private FeedbackQuestion(
        string id, string label, FeedbackQuestionKind kind, bool isRequired, ImmutableArray<string> choices, RatingScale? scale, bool isFormRating, int maxLength)
    {
        Id = ValidateId(id);
        Label = Guard.NotBlank(label, nameof(label), Guard.MaxLabelLength);
        Kind = kind;
        IsRequired = isRequired;
        Choices = choices;
        Scale = scale;
        IsFormRating = isFormRating;
        MaxLength = maxLength;
    }

    /// <summary>Gets the question's id, unique within its form.</summary>
    public string Id { get; }

    /// <summary>Gets the label the customer reads.</summary>
    public string Label { get; }

    /// <summary>Gets the kind of the question.</summary>
    public FeedbackQuestionKind Kind { get; }

    /// <summary>Gets a value indicating whether a submission must answer the question.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets the choices of a single or multiple choice question, in display order; empty for other kinds.</summary>
    public ImmutableArray<string> Choices { get; }

    /// <summary>Gets the scale of a rating question (<see cref="RatingScale.NetPromoterScore"/> for the NPS question), or <see langword="null"/> for other kinds.</summary>
    public RatingScale? Scale { get; }

    /// <summary>Gets a value indicating whether the answer to this question is the rating of the review the submission becomes.</summary>
    public bool IsFormRating { get; }

    /// <summary>Gets the longest answer a free-text question accepts, in characters; 0 for other kinds.</summary>
    public int MaxLength { get; }

    /// <summary>Creates a rating question: a score on <paramref name="scale"/>.</summary>
    /// <param name="id">The question's id (1 to 64 ASCII letters, digits, '-', '_' or '.').</param>
    /// <param name="label">The label the customer reads.</param>
    /// <param name="scale">The scale of the score, for example <see cref="RatingScale.FiveStars"/>.</param>
    /// <param name="isRequired">Whether a submission must answer it.</param>
    /// <param name="isFormRating">Whether its answer is the review's rating; a form has at most one such question.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or label breaks its rule, or <paramref name="scale"/> is the default value.</exception>
    public static FeedbackQuestion Rating(string id, string label, RatingScale scale, bool isRequired = true, bool isFormRating = false)
    {
        Guard.NotDefault(scale, nameof(scale));
        return new(id, label, FeedbackQuestionKind.Rating, isRequired, [], scale, isFormRating, 0);
    }

    /// <summary>Creates the Net Promoter Score question: "how likely are you to recommend us", a whole number from 0 to 10.</summary>
    /// <param name="id">The question's id.</param>
    /// <param name="label">The label the customer reads.</param>
    /// <param name="isRequired">Whether a submission must answer it.</param>
    /// <param name="isFormRating">Whether its answer is the review's rating (on <see cref="RatingScale.NetPromoterScore"/>).</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or label breaks its rule.</exception>
    public static FeedbackQuestion NetPromoterScore(string id, string label, bool isRequired = true, bool isFormRating = false) =>
        new(id, label, FeedbackQuestionKind.NetPromoterScore, isRequired, [], RatingScale.NetPromoterScore, isFormRating, 0);

    /// <summary>Creates a question answered with exactly one of <paramref name="choices"/>.</summary>
    /// <param name="id">The question's id.</param>
    /// <param name="label">The label the customer reads.</param>
    /// <param name="choices">1 to 20 distinct choices of 1 to 200 characters, in display order.</param>
    /// <param name="isRequired">Whether a submission must answer it.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id, label or choices break their rules.</exception>
    public static FeedbackQuestion SingleChoice(string id, string label, IEnumerable<string> choices, bool isRequired = true) =>
        new(id, label, FeedbackQuestionKind.SingleChoice, isRequired, ValidateChoices(choices), null, false, 0);

    /// <summary>Creates a question answered with any number of <paramref name="choices"/> (at least one when required).</summary>
    /// <param name="id">The question's id.</param>
    /// <param name="label">The label the customer reads.</param>
    /// <param name="choices">1 to 20 distinct choices of 1 to 200 characters, in display order.</param>
    /// <param name="isRequired">Whether a submission must pick at least one choice.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id, label or choices break their rules.</exception>
    public static FeedbackQuestion MultipleChoice(string id, string label, IEnumerable<string> choices, bool isRequired = false) =>
        new(id, label, FeedbackQuestionKind.MultipleChoice, isRequired, ValidateChoices(choices), null, false, 0);

    /// <summary>Creates a free-text question; its answers make the review's text.</summary>
    /// <param name="id">The question's id.</param>
    /// <param name="label">The label the customer reads.</param>
    /// <param name="isRequired">Whether a submission must answer it with non-blank text.</param>
    /// <param name="maxLength">The longest answer, 1 to 100,000 characters.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or label breaks its rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is outside 1 to 100,000.</exception>
    public static FeedbackQuestion FreeText(string id, string label, bool isRequired = false, int maxLength = Guard.MaxTextLength)
    {
        if (maxLength is < 1 or > Guard.MaxTextLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxLength), maxLength, string.Create(CultureInfo.InvariantCulture, $"maxLength must be within 1 to {Guard.MaxTextLength}."));
        }

        return new(id, label, FeedbackQuestionKind.FreeText, isRequired, [], null, false, maxLength);
    }

    /// <inheritdoc/>
    public bool Equals(FeedbackQuestion? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && Kind == other.Kind
        && IsRequired == other.IsRequired
        && Choices.SequenceEqual(other.Choices, StringComparer.Ordinal)
        && Nullable.Equals(Scale, other.Scale)
        && IsFormRating == other.IsFormRating
        && MaxLength == other.MaxLength;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeedbackQuestion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind, IsRequired, Choices.Length, Scale);

    /// <summary>Returns the id and the kind.</summary>
    /// <returns>For example <c>delivery (SingleChoice, required)</c>.</returns>
    public override string ToString() => $"{Id} ({Kind}{(IsRequired ? ", required" : string.Empty)})";

    private static string ValidateId(string id)
    {
        Guard.NotBlank(id, nameof(id), MaxIdLength);
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw new ArgumentException(
                    $"id '{id}' has the character '{c}'; a question id has only ASCII letters, digits, '-', '_' and '.'.", nameof(id));
            }
        }

        return id;
    }

    private static ImmutableArray<string> ValidateChoices(IEnumerable<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var list = choices.ToImmutableArray();
        if (list.Length is 0 or > MaxChoices)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"choices has {list.Length} entries; a choice question has 1 to {MaxChoices}."), nameof(choices));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in list)
        {
            Guard.NotBlank(choice, nameof(choices), MaxChoiceLength);
            if (!seen.Add(choice))
            {
                throw new ArgumentException($"choices has '{choice}' twice; choices are unique within a question.", nameof(choices));
            }
        }

        return list;
    }
}
