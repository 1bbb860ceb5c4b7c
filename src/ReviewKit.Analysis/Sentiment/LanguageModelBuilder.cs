using System.Collections.Frozen;
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

    private static readonly string[] EnglishContrast = ["but", "however", "though", "nevertheless", "nonetheless", "yet", "except", "although"];

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

    private static readonly string[] FrenchContrast = ["mais", "pourtant", "cependant", "toutefois", "neanmoins", "sauf", "contre", "revanche", "malgre"];

    private static bool KeepsValence(string word) => word is "no" or "lack" or "lacked" or "lacking" or "lacks" or "manque";

    /// <summary>
    /// The phrases, plus every proper word prefix of a phrase as a non-phrase entry, so that the scanner extends a key word
    /// by word and stops at the first miss instead of trying every length.
    /// </summary>
    private static FrozenDictionary<string, PhraseInfo> PhraseTable(Dictionary<string, float> phrases, HashSet<string> negators)
    {
        var table = new Dictionary<string, PhraseInfo>(StringComparer.Ordinal);
        foreach (var (key, valence) in phrases)
        {
            var parts = key.Split(' ');
            table[key] = new PhraseInfo(valence, parts.Any(negators.Contains));
            for (var n = 2; n < parts.Length; n++)
            {
                table.TryAdd(string.Join(' ', parts.Take(n)), new PhraseInfo(0, false, IsPhrase: false));
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static LanguageModel Build(bool french, Dictionary<string, float> lexicon, Taxonomy taxonomy)
    {
        var words = new Dictionary<string, (float Valence, WordRole Role, float Boost, List<int>? Patterns)>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, float>(StringComparer.Ordinal);
        var maxPhraseWords = 1;

        void Role(string word, WordRole role, float boost = 0)
        {
            words.TryGetValue(word, out var e);
            words[word] = (e.Valence, e.Role | role, boost != 0 ? boost : e.Boost, e.Patterns);
        }

        foreach (var (key, valence) in lexicon)
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                words.TryGetValue(key, out var e);
                words[key] = (valence, e.Role, e.Boost, e.Patterns);
            }
            else
            {
                phrases[key] = valence;
                maxPhraseWords = Math.Max(maxPhraseWords, key.Count(c => c == ' ') + 1);
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

        // Negators and contrast words carry no valence of their own ("no" is -1.2 in VADER; "sans" is not an opinion).
        foreach (var key in words.Keys.ToList())
        {
            var e = words[key];
            if ((e.Role & (WordRole.Negator | WordRole.Ne | WordRole.Contrast)) != 0 && !KeepsValence(key))
            {
                words[key] = (0, e.Role, e.Boost, e.Patterns);
            }
        }

        var patterns = new List<CompiledPattern>();
        var stems = new Dictionary<string, List<StemEntry>>(StringComparer.Ordinal);
        var numberFirst = new List<int>();
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
                else if (first.Kind == ElementKind.Exact)
                {
                    words.TryGetValue(first.Text, out var e);
                    var list = e.Patterns ?? [];
                    list.Add(index);
                    words[first.Text] = (e.Valence, e.Role, e.Boost, list);
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
            words.ToFrozenDictionary(e => e.Key, e => new WordInfo(e.Value.Valence, e.Value.Role, e.Value.Boost, e.Value.Patterns?.ToArray()), StringComparer.Ordinal),
            PhraseTable(phrases, words.Where(w => (w.Value.Role & (WordRole.Negator | WordRole.Ne)) != 0).Select(w => w.Key).ToHashSet(StringComparer.Ordinal)),
            stems.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            [.. patterns],
            Math.Min(maxPhraseWords, 6))
        {
            NumberFirstPatterns = [.. numberFirst],
            // Both lexicons lean positive, French more (Pattern-fr is mostly praise adjectives); reviews complain with
            // fewer, plainer words. Tuned on the dev halves of Booking.com and Allociné only.
            NegativeWeight = french ? 1.6f : 1.3f,
        };
    }
}
