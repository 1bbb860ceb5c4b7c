using System.Collections.Immutable;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis;

/// <summary>A theme as an analyzer detects it: its id, the unmet need behind it and its patterns in each language.</summary>
/// <remarks>Used to brief and train agents ("late delivery: the customer needs reliability and proactive news").
/// Immutable and thread-safe; reference equality.</remarks>
public sealed class ThemeDefinition
{
    internal ThemeDefinition(string id, string needEnglish, string needFrench, ImmutableArray<string> english, ImmutableArray<string> french)
    {
        Id = id;
        UnmetNeedEnglish = needEnglish;
        UnmetNeedFrench = needFrench;
        EnglishPatterns = english;
        FrenchPatterns = french;
    }

    /// <summary>Gets the theme id, for example <c>delay</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the unmet need behind the theme, in English.</summary>
    public string UnmetNeedEnglish { get; }

    /// <summary>Gets the unmet need behind the theme, in French.</summary>
    public string UnmetNeedFrench { get; }

    /// <summary>Gets the English patterns, in the syntax of <see cref="ThemePatternOptions"/>.</summary>
    public ImmutableArray<string> EnglishPatterns { get; }

    /// <summary>Gets the French patterns, in the syntax of <see cref="ThemePatternOptions"/>.</summary>
    public ImmutableArray<string> FrenchPatterns { get; }

    /// <summary>Gets the unmet need in a language: French for <c>fr</c> and its regional variants, English otherwise.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The unmet need.</returns>
    public string UnmetNeed(LanguageTag language) => language.PrimaryLanguage == "fr" ? UnmetNeedFrench : UnmetNeedEnglish;

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
