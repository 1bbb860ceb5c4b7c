using System.Collections.Immutable;
using ReviewKit.Analysis;
using ReviewKit.Improvement;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>
/// Step 2, analyse: every review read by the DI-registered <see cref="IReviewAnalyzer"/> (irritant themes) and
/// <see cref="IReviewTriage"/> (negative or not, severity), mapped to the <see cref="ReviewObservation"/>s the
/// statistics work on. Keeps what the report needs besides: the triage verdict per review (for the response figures)
/// and the text that can be quoted under an irritant.
/// </summary>
public sealed class AnalysedReviews
{
    private readonly Dictionary<string, string> _quotes;

    private AnalysedReviews(ReviewObservation[] observations, Dictionary<ReviewId, bool> negative, Dictionary<string, string> quotes)
    {
        Observations = observations;
        IsNegative = negative;
        _quotes = quotes;
    }

    /// <summary>One observation per review, in the order of the reviews.</summary>
    public IReadOnlyList<ReviewObservation> Observations { get; }

    /// <summary>Whether triage judged each review negative (a low rating, or a text that reads negative beside a middling one).</summary>
    public IReadOnlyDictionary<ReviewId, bool> IsNegative { get; }

    public int NegativeCount => IsNegative.Values.Count(n => n);

    public static AnalysedReviews Run(IEnumerable<Review> reviews, IReviewAnalyzer analyzer, IReviewTriage triage)
    {
        var observations = new List<ReviewObservation>();
        var negative = new Dictionary<ReviewId, bool>();
        var quotes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var review in reviews)
        {
            var analysis = analyzer.Analyze(review);
            var verdict = triage.Triage(review, analysis);
            var id = review.Id.ToString();
            negative[review.Id] = verdict.IsNegative;
            if (review.Text.Length > 0)
            {
                quotes[id] = QuoteOf(review.Text);
            }

            observations.Add(new ReviewObservation(
                review.PublishedAt,
                review.Id.Source,
                review.Rating?.Normalized,
                verdict.IsNegative,
                [.. analysis.Themes.Select(t => t.ThemeId)],
                verdict.Severity,
                review.LocationId,
                reviewId: id));
        }

        return new AnalysedReviews([.. observations], negative, quotes);
    }

    /// <summary>The text to quote for a review id (its first paragraph: Booking's "negative" box), or null.</summary>
    public string? Quote(string reviewId) => _quotes.GetValueOrDefault(reviewId);

    /// <summary>Booking's negative and positive boxes are separate paragraphs; a quote under an irritant is the first.</summary>
    private static string QuoteOf(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end > 0 ? text[..end] : text).Trim();
    }
}
