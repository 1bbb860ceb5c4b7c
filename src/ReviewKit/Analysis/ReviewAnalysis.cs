using System.Collections.Immutable;
using System.Globalization;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis;

/// <summary>What an <see cref="IReviewAnalyzer"/> read in a text: language, sentiment, irritant themes and risks.</summary>
/// <remarks>
/// <para><see cref="Sentiment"/> is in [-1, 1], negative below 0. <see cref="Positive"/>, <see cref="Negative"/> and
/// <see cref="Neutral"/> are the shares of the text's sentiment-bearing weight and sum to 1 (all three are 0 for a text
/// with no words).</para>
/// <para>Themes are ordered by decreasing confidence, then by id; risks by id. Value equality over all members.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReviewAnalysis : IEquatable<ReviewAnalysis>
{
    /// <summary>Creates an analysis.</summary>
    /// <param name="language">The language the text was read in; <see cref="LanguageTag.Undetermined"/> when unknown.</param>
    /// <param name="sentiment">The overall sentiment, in [-1, 1].</param>
    /// <param name="positive">The positive share, in [0, 1].</param>
    /// <param name="negative">The negative share, in [0, 1].</param>
    /// <param name="neutral">The neutral share, in [0, 1].</param>
    /// <param name="themes">The irritant themes found.</param>
    /// <param name="risks">The risks found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="themes"/> or <paramref name="risks"/> is null or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or out of its range.</exception>
    public ReviewAnalysis(
        LanguageTag language,
        double sentiment,
        double positive,
        double negative,
        double neutral,
        IEnumerable<ThemeMatch> themes,
        IEnumerable<RiskMatch> risks)
    {
        if (double.IsNaN(sentiment) || sentiment is < -1 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sentiment), sentiment, "sentiment must be within [-1, 1].");
        }

        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(risks);
        Language = language;
        Sentiment = sentiment;
        Positive = ThemeMatch.UnitInterval(positive, nameof(positive));
        Negative = ThemeMatch.UnitInterval(negative, nameof(negative));
        Neutral = ThemeMatch.UnitInterval(neutral, nameof(neutral));
        Themes = themes is ICollection<ThemeMatch> { Count: 0 }
            ? []
            : [.. themes.Select(t => t ?? throw new ArgumentNullException(nameof(themes), "themes must not hold a null."))
                .OrderByDescending(t => t.Confidence).ThenBy(t => t.ThemeId, StringComparer.Ordinal)];
        Risks = risks is ICollection<RiskMatch> { Count: 0 }
            ? []
            : [.. risks.Select(r => r ?? throw new ArgumentNullException(nameof(risks), "risks must not hold a null."))
                .OrderBy(r => r.RiskId, StringComparer.Ordinal)];
    }

    /// <summary>Gets the analysis of a text with nothing to read: undetermined language, neutral, no theme, no risk.</summary>
    public static ReviewAnalysis Empty { get; } = new(LanguageTag.Undetermined, 0, 0, 0, 0, [], []);

    /// <summary>Gets the language the text was read in: <c>fr</c>, <c>en</c> or <c>und</c> for the default analyzer.</summary>
    public LanguageTag Language { get; }

    /// <summary>Gets the overall sentiment in [-1, 1]: below 0 is negative, above 0 positive.</summary>
    public double Sentiment { get; }

    /// <summary>Gets the positive share of the text, in [0, 1].</summary>
    public double Positive { get; }

    /// <summary>Gets the negative share of the text, in [0, 1].</summary>
    public double Negative { get; }

    /// <summary>Gets the neutral share of the text, in [0, 1].</summary>
    public double Neutral { get; }

    /// <summary>Gets the irritant themes found, by decreasing confidence.</summary>
    public ImmutableArray<ThemeMatch> Themes { get; }

    /// <summary>Gets the risks found, by id.</summary>
    public ImmutableArray<RiskMatch> Risks { get; }

    /// <summary>Gets a value indicating whether the analysis found at least one risk.</summary>
    public bool HasRisk => !Risks.IsEmpty;

    /// <summary>Returns the text an analyzer reads for a review: the title, a blank line and the text, or the text alone when there is no title.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The text that evidence spans of <see cref="IReviewAnalyzer.Analyze(Review)"/> index into.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    public static string TextOf(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.Title.Length == 0)
        {
            return review.Text;
        }

        return review.Text.Length == 0 ? review.Title : string.Concat(review.Title, "\n\n", review.Text);
    }

    /// <summary>Gets the match for a theme, if it was found.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <returns>The match, or <see langword="null"/>.</returns>
    public ThemeMatch? FindTheme(string themeId)
    {
        foreach (var theme in Themes)
        {
            if (string.Equals(theme.ThemeId, themeId, StringComparison.Ordinal))
            {
                return theme;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(ReviewAnalysis? other) =>
        other is not null
        && Language == other.Language
        && Sentiment.Equals(other.Sentiment)
        && Positive.Equals(other.Positive)
        && Negative.Equals(other.Negative)
        && Neutral.Equals(other.Neutral)
        && Themes.SequenceEqual(other.Themes)
        && Risks.SequenceEqual(other.Risks);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReviewAnalysis);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Language, Sentiment, Themes.Length, Risks.Length);

    /// <summary>Returns the language, the sentiment, the themes and the risks, for logs.</summary>
    /// <returns>For example <c>fr -0.62 themes: delay (0.75) risks: legal_threat</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Language} {Sentiment:0.00} themes: {(Themes.IsEmpty ? "none" : string.Join(", ", Themes))} risks: {(Risks.IsEmpty ? "none" : string.Join(", ", Risks))}");
}
