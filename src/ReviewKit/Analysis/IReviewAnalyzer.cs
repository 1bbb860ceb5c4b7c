using ReviewKit.Reviews;

namespace ReviewKit.Analysis;

/// <summary>Reads a review: its language, how negative it is, which irritants it names and which risks it carries.</summary>
/// <remarks>
/// Implementations must accept any non-null string (empty, very long, binary garbage, unpaired surrogates, right-to-left
/// text, emoji only), never throw on it and finish in time proportional to its length. They must be thread-safe.
/// </remarks>
public interface IReviewAnalyzer
{
    /// <summary>Gets the themes this analyzer can find, with the unmet need behind each and how people read it.</summary>
    /// <value>Every id this analyzer puts in <see cref="ReviewAnalysis.Themes"/> should be listed: the response planner
    /// briefs agents with the unmet needs, and quality reports show the labels and needs, of the themes listed here only.
    /// <see cref="ThemeCatalog.Empty"/> when the analyzer lists none. The same instance on every call.</value>
    ThemeCatalog Themes { get; }

    /// <summary>Analyses a text.</summary>
    /// <param name="text">The text to read; any string.</param>
    /// <param name="languageHint">A language the host believes the text is in (a BCP 47 tag such as <c>fr</c> or <c>en-GB</c>),
    /// or <see langword="null"/> to detect it. A hint that is not a supported language is ignored.</param>
    /// <returns>The analysis; evidence spans index into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    ReviewAnalysis Analyze(string text, string? languageHint = null);

    /// <summary>Analyses a review's title and text, using its declared language as a hint.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The analysis; evidence spans index into <see cref="ReviewAnalysis.TextOf(Review)"/> of the review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    ReviewAnalysis Analyze(Review review);
}
