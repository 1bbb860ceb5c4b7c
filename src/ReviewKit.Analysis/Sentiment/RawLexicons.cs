using System.Globalization;
using ReviewKit.Analysis.Text;

namespace ReviewKit.Analysis.Sentiment;

/// <summary>
/// The embedded lexicons, read once per process: VADER for English; AFINN-fr and Pattern-fr merged for French; the
/// ReviewKit domain additions for both; emoji and emoticons. Keys are folded (see <see cref="TextFolding"/>); phrases are
/// folded tokens joined by one space. Valences are on VADER's scale (-4..+4).
/// </summary>
internal sealed class RawLexicons
{
    private static readonly Lazy<RawLexicons> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private RawLexicons(Dictionary<string, float> english, Dictionary<string, float> french, Dictionary<string, float> symbols)
    {
        English = english;
        French = french;
        Symbols = symbols;
    }

    public static RawLexicons Instance => Shared.Value;

    public Dictionary<string, float> English { get; }

    public Dictionary<string, float> French { get; }

    public Dictionary<string, float> Symbols { get; }

    /// <summary>Folds and tokenizes a lexicon term or pattern word sequence into its lookup key.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The folded tokens joined by single spaces; empty when the term has no token.</returns>
    public static string KeyOf(string term)
    {
        var fold = new char[Tokenizer.FoldBufferSize(term.Length)];
        var tokens = new Token[Tokenizer.TokenBufferSize(term.Length)];
        var count = Tokenizer.Tokenize(term, fold, tokens);
        if (count == 1)
        {
            return new string(fold, tokens[0].FoldStart, tokens[0].FoldLength);
        }

        return string.Join(' ', tokens.Take(count).Select(t => new string(fold, t.FoldStart, t.FoldLength)));
    }

    private static RawLexicons Load()
    {
        var english = new Accumulator();
        var symbols = new Accumulator();
        foreach (var line in ReadLines("vader_lexicon.txt"))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                continue;
            }

            var term = parts[0];
            if (term.Any(char.IsLetter) && !IsEmoticonLike(term))
            {
                english.Add(KeyOf(term), valence);
            }
            else
            {
                symbols.Add(term, valence);
            }
        }

        var afinn = new Accumulator();
        foreach (var line in ReadLines("AFINN-fr-165.txt"))
        {
            var tab = line.LastIndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var score))
            {
                afinn.Add(KeyOf(line[..tab]), score * 0.8f);
            }
        }

        var pattern = new Accumulator();
        foreach (var line in ReadLines("pattern-fr-sentiment.xml"))
        {
            var form = Attribute(line, "form=\"");
            var polarity = Attribute(line, "polarity=\"");
            if (form.Length > 0 && float.TryParse(polarity, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p != 0)
            {
                pattern.Add(KeyOf(form.ToString()), p * 3.5f);
            }
        }

        // French: AFINN-fr and Pattern-fr merged (the mean where both know a word).
        var french = afinn.ToDictionary();
        foreach (var (key, value) in pattern.ToDictionary())
        {
            french[key] = french.TryGetValue(key, out var a) ? (a + value) / 2 : value;
        }

        var englishDictionary = english.ToDictionary();
        Override(englishDictionary, "domain-en.tsv");
        Override(french, "domain-fr.tsv");
        var symbolDictionary = symbols.ToDictionary();
        Override(symbolDictionary, "symbols.tsv", fold: false);
        englishDictionary.Remove(string.Empty);
        french.Remove(string.Empty);
        return new RawLexicons(englishDictionary, french, symbolDictionary);
    }

    private static bool IsEmoticonLike(string term) => term.Length <= 4 && term.Any(c => !char.IsLetter(c));

    private static void Override(Dictionary<string, float> target, string resource, bool fold = true)
    {
        foreach (var line in ReadLines(resource))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                var key = fold ? KeyOf(line[..tab]) : line[..tab];
                if (key.Length > 0)
                {
                    target[key] = valence;
                }
            }
        }
    }

    private static ReadOnlySpan<char> Attribute(string line, string name)
    {
        var start = line.IndexOf(name, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        start += name.Length;
        var end = line.IndexOf('"', start);
        return end < 0 ? [] : line.AsSpan(start, end - start);
    }

    internal static IEnumerable<string> ReadLines(string resource)
    {
        using var stream = typeof(RawLexicons).Assembly.GetManifestResourceStream("ReviewKit.Analysis.Resources." + resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from {typeof(RawLexicons).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private sealed class Accumulator
    {
        private readonly Dictionary<string, (float Sum, int Count)> _entries = new(StringComparer.Ordinal);

        public void Add(string key, float value)
        {
            _entries[key] = _entries.TryGetValue(key, out var e) ? (e.Sum + value, e.Count + 1) : (value, 1);
        }

        public Dictionary<string, float> ToDictionary() =>
            _entries.ToDictionary(e => e.Key, e => e.Value.Sum / e.Value.Count, StringComparer.Ordinal);
    }
}
