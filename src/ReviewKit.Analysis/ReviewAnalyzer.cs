using System.Collections.Immutable;
using ReviewKit.Analysis.Themes;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis;

/// <summary>
/// The default French and English <see cref="IReviewAnalyzer"/>: language detection, VADER-style sentiment over embedded
/// lexicons (VADER; AFINN-fr and Pattern-fr merged; ReviewKit's review-domain additions), irritant themes and risks.
/// </summary>
/// <remarks>
/// <para>Accepts any string and never throws on it: empty, binary garbage, unpaired surrogates, right-to-left text, emoji
/// only. Time and memory are linear in the text's length, and only the first 4,194,304 characters are read. No regular
/// expression runs on review text; tokens are offsets into per-thread buffers reused from call to call, and every lookup is
/// a hash map read through a <see cref="ReadOnlySpan{T}"/>.</para>
/// <para>Creating an analyzer reads the precompiled lexicons (once per process) and the patterns; each language's model is
/// compiled at its first review (together a few tens of milliseconds);
/// create one and share it. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReviewAnalyzer : IReviewAnalyzer
{
    private static readonly Lazy<ReviewAnalyzer> Default = new(() => new ReviewAnalyzer(new AnalysisOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly AnalysisEngine _engine;

    private ReviewAnalyzer(AnalysisOptions options)
    {
        _engine = new AnalysisEngine(options, options.UseLearnedThemes ? ThemeModel.Shipped : null);
        Themes = new ThemeCatalog(_engine.Themes);
    }

    /// <inheritdoc/>
    /// <remarks>The enabled default themes (<see cref="ThemeIds"/>) in their shipped order with the host's changes to
    /// their needs and labels, then the host's own themes in the order of <see cref="AnalysisOptions.Themes"/>; a disabled
    /// theme is not listed.</remarks>
    public ThemeCatalog Themes { get; }

    /// <summary>Returns the analyzer with the default taxonomy, shared by the whole process.</summary>
    /// <returns>The default analyzer; the same instance on every call.</returns>
    public static ReviewAnalyzer CreateDefault() => Default.Value;

    /// <summary>Creates an analyzer with the host's changes to the taxonomy.</summary>
    /// <param name="options">The options; validated, then copied.</param>
    /// <returns>A new analyzer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every failure with its path.</exception>
    public static ReviewAnalyzer Create(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate();
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid analysis options: " + string.Join(" ", failures), nameof(options));
        }

        return new ReviewAnalyzer(options);
    }

    /// <summary>
    /// Gets the patterns this analyzer detects a theme with in a language, in the syntax of <see cref="ThemePatternOptions"/>
    /// (the exact spelling <see cref="ThemePatternOptions.Remove"/> expects for a default pattern).
    /// </summary>
    /// <param name="themeId">The theme id, one of <see cref="Themes"/>.</param>
    /// <param name="language">The language: the French patterns for <c>fr</c> and its regional variants, the English ones otherwise.</param>
    /// <returns>The patterns in force, defaults first; empty when <paramref name="themeId"/> is not a theme of this analyzer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themeId"/> is null.</exception>
    public ImmutableArray<string> Patterns(string themeId, LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(themeId);
        return _engine.PatternsOf(themeId) is { } patterns
            ? [.. language.PrimaryLanguage == "fr" ? patterns.French : patterns.English]
            : [];
    }

    /// <inheritdoc/>
    public ReviewAnalysis Analyze(string text, string? languageHint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        LanguageTag? forced = null;
        if (LanguageTag.TryParse(languageHint, out var hint))
        {
            forced = hint.PrimaryLanguage switch
            {
                "fr" => LanguageTag.French,
                "en" => LanguageTag.English,
                _ => null,
            };
        }

        return _engine.Analyze(text, forced);
    }

    /// <inheritdoc/>
    public ReviewAnalysis Analyze(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Analyze(ReviewAnalysis.TextOf(review), review.Language?.ToString());
    }
}
