using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string KeyOf(string term)
    {
        if (IsPlainKey(term))
        {
            return term;
        }

        var fold = new char[Tokenizer.FoldBufferSize(term.Length)];
        var tokens = new Token[Tokenizer.TokenBufferSize(term.Length)];
        var count = Tokenizer.Tokenize(term, fold, tokens);
        if (count == 1)
        {
            return new string(fold, tokens[0].FoldStart, tokens[0].FoldLength);
        }

        return string.Join(' ', tokens.Take(count).Select(t => new string(fold, t.FoldStart, t.FoldLength)));
    }

    /// <summary>The name of the compiled lexicon resource (see <see cref="Compile"/>).</summary>
    internal const string CompiledResource = "lexicons.compiled.tsv";

    /// <summary>
    /// Builds the compiled lexicon from the third-party sources (VADER, AFINN-fr, Pattern-fr; emoticons and emoji from
    /// VADER): every term folded and tokenized into its lookup key, Pattern-fr and AFINN-fr merged. This is the reference;
    /// the embedded <c>lexicons.compiled.tsv</c> is its output, checked by a test, so that first use reads plain keys
    /// instead of parsing XML and tokenizing 15,000 terms.
    /// </summary>
    /// <returns>The text of the compiled resource.</returns>
    internal static string Compile()
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
        englishDictionary.Remove(string.Empty);
        french.Remove(string.Empty);
        var text = new StringBuilder();
        text.Append("# ReviewKit compiled lexicon, generated from vader_lexicon.txt, AFINN-fr-165.txt and pattern-fr-sentiment.xml by RawLexicons.Compile. Do not edit.\n");
        text.Append("# One entry a line: e (English), f (French) or s (symbol), the folded key, the valence (-4..+4); tab-separated.\n");
        foreach (var (section, entries) in (ReadOnlySpan<(char, Dictionary<string, float>)>)[('e', englishDictionary), ('f', french), ('s', symbols.ToDictionary())])
        {
            foreach (var key in entries.Keys.Order(StringComparer.Ordinal))
            {
                text.Append(section).Append('\t').Append(key).Append('\t').Append(entries[key].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RawLexicons Load()
    {
        var english = new Dictionary<string, float>(8192, StringComparer.Ordinal);
        var french = new Dictionary<string, float>(8192, StringComparer.Ordinal);
        var symbols = new Dictionary<string, float>(256, StringComparer.Ordinal);
        using (var stream = OpenResource(CompiledResource))
        using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16))
        {
            while (reader.ReadLine() is { } line)
            {
                var target = line.Length > 2 && line[1] == '\t'
                    ? line[0] switch { 'e' => english, 'f' => french, 's' => symbols, _ => null }
                    : null;
                var tab = line.LastIndexOf('\t');
                if (target is not null && tab > 2 && float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
                {
                    target[line[2..tab]] = valence;
                }
            }
        }

        Override(english, "domain-en.tsv");
        Override(french, "domain-fr.tsv");
        Override(symbols, "symbols.tsv", fold: false);
        return new RawLexicons(english, french, symbols);
    }

    /// <summary>Lower-case ASCII letters only: already its own key.</summary>
    private static bool IsPlainKey(string term)
    {
        if (term.Length == 0)
        {
            return false;
        }

        foreach (var c in term)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
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

    /// <summary>Reads a whole embedded resource.</summary>
    /// <param name="resource">The resource's file name.</param>
    /// <returns>Its text.</returns>
    internal static string ReadResource(string resource)
    {
        using var stream = OpenResource(resource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static IEnumerable<string> ReadLines(string resource)
    {
        using var stream = OpenResource(resource);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    internal static Stream OpenResource(string resource) =>
        typeof(RawLexicons).Assembly.GetManifestResourceStream("ReviewKit.Analysis.Resources." + resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from {typeof(RawLexicons).Assembly.GetName().Name}.");

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
