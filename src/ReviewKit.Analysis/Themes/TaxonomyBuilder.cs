using System.Collections.Immutable;
using System.Globalization;

namespace ReviewKit.Analysis.Themes;

/// <summary>The themes and risks an analyzer detects, after the host's options are applied to the defaults.</summary>
internal sealed class Taxonomy
{
    public Taxonomy(Category[] categories, ThemeDefinition[] themes, string[][] english, string[][] french)
    {
        Categories = categories;
        Themes = themes;
        English = english;
        French = french;
    }

    /// <summary>Gets the patterns in force of an enabled theme, or <see langword="null"/> for an id that is not one.</summary>
    public (string[] English, string[] French)? PatternsOf(string themeId)
    {
        for (var i = 0; i < Categories.Length; i++)
        {
            if (Categories[i].Kind == CategoryKind.Theme && string.Equals(Categories[i].Id, themeId, StringComparison.Ordinal))
            {
                return (English[i], French[i]);
            }
        }

        return null;
    }

    /// <summary>Gets the themes, then the risks.</summary>
    public Category[] Categories { get; }

    /// <summary>Gets the enabled themes with their unmet needs.</summary>
    public ThemeDefinition[] Themes { get; }

    /// <summary>Gets the English patterns of each category.</summary>
    public string[][] English { get; }

    /// <summary>Gets the French patterns of each category.</summary>
    public string[][] French { get; }
}

/// <summary>Applies <see cref="AnalysisOptions"/> to the default taxonomy, and validates them.</summary>
internal static class TaxonomyBuilder
{
    private const int MaxIdLength = 64;
    private const int MaxNeedLength = 512;
    private const int MaxLabelLength = 512;

    public static Taxonomy Build(AnalysisOptions options)
    {
        // A class, not a tuple: List<class> runs the runtime's shared precompiled code (first use is mostly JIT time).
        var specs = new List<ThemeSpec>();
        foreach (var spec in DefaultTaxonomy.Themes)
        {
            specs.Add(new ThemeSpec(spec.Id, spec.NeedEnglish, spec.NeedFrench, Split(spec.English), Split(spec.French)) { Label = DefaultTaxonomy.Label(spec.Id) });
        }

        foreach (var theme in options.Themes)
        {
            var s = specs.Find(s => s.Id == theme.Id);
            if (s is null)
            {
                specs.Add(s = new ThemeSpec(theme.Id, theme.UnmetNeedEnglish ?? string.Empty, theme.UnmetNeedFrench ?? string.Empty, [], []));
            }

            foreach (var remove in theme.English.Remove)
            {
                s.En.Remove(remove);
            }

            foreach (var remove in theme.French.Remove)
            {
                s.Fr.Remove(remove);
            }

            s.En.AddRange(theme.English.Add.Where(p => !s.En.Contains(p)));
            s.Fr.AddRange(theme.French.Add.Where(p => !s.Fr.Contains(p)));
            s.NeedEn = theme.UnmetNeedEnglish ?? s.NeedEn;
            s.NeedFr = theme.UnmetNeedFrench ?? s.NeedFr;
            s.Label = theme.Label ?? s.Label;
            s.Enabled = theme.Enabled;
        }

        var categories = new List<Category>();
        var english = new List<string[]>();
        var french = new List<string[]>();
        var themes = new List<ThemeDefinition>();
        foreach (var s in specs)
        {
            if (!s.Enabled)
            {
                continue;
            }

            categories.Add(new Category(s.Id, CategoryKind.Theme));
            english.Add([.. s.En]);
            french.Add([.. s.Fr]);
            themes.Add(new ThemeDefinition(s.Id, s.NeedEn, s.NeedFr, s.Label));
        }

        foreach (var risk in DefaultTaxonomy.Risks)
        {
            categories.Add(new Category(risk.Id, CategoryKind.Risk));
            english.Add([.. Split(risk.English)]);
            french.Add([.. Split(risk.French)]);
        }

        foreach (var (theme, cues) in ThemeCues.Instance)
        {
            categories.Add(new Category(theme, CategoryKind.Cue));
            english.Add(cues.English);
            french.Add(cues.French);
        }

        return new Taxonomy([.. categories], [.. themes], [.. english], [.. french]);
    }

    public static void Validate(AnalysisOptions options, string path, List<string> failures)
    {
        if (!(options.MinThemeConfidence is >= 0 and <= 1))
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture, $"{AnalysisOptions.Join(path, nameof(AnalysisOptions.MinThemeConfidence))}: must be within [0, 1]; it was {options.MinThemeConfidence}."));
        }

        var defaults = DefaultTaxonomy.Themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Themes.Count; i++)
        {
            var themePath = AnalysisOptions.Join(path, string.Create(CultureInfo.InvariantCulture, $"{nameof(AnalysisOptions.Themes)}:{i}"));
            var theme = options.Themes[i];
            if (theme is null)
            {
                failures.Add($"{themePath}: a theme entry must not be null.");
                continue;
            }

            var idPath = $"{themePath}:{nameof(ThemeOptions.Id)}";
            if (!IsValidId(theme.Id))
            {
                failures.Add($"{idPath}: '{theme.Id}' is not a theme id: use 1 to {MaxIdLength} lower-case ASCII letters, digits or '_', starting with a letter (for example 'parking').");
                continue;
            }

            if (!seen.Add(theme.Id))
            {
                failures.Add($"{idPath}: the theme '{theme.Id}' is configured more than once; merge the entries.");
            }

            if (DefaultTaxonomy.Risks.Any(r => r.Id == theme.Id))
            {
                failures.Add($"{idPath}: '{theme.Id}' is a risk id; risks are not configurable as themes.");
                continue;
            }

            var isDefault = defaults.TryGetValue(theme.Id, out var spec);
            ValidateNeed(theme.UnmetNeedEnglish, $"{themePath}:{nameof(ThemeOptions.UnmetNeedEnglish)}", required: !isDefault && theme.Enabled, failures);
            ValidateNeed(theme.UnmetNeedFrench, $"{themePath}:{nameof(ThemeOptions.UnmetNeedFrench)}", required: !isDefault && theme.Enabled, failures);
            if (theme.Label is { } label && (string.IsNullOrWhiteSpace(label) || label.Length > MaxLabelLength))
            {
                failures.Add($"{themePath}:{nameof(ThemeOptions.Label)}: the label must be 1 to {MaxLabelLength} characters, not blank.");
            }

            ValidatePatterns(theme.English, $"{themePath}:{nameof(ThemeOptions.English)}", isDefault ? Split(spec!.English) : [], failures);
            ValidatePatterns(theme.French, $"{themePath}:{nameof(ThemeOptions.French)}", isDefault ? Split(spec!.French) : [], failures);
            if (!isDefault && theme.Enabled && theme.English.Add.Count + theme.French.Add.Count == 0)
            {
                failures.Add($"{themePath}: the new theme '{theme.Id}' needs at least one pattern in English:Add or French:Add.");
            }
        }
    }

    private static void ValidateNeed(string? need, string needPath, bool required, List<string> failures)
    {
        if (need is null)
        {
            if (required)
            {
                failures.Add($"{needPath}: a new theme needs its unmet need in both languages (it briefs the agents).");
            }
        }
        else if (string.IsNullOrWhiteSpace(need) || need.Length > MaxNeedLength)
        {
            failures.Add($"{needPath}: the unmet need must be 1 to {MaxNeedLength} characters, not blank.");
        }
    }

    private static void ValidatePatterns(ThemePatternOptions? patterns, string patternsPath, List<string> defaults, List<string> failures)
    {
        if (patterns is null)
        {
            return;
        }

        for (var j = 0; j < patterns.Add.Count; j++)
        {
            if (!PatternParser.TryParse(patterns.Add[j], out _, out _, out var error))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{patternsPath}:{nameof(ThemePatternOptions.Add)}:{j}: '{patterns.Add[j]}': {error}"));
            }
        }

        for (var j = 0; j < patterns.Remove.Count; j++)
        {
            if (!defaults.Contains(patterns.Remove[j]))
            {
                failures.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{patternsPath}:{nameof(ThemePatternOptions.Remove)}:{j}: '{patterns.Remove[j]}' is not a default pattern of this theme (see ReviewAnalyzer.Patterns for the exact spelling)."));
            }
        }
    }

    private static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !char.IsAsciiLetterLower(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> Split(string patterns) => [.. patterns.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    internal static ImmutableArray<string> DefaultPatterns(string id, bool french)
    {
        var spec = DefaultTaxonomy.Themes.Concat(DefaultTaxonomy.Risks).First(t => t.Id == id);
        return [.. Split(french ? spec.French : spec.English)];
    }
}

/// <summary>A theme while the options are applied to the defaults.</summary>
internal sealed class ThemeSpec(string id, string needEn, string needFr, List<string> en, List<string> fr)
{
    public string Id { get; } = id;

    public string NeedEn { get; set; } = needEn;

    public string NeedFr { get; set; } = needFr;

    public List<string> En { get; } = en;

    public List<string> Fr { get; } = fr;

    public bool Enabled { get; set; } = true;

    public string? Label { get; set; }
}
