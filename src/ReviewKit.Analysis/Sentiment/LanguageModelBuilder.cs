using System.Runtime.CompilerServices;
using ReviewKit.Analysis.Themes;

namespace ReviewKit.Analysis.Sentiment;

/// <summary>Builds a <see cref="LanguageModel"/> from a lexicon, the language's function words and the taxonomy's patterns.</summary>
internal static class LanguageModelBuilder
{
    private const float BoosterIncrement = 0.293f;

    private static readonly string[] EnglishNegators =
    [
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "cannot", "nowhere", "hardly", "rarely", "seldom",
        "don't", "can't", "won't", "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't", "hasn't", "haven't", "hadn't", "couldn't",
        "shouldn't", "wouldn't", "mustn't", "needn't", "ain't", "dont", "cant", "wont", "isnt", "arent", "wasnt", "werent", "didnt",
        "doesnt", "hasnt", "havent", "hadnt", "couldnt", "shouldnt", "wouldnt", "aint", "lack", "lacked", "lacking", "lacks",
    ];

    private static readonly string[] EnglishBoosters =
    [
        "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "enormously", "entirely", "especially",
        "exceptionally", "extremely", "fabulously", "fully", "greatly", "highly", "hugely", "incredibly", "intensely", "majorly", "more",
        "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously",
        "unbelievably", "unusually", "utterly", "very", "super", "too", "seriously", "truly", "terribly", "ridiculously", "insanely", "such",
        "overly", "way", "real", "pretty",
    ];

    private static readonly string[] EnglishDampeners =
    [
        "almost", "barely", "kinda", "less", "little", "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "fairly",
        "rather", "bit", "mostly", "reasonably",
    ];

    private static readonly string[] EnglishContrast = ["but", "however", "nevertheless", "nonetheless", "yet", "except"];

    private static readonly string[] EnglishConcession = ["although", "though", "despite", "whilst"];

    private static readonly string[] FrenchNegators = ["pas", "jamais", "rien", "aucun", "aucune", "aucuns", "aucunes", "sans", "ni", "nullement", "non", "peu", "manque", "moins"];

    private static readonly string[] FrenchNe = ["ne", "n"];

    private static readonly string[] FrenchClosers = ["plus", "personne", "guere", "point"];

    private static readonly string[] FrenchBoosters =
    [
        "tres", "trop", "vraiment", "tellement", "extremement", "super", "hyper", "ultra", "totalement", "completement", "absolument",
        "vachement", "carrement", "particulierement", "franchement", "profondement", "enormement", "incroyablement", "terriblement", "si",
        "hautement", "entierement", "nettement", "largement", "grave", "mega", "archi", "assurement", "fort", "bien", "tout", "aussi",
        "vraie", "vrai", "veritable", "veritablement", "tres tres",
    ];

    private static readonly string[] FrenchDampeners = ["assez", "plutot", "legerement", "moyennement", "relativement", "presque", "quelque"];

    private static readonly string[] FrenchContrast = ["mais", "pourtant", "cependant", "toutefois", "neanmoins", "sauf", "contre", "revanche"];

    private static readonly string[] FrenchConcession = ["malgre", "quoique", "certes"];

    private static bool KeepsValence(string word) => word is "no" or "lack" or "lacked" or "lacking" or "lacks" or "manque";

    /// <summary>
    /// The valence of each French inflection stem (see <see cref="FrenchInflection"/>): read for a word the lexicon lacks.
    /// Stems whose words disagree in sign are left out; otherwise the stem takes the mean.
    /// </summary>
    private static SpanMap<float> InflectionTable(Dictionary<string, WordEntry> words)
    {
        var sums = new Dictionary<string, float[]>(words.Count, StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[FrenchInflection.MaxLength];
        foreach (var (key, e) in words)
        {
            if (e.Valence == 0 || e.Role != WordRole.None)
            {
                continue;
            }

            var length = FrenchInflection.Stem(key, buffer);
            if (length == 0)
            {
                continue;
            }

            var stem = buffer[..length].SequenceEqual(key) ? key : new string(buffer[..length]);
            if (!sums.TryGetValue(stem, out var acc))
            {
                sums[stem] = acc = new float[3];
            }

            acc[e.Valence > 0 ? 0 : 1] += e.Valence;
            acc[2]++;
        }

        var keys = new List<string>(sums.Count);
        var values = new List<float>(sums.Count);
        foreach (var (stem, acc) in sums)
        {
            if (acc[0] != 0 && acc[1] != 0)
            {
                continue;
            }

            keys.Add(stem);
            values.Add((acc[0] + acc[1]) / acc[2]);
        }

        return new SpanMap<float>([.. keys], [.. values]);
    }

    /// <summary>
    /// The phrases, plus every proper word prefix of a phrase as a non-phrase entry, so that the scanner extends a key word
    /// by word and stops at the first miss instead of trying every length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SpanMap<PhraseInfo> PhraseTable(Dictionary<string, float> phrases, HashSet<string> negators)
    {
        var table = new Dictionary<string, PhraseInfo>(phrases.Count * 2, StringComparer.Ordinal);
        foreach (var (key, valence) in phrases)
        {
            var parts = key.Split(' ');
            table[key] = new PhraseInfo(valence, parts.Any(negators.Contains));
            for (var n = 2; n < parts.Length; n++)
            {
                table.TryAdd(string.Join(' ', parts.Take(n)), new PhraseInfo(0, false, IsPhrase: false));
            }
        }

        return SpanMap.From(table, p => p);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LanguageModel Build(bool french, Dictionary<string, float> lexicon, Taxonomy taxonomy)
    {
        // Entries are a class, not a tuple: Dictionary<string, class> runs the runtime's shared, precompiled code, which is
        // most of what keeps first use short.
        var words = new Dictionary<string, WordEntry>(lexicon.Count + 512, StringComparer.Ordinal);
        var phrases = new Dictionary<string, float>(StringComparer.Ordinal);
        var maxPhraseWords = 1;

        WordEntry Entry(string word)
        {
            if (!words.TryGetValue(word, out var e))
            {
                words[word] = e = new WordEntry();
            }

            return e;
        }

        void Role(string word, WordRole role, float boost = 0)
        {
            var e = Entry(word);
            e.Role |= role;
            if (boost != 0)
            {
                e.Boost = boost;
            }
        }

        foreach (var (key, valence) in lexicon)
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                Entry(key).Valence = valence;
            }
            else
            {
                phrases[key] = valence;
                maxPhraseWords = Math.Max(maxPhraseWords, key.AsSpan().Count(' ') + 1);
                Role(key[..space], WordRole.PhraseStart);
            }
        }

        foreach (var w in french ? FrenchNegators : EnglishNegators)
        {
            Role(w, WordRole.Negator);
        }

        if (french)
        {
            foreach (var w in FrenchNe)
            {
                Role(w, WordRole.Ne);
            }

            foreach (var w in FrenchClosers)
            {
                Role(w, WordRole.Closer);
            }
        }

        foreach (var w in french ? FrenchBoosters : EnglishBoosters)
        {
            if (!w.Contains(' ', StringComparison.Ordinal))
            {
                Role(w, WordRole.Booster, BoosterIncrement);
            }
        }

        foreach (var w in french ? FrenchDampeners : EnglishDampeners)
        {
            Role(w, WordRole.Booster, -BoosterIncrement);
        }

        foreach (var w in french ? FrenchContrast : EnglishContrast)
        {
            Role(w, WordRole.Contrast);
        }

        foreach (var w in french ? FrenchConcession : EnglishConcession)
        {
            Role(w, WordRole.Concession);
        }

        // Negators and contrast words carry no valence of their own ("no" is -1.2 in VADER; "sans" is not an opinion).
        var negators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, e) in words)
        {
            if ((e.Role & (WordRole.Negator | WordRole.Ne | WordRole.Contrast | WordRole.Concession)) != 0 && !KeepsValence(key))
            {
                e.Valence = 0;
            }

            if ((e.Role & (WordRole.Negator | WordRole.Ne)) != 0)
            {
                negators.Add(key);
            }
        }

        var patterns = new List<CompiledPattern>();
        var stems = new Dictionary<string, List<StemEntry>>(StringComparer.Ordinal);
        var numberFirst = new List<int>();
        var pairs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var sources = french ? taxonomy.French : taxonomy.English;
        for (var category = 0; category < sources.Length; category++)
        {
            foreach (var source in sources[category])
            {
                if (!PatternParser.TryParse(source, out var mode, out var elements, out _))
                {
                    continue;
                }

                var index = patterns.Count;
                patterns.Add(new CompiledPattern(category, mode, elements, source));
                var first = elements[0];
                if (first.Kind == ElementKind.Number)
                {
                    numberFirst.Add(index);
                }
                else if (first.Kind == ElementKind.Exact && elements.Length > 1 && elements[1].Kind == ElementKind.Exact)
                {
                    // Indexed by its first two words, so that a common first word ("no", "pas") does not try dozens.
                    Role(first.Text, WordRole.PairStart);
                    // The second word's regular forms too ("lost parcel" finds "lost parcels"; see PatternInflection).
                    var second = elements[1].Text;
                    var forms = french ? PatternInflection.FrenchForms(second) : PatternInflection.EnglishForms(second);
                    forms.Add(second);
                    foreach (var form in forms)
                    {
                        var key = first.Text + " " + form;
                        if (!pairs.TryGetValue(key, out var list))
                        {
                            pairs[key] = list = [];
                        }

                        if (!list.Contains(index))
                        {
                            list.Add(index);
                        }
                    }
                }
                else if (first.Kind == ElementKind.Exact)
                {
                    (Entry(first.Text).Patterns ??= []).Add(index);

                    // A one-word English pattern also reads its regular forms ("refund" finds "refunds", "refunded"):
                    // indexed here, so that matching costs nothing more. Only words the lexicon does not list otherwise
                    // gain an entry, with no valence (French forms keep their inflection-table valence: not indexed).
                    if (!french && elements.Length == 1 && mode != PatternMode.Exclusion)
                    {
                        foreach (var form in PatternInflection.EnglishForms(first.Text))
                        {
                            var e = Entry(form);
                            if (e.Patterns is null || !e.Patterns.Contains(index))
                            {
                                (e.Patterns ??= []).Add(index);
                            }
                        }
                    }
                }
                else
                {
                    var key = first.Text[..LanguageModel.StemKeyLength];
                    if (!stems.TryGetValue(key, out var list))
                    {
                        stems[key] = list = [];
                    }

                    list.Add(new StemEntry(first.Text, index));
                }
            }
        }

        return new LanguageModel(
            SpanMap.From(words, e => new WordInfo(e.Valence, e.Role, e.Boost, e.Patterns?.ToArray())),
            PhraseTable(phrases, negators),
            SpanMap.From(stems, e => e.ToArray()),
            [.. patterns],
            Math.Min(maxPhraseWords, 6))
        {
            Pairs = SpanMap.From(pairs, e => e.ToArray()),
            Inflections = french ? InflectionTable(words) : null,
            NumberFirstPatterns = [.. numberFirst],
            // Both lexicons lean positive, French more (Pattern-fr is mostly praise adjectives); reviews complain with
            // fewer, plainer words. Tuned on the dev halves of Booking.com and Allociné only.
            NegativeWeight = french ? 1.6f : 1.3f,
        };
    }
}

/// <summary>A word being built.</summary>
internal sealed class WordEntry
{
    public float Valence { get; set; }

    public WordRole Role { get; set; }

    public float Boost { get; set; }

    public List<int>? Patterns { get; set; }
}
