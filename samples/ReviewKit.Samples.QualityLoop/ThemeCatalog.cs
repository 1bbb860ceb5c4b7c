using System.Globalization;
using ReviewKit.Analysis;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>How the report names a theme and the unmet need behind it, read from the analyzer's theme definitions.</summary>
public sealed class ThemeCatalog
{
    private readonly Dictionary<string, ThemeDefinition> _themes;

    public ThemeCatalog(IReviewAnalyzer analyzer) =>
        _themes = analyzer is ReviewAnalyzer known
            ? known.Themes.ToDictionary(t => t.Id, StringComparer.Ordinal)
            : new Dictionary<string, ThemeDefinition>(StringComparer.Ordinal);

    /// <summary>The theme ids the analyzer can find (empty when the analyzer does not list them).</summary>
    public IReadOnlyCollection<string> Ids => _themes.Keys;

    /// <summary>A readable label: <c>customer_service</c> becomes <c>Customer service</c>.</summary>
    public static string Label(string themeId)
    {
        var words = themeId.Replace('_', ' ').Replace('-', ' ');
        return words.Length == 0 ? themeId : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    /// <summary>The unmet need behind a theme, in English, or null when the analyzer does not say.</summary>
    public string? UnmetNeed(string themeId) => _themes.TryGetValue(themeId, out var theme) ? theme.UnmetNeedEnglish : null;
}
