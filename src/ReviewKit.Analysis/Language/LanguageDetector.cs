using System.Buffers;
using System.Collections.Frozen;
using ReviewKit.Analysis.Sentiment;
using ReviewKit.Analysis.Text;

namespace ReviewKit.Analysis.Language;

/// <summary>
/// Tells French from English (or neither) from stop words, elisions, contractions, accents and a character-trigram
/// profile of each language's lexicon vocabulary. Robust to short texts and typos; built once per process.
/// </summary>
/// <remarks>
/// The score is positive for French and negative for English. Stop words weigh most; a trigram profile (the log-ratio of a
/// trigram's frequency in the French and in the English vocabulary, hashed into a fixed table) gives every other word a
/// small vote, so misspelt and unknown words still count. Below a minimum amount of evidence the text is undetermined.
/// </remarks>
internal sealed class LanguageDetector
{
    public const double MinEvidence = 0.9;

    private const int TableBits = 16;
    private const int TableMask = (1 << TableBits) - 1;

    private static readonly SearchValues<char> FrenchLetters = SearchValues.Create("éèêàçùûôîœëÉÈÊÀÇ");

    private static readonly Lazy<LanguageDetector> Shared = new(() => new LanguageDetector(RawLexicons.Instance), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] FrenchStopWords =
    [
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "ce",
        "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs",
        "qui", "que", "quoi", "dans", "sur", "avec", "pour", "par", "pas", "ne", "tres", "mais", "ou", "donc", "car", "au", "aux", "en", "ete",
        "etait", "avait", "avons", "avez", "ont", "suis", "fait", "faire", "tout", "tous", "toute", "toutes", "rien", "jamais", "aucun",
        "aucune", "bien", "bon", "bonne", "chez", "sans", "sous", "comme", "aussi", "encore", "deja", "ici", "alors", "apres", "avant",
        "depuis", "quand", "parce", "cela", "ca", "moi", "toi", "lui", "eux", "meme", "autre", "peu", "beaucoup", "trop", "chambre",
        "personnel", "accueil", "commande", "livraison", "colis", "merci", "film", "tres", "vraiment", "y", "etre", "avoir", "mais", "plus",
        "nul", "ai", "avec", "leur", "j", "l", "d", "qu", "n", "c", "s", "m", "t", "jusqu", "lorsqu", "puisqu",
    ];

    private static readonly string[] EnglishStopWords =
    [
        "the", "and", "was", "is", "it", "to", "of", "for", "with", "i", "we", "they", "you", "my", "our", "not", "no", "very", "but", "at",
        "this", "that", "there", "had", "have", "be", "were", "are", "been", "from", "room", "staff", "an", "so", "all", "would", "could",
        "if", "or", "did", "what", "when", "which", "will", "just", "only", "also", "too", "again", "never", "nothing", "good", "great",
        "bad", "nice", "order", "delivery", "customer", "get", "got", "after", "before", "out", "up", "about", "one", "by", "he", "she",
        "her", "his", "them", "their", "do", "does", "in", "it's", "i'm", "don't", "didn't", "wasn't", "isn't", "can't", "won't", "should",
        "really", "which", "than", "then", "where", "how", "your", "us", "who", "because", "well", "breakfast", "location", "bed", "hotel's",
        "booked", "stay", "stayed", "clean", "small", "friendly", "helpful", "some", "any", "more", "other", "into", "over", "has", "here",
    ];

    private readonly FrozenDictionary<string, float> _stopWords;
    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _stopLookup;
    private readonly float[] _trigrams;

    private LanguageDetector(RawLexicons lexicons)
    {
        var stop = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var w in FrenchStopWords)
        {
            stop[w] = 1f;
        }

        foreach (var w in EnglishStopWords)
        {
            stop[w] = stop.ContainsKey(w) ? 0f : -1f;
        }

        foreach (var shared in (string[])["a", "on", "me", "service", "super", "ok", "hotel", "parking", "restaurant", "wifi", "top", "client"])
        {
            stop[shared] = 0f;
        }

        _stopWords = stop.ToFrozenDictionary(StringComparer.Ordinal);
        _stopLookup = _stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _trigrams = BuildTrigramTable(
            lexicons.French.Keys.Concat(FrenchStopWords),
            lexicons.English.Keys.Concat(EnglishStopWords));
    }

    public static LanguageDetector Instance => Shared.Value;

    /// <summary>Scores the tokens: positive for French, negative for English.</summary>
    /// <param name="text">The original text (accents are read there).</param>
    /// <param name="fold">The fold buffer.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="evidence">The total absolute weight of the votes.</param>
    /// <returns>The score.</returns>
    public double Score(ReadOnlySpan<char> text, ReadOnlySpan<char> fold, ReadOnlySpan<Token> tokens, out double evidence)
    {
        double score = 0;
        evidence = 0;
        var words = 0;
        foreach (ref readonly var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            // Enough is enough: the first 400 words decide, so a megabyte of text costs no more than a long review.
            if (++words > 400)
            {
                break;
            }

            var word = fold.Slice(token.FoldStart, token.FoldLength);
            double vote;
            if (token.Has(TokenFlags.Elision))
            {
                vote = 1.5;
            }
            else if (_stopLookup.TryGetValue(word, out var stop))
            {
                vote = stop * 1.2;
            }
            else
            {
                vote = TrigramVote(word);
                if (word.Contains('\''))
                {
                    vote -= 0.8;
                }
            }

            var raw = text.Slice(token.Start, token.Length);
            if (raw.ContainsAny(FrenchLetters))
            {
                vote += 0.6;
            }

            score += vote;
            evidence += Math.Abs(vote);
        }

        return score;
    }

    private double TrigramVote(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 30)
        {
            return 0;
        }

        double sum = 0;
        var count = 0;
        var a = '_';
        var b = word[0];
        for (var i = 1; i <= word.Length; i++)
        {
            var c = i < word.Length ? word[i] : '_';
            sum += _trigrams[Hash(a, b, c)];
            count++;
            a = b;
            b = c;
        }

        return Math.Clamp(sum / count * 0.7, -0.8, 0.8);
    }

    private static int Hash(char a, char b, char c) => (int)((((uint)a * 31 * 31) + ((uint)b * 31) + c) * 2654435761u >> (32 - TableBits)) & TableMask;

    private static float[] BuildTrigramTable(IEnumerable<string> french, IEnumerable<string> english)
    {
        var fr = new float[1 << TableBits];
        var en = new float[1 << TableBits];
        static double Count(IEnumerable<string> words, float[] table)
        {
            double total = 0;
            foreach (var w in words)
            {
                if (w.Contains(' ', StringComparison.Ordinal) || w.Length < 2)
                {
                    continue;
                }

                var a = '_';
                var b = w[0];
                for (var i = 1; i <= w.Length; i++)
                {
                    var c = i < w.Length ? w[i] : '_';
                    table[Hash(a, b, c)]++;
                    total++;
                    a = b;
                    b = c;
                }
            }

            return total;
        }

        var frTotal = Count(french, fr);
        var enTotal = Count(english, en);
        var table = new float[1 << TableBits];
        for (var i = 0; i < table.Length; i++)
        {
            // Add-one smoothing; the log-ratio says how much more French than English a trigram is.
            table[i] = (float)Math.Log(((fr[i] + 1) / (frTotal + table.Length)) / ((en[i] + 1) / (enTotal + table.Length)));
        }

        return table;
    }
}
