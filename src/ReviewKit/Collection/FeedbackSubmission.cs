using System.Collections.Immutable;
using ReviewKit.Reviews;

namespace ReviewKit.Collection;

/// <summary>
/// What a customer sent through a <see cref="FeedbackForm"/>: the answers by question id, when, and what the host knows
/// about the customer and the context. Validated against its form by <see cref="FeedbackForm.Validate"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FeedbackSubmission
{
    /// <summary>Creates a submission.</summary>
    /// <param name="id">The host's id for the submission (1 to 256 characters, not blank), unique within its form.</param>
    /// <param name="submittedAt">When the customer sent it.</param>
    /// <param name="answers">The answers by question id; questions left unanswered are absent.</param>
    /// <param name="author">The customer, if known; <see cref="ReviewAuthor.Anonymous"/> when <see langword="null"/>.</param>
    /// <param name="locationId">The location the feedback is about, if known (not blank when given).</param>
    /// <param name="orderReference">The order or booking it is about, if known (not blank when given).</param>
    /// <param name="language">The language of the form the customer filled, if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="answers"/> is null, or an answer is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="locationId"/> or <paramref name="orderReference"/> is blank or too long.</exception>
    public FeedbackSubmission(
        string id,
        Instant submittedAt,
        IReadOnlyDictionary<string, FeedbackAnswer> answers,
        ReviewAuthor? author = null,
        string? locationId = null,
        string? orderReference = null,
        LanguageTag? language = null)
    {
        Id = Guard.NotBlank(id, nameof(id), Guard.MaxIdLength);
        ArgumentNullException.ThrowIfNull(answers);
        var builder = ImmutableDictionary.CreateBuilder<string, FeedbackAnswer>(StringComparer.Ordinal);
        foreach (var (questionId, answer) in answers)
        {
            ArgumentNullException.ThrowIfNull(answer, $"answers[{questionId}]");
            builder[questionId] = answer;
        }

        Answers = builder.ToImmutable();
        SubmittedAt = submittedAt;
        Author = author ?? ReviewAuthor.Anonymous;
        LocationId = Guard.OptionalNotBlank(locationId, nameof(locationId), Guard.MaxLabelLength);
        OrderReference = Guard.OptionalNotBlank(orderReference, nameof(orderReference), Guard.MaxLabelLength);
        Language = language;
    }

    /// <summary>Gets the host's id for the submission.</summary>
    public string Id { get; }

    /// <summary>Gets when the customer sent it.</summary>
    public Instant SubmittedAt { get; }

    /// <summary>Gets the answers by question id (ordinal).</summary>
    public ImmutableDictionary<string, FeedbackAnswer> Answers { get; }

    /// <summary>Gets the customer.</summary>
    public ReviewAuthor Author { get; }

    /// <summary>Gets the location the feedback is about, or <see langword="null"/>.</summary>
    public string? LocationId { get; }

    /// <summary>Gets the order or booking the feedback is about, or <see langword="null"/>.</summary>
    public string? OrderReference { get; }

    /// <summary>Gets the language of the form the customer filled, or <see langword="null"/>.</summary>
    public LanguageTag? Language { get; }

    /// <summary>Returns the id and the number of answers; never the answers, which may hold personal data.</summary>
    /// <returns>For example <c>submission 42 (5 answers)</c>.</returns>
    public override string ToString() => $"submission {Id} ({Answers.Count} answers)";
}
