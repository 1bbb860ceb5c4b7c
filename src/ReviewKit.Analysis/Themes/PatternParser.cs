using System.Runtime.CompilerServices;
using ReviewKit.Analysis.Sentiment;

namespace ReviewKit.Analysis.Themes;

/// <summary>Parses the pattern syntax of <see cref="ThemePatternOptions"/>.</summary>
internal static class PatternParser
{
    public const int MaxElements = 8;
    public const int MaxLength = 400;
    public const int MinPrefixLength = 4;

    /// <summary>The most words a gap (<c>~</c>) skips.</summary>
    public const int MaxGap = 3;

    /// <summary>The most gaps in one pattern (bounds the matching work: at most (MaxGap + 1)^MaxGaps tries).</summary>
    public const int MaxGaps = 2;

    /// <summary>Parsed choices by their text (a choice is immutable once built; an array keeps the map's code shared).</summary>
    private static readonly Dictionary<string, PatternElement[]> ChoiceCache = new(StringComparer.Ordinal);

    /// <summary>Parses a pattern.</summary>
    /// <param name="pattern">The pattern as written.</param>
    /// <param name="mode">How it counts.</param>
    /// <param name="elements">Its elements.</param>
    /// <param name="error">Why it is invalid, when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(string? pattern, out PatternMode mode, out PatternElement[] elements, out string error)
    {
        mode = PatternMode.Complaint;
        elements = [];
        if (string.IsNullOrWhiteSpace(pattern))
        {
            error = "a pattern must not be empty.";
            return false;
        }

        if (pattern.Length > MaxLength)
        {
            error = $"a pattern has at most {MaxLength} characters.";
            return false;
        }

        var body = pattern.Trim();
        mode = body[0] switch
        {
            '!' => PatternMode.Negated,
            '@' => PatternMode.Aspect,
            '-' => PatternMode.Exclusion,
            _ => PatternMode.Complaint,
        };
        if (mode != PatternMode.Complaint)
        {
            body = body[1..];
        }

        var list = new List<PatternElement>();
        foreach (var part in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "#")
            {
                list.Add(new PatternElement(ElementKind.Number, string.Empty));
                continue;
            }

            if (part == "~")
            {
                list.Add(new PatternElement(ElementKind.Gap, string.Empty));
                continue;
            }

            if (part == "*")
            {
                list.Add(new PatternElement(ElementKind.AnyWord, string.Empty));
                continue;
            }

            if (part.Contains('/', StringComparison.Ordinal))
            {
                if (!TryParseChoice(part, out var choice, out error))
                {
                    return false;
                }

                list.Add(choice);
                continue;
            }

            var prefix = part.EndsWith('*');
            var word = prefix ? part[..^1] : part;
            if (word.Contains('*', StringComparison.Ordinal) || word.Contains('#', StringComparison.Ordinal) || word.Contains('~', StringComparison.Ordinal))
            {
                error = $"'{part}': '*' may only end a word or stand alone, '#' and '~' may only stand alone.";
                return false;
            }

            var key = RawLexicons.KeyOf(word);
            if (key.Length == 0)
            {
                error = $"'{part}' has no letters or digits to match.";
                return false;
            }

            var words = key.Split(' ');
            for (var k = 0; k < words.Length; k++)
            {
                var isPrefix = prefix && k == words.Length - 1;
                if (isPrefix && words[k].Length < MinPrefixLength)
                {
                    error = $"'{part}': a prefix needs at least {MinPrefixLength} letters before '*'.";
                    return false;
                }

                list.Add(new PatternElement(isPrefix ? ElementKind.Prefix : ElementKind.Exact, words[k]));
            }
        }

        if (list.Count == 0)
        {
            error = "a pattern must have at least one word.";
            return false;
        }

        var gaps = 0;
        foreach (var element in list)
        {
            gaps += element.Kind == ElementKind.Gap ? 1 : 0;
        }

        if (list[^1].Kind == ElementKind.Gap || gaps > MaxGaps)
        {
            error = $"'~' (a gap of up to {MaxGap} words) must be followed by a word, and a pattern has at most {MaxGaps} gaps.";
            return false;
        }

        if (list[0].Kind is ElementKind.AnyWord or ElementKind.Gap or ElementKind.Choice || (list[0].Kind == ElementKind.Number && (list.Count == 1 || list[1].Kind != ElementKind.Exact)))
        {
            error = "a pattern must start with a word, or with '#' followed by a word; not with '*', '~' or a choice.";
            return false;
        }

        if (list.Count > MaxElements)
        {
            error = $"a pattern has at most {MaxElements} words.";
            return false;
        }

        elements = [.. list];
        error = string.Empty;
        return true;
    }

    /// <summary>Parses a choice such as <c>cold/bland/stale*</c>: one word each (a prefix may end with <c>*</c>).</summary>
    private static bool TryParseChoice(string part, out PatternElement choice, out string error)
    {
        // The same choice often follows several heads ("because of my ~ ...", "because i am ~ ..."): built once.
        lock (ChoiceCache)
        {
            if (ChoiceCache.TryGetValue(part, out var cached))
            {
                choice = cached[0];
                error = string.Empty;
                return true;
            }
        }

        choice = default;
        var options = new List<PatternElement>();
        foreach (var option in part.Split('/'))
        {
            var prefix = option.EndsWith('*');
            var word = prefix ? option[..^1] : option;
            var key = word.Length == 0 || word.Contains('*', StringComparison.Ordinal) || word.Contains('#', StringComparison.Ordinal) || word.Contains('~', StringComparison.Ordinal)
                ? string.Empty
                : RawLexicons.KeyOf(word);
            if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal) || (prefix && key.Length < MinPrefixLength))
            {
                error = $"'{part}': each choice must be one word (a prefix with at least {MinPrefixLength} letters before '*').";
                return false;
            }

            options.Add(new PatternElement(prefix ? ElementKind.Prefix : ElementKind.Exact, key));
        }

        // The exact words and their regular forms in one map: a choice of dozens of words costs one lookup.
        var words = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var option in options)
        {
            if (option.Kind == ElementKind.Prefix)
            {
                prefixes.Add(option.Text);
                continue;
            }

            words.Add(option.Text);
            words.UnionWith(PatternInflection.EnglishForms(option.Text));
            words.UnionWith(PatternInflection.FrenchForms(option.Text));
        }

        string[] keys = [.. words];
        choice = new PatternElement(ElementKind.Choice, string.Empty, [.. options], new SpanMap<bool>(keys, new bool[keys.Length]), [.. prefixes]);
        lock (ChoiceCache)
        {
            ChoiceCache[part] = [choice];
        }

        error = string.Empty;
        return true;
    }
}
