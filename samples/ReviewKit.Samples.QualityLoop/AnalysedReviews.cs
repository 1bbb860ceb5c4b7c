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
/// and, per review and theme, the passage of the text where the analyzer read the theme (the quote under an irritant).
/// </summary>
public sealed class AnalysedReviews
{
    /// <summary>Characters kept on each side of the evidence of a theme, cut at word boundaries.</summary>
    private const int QuoteContext = 120;

    private readonly Dictionary<(string ReviewId, string ThemeId), string> _quotes;

    private AnalysedReviews(ReviewObservation[] observations, Dictionary<ReviewId, bool> negative, Dictionary<(string, string), string> quotes)
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
        var quotes = new Dictionary<(string, string), string>();
        foreach (var review in reviews)
        {
            var analysis = analyzer.Analyze(review);
            var verdict = triage.Triage(review, analysis);
            var id = review.Id.ToString();
            negative[review.Id] = verdict.IsNegative;
            var text = ReviewAnalysis.TextOf(review);
            foreach (var theme in analysis.Themes.Where(t => !t.Evidence.IsEmpty))
            {
                quotes[(id, theme.ThemeId)] = Passage(text, theme.Evidence[0]);
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

    /// <summary>The passage of a review where the analyzer read a theme, or null.</summary>
    public string? Quote(string reviewId, string themeId) => _quotes.GetValueOrDefault((reviewId, themeId));

    /// <summary>The evidence with up to <see cref="QuoteContext"/> characters on each side, within its paragraph, cut at spaces.</summary>
    private static string Passage(string text, TextSpan evidence)
    {
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, evidence.Start - 1)) + 1;
        var paragraphEnd = text.IndexOf('\n', evidence.End) is var e and >= 0 ? e : text.Length;
        var start = Math.Max(paragraphStart, evidence.Start - QuoteContext);
        var end = Math.Min(paragraphEnd, evidence.End + QuoteContext);
        if (start > paragraphStart && text.IndexOf(' ', start, evidence.Start - start) is var s and >= 0)
        {
            start = s + 1;
        }

        if (end < paragraphEnd && text.LastIndexOf(' ', end - 1, end - evidence.End) is var f and >= 0)
        {
            end = f;
        }

        return (start > paragraphStart ? "…" : string.Empty) + text[start..end].Trim() + (end < paragraphEnd ? "…" : string.Empty);
    }
}
