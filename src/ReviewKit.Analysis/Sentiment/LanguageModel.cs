using ReviewKit.Analysis.Themes;

namespace ReviewKit.Analysis.Sentiment;

/// <summary>The grammatical role of a word for the scorer.</summary>
[Flags]
internal enum WordRole : ushort
{
    None = 0,

    /// <summary>Negates the next words (<c>not</c>, <c>pas</c>, <c>jamais</c>, <c>sans</c>).</summary>
    Negator = 1,

    /// <summary>The French <c>ne</c>: negates only with a closer (<c>pas</c>, <c>plus</c>, <c>personne</c>...) around it.</summary>
    Ne = 2,

    /// <summary>Closes a French negation after <c>ne</c> (<c>plus</c>, <c>personne</c>, <c>guère</c>), without negating on its own.</summary>
    Closer = 4,

    /// <summary>Intensifies the next sentiment word (<c>very</c>, <c>très</c>); a dampener when <see cref="WordInfo.Boost"/> is negative.</summary>
    Booster = 8,

    /// <summary>Shifts the weight to what follows (<c>but</c>, <c>mais</c>): the clause before counts half, the clause after one and a half.</summary>
    Contrast = 16,

    /// <summary>Starts at least one multi-word lexicon phrase.</summary>
    PhraseStart = 32,

    /// <summary>Starts at least one pattern whose first two elements are words (see <see cref="LanguageModel.Pairs"/>).</summary>
    PairStart = 64,

    /// <summary>
    /// Concedes what follows (<c>although</c>, <c>malgré</c>, and <c>même si</c>, <c>bien que</c>, <c>even if</c> after their
    /// first word): the rest of the clause counts half, the opposite of <see cref="Contrast"/>.
    /// </summary>
    Concession = 128,
}

/// <summary>Everything the engine knows about one folded word in one language; found with a single lookup.</summary>
internal readonly struct WordInfo
{
    public WordInfo(float valence, WordRole role, float boost, int[]? patterns)
    {
        Valence = valence;
        Role = role;
        Boost = boost;
        Patterns = patterns;
    }

    /// <summary>Gets the lexicon valence (-4..+4); 0 when the word carries none.</summary>
    public float Valence { get; }

    /// <summary>Gets the word's roles.</summary>
    public WordRole Role { get; }

    /// <summary>Gets the booster's scalar (VADER's 0.293, negative for a dampener).</summary>
    public float Boost { get; }

    /// <summary>Gets the indexes of the patterns whose first element is this exact word, or null.</summary>
    public int[]? Patterns { get; }
}

/// <summary>A multi-word lexicon entry.</summary>
/// <param name="Valence">The valence (-4..+4).</param>
/// <param name="HasNegator">Whether the phrase holds a negator ("pas mal", "not bad"): its valence already says it, so it is not negated again.</param>
/// <param name="IsPhrase">Whether the key is a phrase; <see langword="false"/> for a key that only starts longer phrases.</param>
internal sealed record PhraseInfo(float Valence, bool HasNegator, bool IsPhrase = true);

/// <summary>A pattern whose first element is a prefix, indexed by the prefix's first four characters.</summary>
/// <param name="Stem">The whole prefix.</param>
/// <param name="Pattern">The pattern index.</param>
internal readonly record struct StemEntry(string Stem, int Pattern);

/// <summary>One language, compiled: words, phrases, stems and patterns, in span-keyed maps.</summary>
internal sealed class LanguageModel
{
    public const int StemKeyLength = PatternParser.MinPrefixLength;

    public LanguageModel(
        SpanMap<WordInfo> words,
        SpanMap<PhraseInfo> phrases,
        SpanMap<StemEntry[]> stems,
        CompiledPattern[] patterns,
        int maxPhraseWords)
    {
        Words = words;
        Phrases = phrases;
        Stems = stems;
        foreach (var key in stems.Keys)
        {
            var bit = StemBit(key);
            _stemFilter[bit >> 6] |= 1UL << bit;
        }

        Patterns = patterns;
        MaxPhraseWords = maxPhraseWords;
    }

    public SpanMap<WordInfo> Words { get; }

    public SpanMap<PhraseInfo> Phrases { get; }

    public SpanMap<StemEntry[]> Stems { get; }

    private readonly ulong[] _stemFilter = new ulong[StemFilterBits / 64];

    private const int StemFilterBits = 4096;

    /// <summary>
    /// Gets a value indicating whether a pattern prefix may start with these <see cref="StemKeyLength"/> characters: a
    /// bit-set test that spares most words the <see cref="Stems"/> lookup.
    /// </summary>
    /// <param name="key">The word's first <see cref="StemKeyLength"/> characters.</param>
    /// <returns><see langword="false"/> when no prefix starts so.</returns>
    public bool MayHaveStem(ReadOnlySpan<char> key)
    {
        var bit = StemBit(key);
        return (_stemFilter[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int StemBit(ReadOnlySpan<char> key) => (int)((((key[0] * 31u) + key[1]) * 31u + key[2]) * 31u + key[3]) & (StemFilterBits - 1);

    public CompiledPattern[] Patterns { get; }

    public int MaxPhraseWords { get; }

    /// <summary>Gets the patterns whose first two elements are exact words, by those two words joined by a space.</summary>
    public SpanMap<int[]> Pairs { get; init; } = new([], []);

    /// <summary>Gets the valence of each inflection stem, for a word the lexicon lacks; null for a language without one.</summary>
    public SpanMap<float>? Inflections { get; init; }

    /// <summary>Gets the indexes of the patterns that start with a number (<c># days late</c>).</summary>
    public int[] NumberFirstPatterns { get; init; } = [];

    /// <summary>Gets the weight of negative valences relative to positive ones (a lexicon's positive bias corrected).</summary>
    public float NegativeWeight { get; init; } = 1;

    public int WordCount => Words.Count + Phrases.Count + Stems.Count;
}
