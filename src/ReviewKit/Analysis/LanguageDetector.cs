using System.Buffers;
using System.Collections.Frozen;
using ReviewKit.Responses;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis;

/// <summary>The running score of a <see cref="LanguageDetector"/> over the words of one text.</summary>
internal struct LanguageScore
{
    /// <summary>The sum of the votes: positive for French, negative for English.</summary>
    public double Score;

    /// <summary>The total absolute weight of the votes.</summary>
    public double Evidence;

    /// <summary>The words counted so far (at most <see cref="LanguageDetector.MaxWords"/>).</summary>
    public int Words;
}

/// <summary>
/// The one French/English detector of ReviewKit, used by the reply checker (on replies and reviews) and by the
/// ReviewKit.Analysis analyzer. Tells French from English (or neither) from stop words, elisions, contractions, accents
/// and a character-trigram profile of each language's vocabulary. Robust to short texts, typos and mixed texts (the
/// majority language wins).
/// </summary>
/// <remarks>
/// <para>The score is positive for French and negative for English. Stop words weigh most; the trigram profile (the
/// log-ratio of a trigram's frequency in the French and in the English vocabulary, hashed into a fixed table) gives
/// every other word a small vote, so misspelt and unknown words still count. Below <see cref="MinEvidence"/> of evidence,
/// or with a score closer to zero than <see cref="MinScore"/>, the text is undetermined. The first
/// <see cref="MaxWords"/> words decide, so a megabyte costs no more than a long review.</para>
/// <para>One algorithm, several vocabularies: <see cref="Default"/> profiles the stop words and ReviewKit's own French
/// and English texts (reply lexicon, templates, messages); the analyzer creates an instance over its embedded
/// sentiment lexicons with <see cref="Create"/>, so the lexicons and their licences stay in that package. The caller
/// tokenizes (each package has its tokenizer) and feeds words to <see cref="Add"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
internal sealed class LanguageDetector
{
    public const double MinEvidence = 0.9;
    public const double MinScore = 0.5;
    public const int MaxWords = 400;

    /// <summary>The largest vote one word can add (toward French): an elision (1.5) with an accented letter (+0.6).</summary>
    private const double MaxFrenchVote = 1.5 + 0.6;

    /// <summary>The largest vote one word can add toward English: a trigram vote at its bound (-0.8) on a contraction (-0.8).</summary>
    private const double MaxEnglishVote = 0.8 + 0.8;

    private const int TableBits = 16;
    private const int TableMask = (1 << TableBits) - 1;

    private static readonly SearchValues<char> FrenchLetters = SearchValues.Create("éèêàçùûôîœëÉÈÊÀÇ");

    private static readonly FrozenSet<string> Clitics = FrozenSet.ToFrozenSet(
        ["c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CliticLookup = Clitics.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<LanguageDetector> DefaultInstance =
        new(() => Create(CoreVocabulary(french: true), CoreVocabulary(french: false)), LazyThreadSafetyMode.ExecutionAndPublication);

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

    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _stopLookup;
    private readonly float[] _trigrams;

    private LanguageDetector(IEnumerable<string> frenchVocabulary, IEnumerable<string> englishVocabulary)
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

        _stopLookup = stop.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _trigrams = BuildTrigramTable(frenchVocabulary.Concat(FrenchStopWords), englishVocabulary.Concat(EnglishStopWords));
    }

    /// <summary>Gets the detector over ReviewKit's own vocabulary (built once per process).</summary>
    public static LanguageDetector Default => DefaultInstance.Value;

    /// <summary>Creates a detector whose trigram profile also covers the given vocabularies (folded: lower case, no accents).</summary>
    /// <param name="frenchVocabulary">French words; entries with a space are skipped.</param>
    /// <param name="englishVocabulary">English words; entries with a space are skipped.</param>
    /// <returns>The detector; build it once and share it.</returns>
    public static LanguageDetector Create(IEnumerable<string> frenchVocabulary, IEnumerable<string> englishVocabulary)
    {
        ArgumentNullException.ThrowIfNull(frenchVocabulary);
        ArgumentNullException.ThrowIfNull(englishVocabulary);
        return new LanguageDetector(frenchVocabulary, englishVocabulary);
    }

    /// <summary>Decides the language of a score.</summary>
    /// <param name="score">The score of a text.</param>
    /// <returns>French, English, or undetermined when the evidence is too thin or too balanced.</returns>
    public static LanguageTag Decide(in LanguageScore score) =>
        score.Evidence < MinEvidence || Math.Abs(score.Score) < MinScore
            ? LanguageTag.Undetermined
            : score.Score > 0 ? LanguageTag.French : LanguageTag.English;

    /// <summary>Adds the vote of one word.</summary>
    /// <param name="score">The running score.</param>
    /// <param name="raw">The word as written (accents are read there).</param>
    /// <param name="folded">The word folded: lower case, accents removed, a contraction's apostrophe kept (<c>don't</c>).</param>
    /// <param name="elision">Whether the word is a French elided clitic (<c>l'</c>, <c>qu'</c>, <c>j'</c>...).</param>
    /// <returns><see langword="false"/> once <see cref="MaxWords"/> words were counted: stop feeding words.</returns>
    public bool Add(ref LanguageScore score, ReadOnlySpan<char> raw, ReadOnlySpan<char> folded, bool elision)
    {
        if (score.Words >= MaxWords)
        {
            return false;
        }

        score.Words++;
        double vote;
        if (elision)
        {
            vote = 1.5;
        }
        else if (_stopLookup.TryGetValue(folded, out var stop))
        {
            vote = stop * 1.2;
        }
        else
        {
            vote = TrigramVote(folded);
            if (folded.Contains('\''))
            {
                vote -= 0.8;
            }
        }

        if (raw.ContainsAny(FrenchLetters))
        {
            vote += 0.6;
        }

        score.Score += vote;
        score.Evidence += Math.Abs(vote);
        return true;
    }

    /// <summary>Detects the language of a text, tokenized the way the reply checker does.</summary>
    /// <param name="text">Any string.</param>
    /// <returns>French, English or undetermined.</returns>
    public LanguageTag Detect(string text)
    {
        using var tokens = TokenizedText.Create(text);
        return Detect(tokens);
    }

    /// <summary>Detects the language of a tokenized text: an apostrophe between two words makes an elision (<c>l'accueil</c>) or a contraction (<c>don't</c>).</summary>
    /// <param name="text">The tokens.</param>
    /// <param name="stopWhenCertain">
    /// Stop reading as soon as the words left cannot change the verdict (each word moves the score by at most
    /// <see cref="MaxFrenchVote"/> toward French or <see cref="MaxEnglishVote"/> toward English, and the evidence only
    /// grows); the verdict is the same as reading every word. <see langword="false"/> reads every word (for comparison).
    /// </param>
    /// <returns>French, English or undetermined.</returns>
    public LanguageTag Detect(in TokenizedText text, bool stopWhenCertain = true)
    {
        var score = default(LanguageScore);
        var raw = text.Text.AsSpan();
        var folded = text.Folded;
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Digits)
            {
                continue;
            }

            var end = token.End;
            var joined = i + 1 < tokens.Length && tokens[i + 1].Start == end + 1 && folded[end] == '\'' && tokens[i + 1].Kind != TokenKind.Digits;
            var word = folded.Slice(token.Start, token.Length);
            bool more;
            if (joined && CliticLookup.Contains(word))
            {
                more = Add(ref score, raw.Slice(token.Start, token.Length), word, elision: true);
            }
            else if (joined)
            {
                // A contraction (don't, it's): one word with its apostrophe, as the analyzer reads it.
                var next = tokens[++i];
                more = Add(ref score, raw[token.Start..next.End], folded[token.Start..next.End], elision: false);
            }
            else
            {
                more = Add(ref score, raw.Slice(token.Start, token.Length), word, elision: false);
            }

            if (!more)
            {
                break;
            }

            if (stopWhenCertain && score.Evidence >= MinEvidence)
            {
                // At most one word per token left, and no more than MaxWords in all. A small margin keeps the
                // verdict exact despite the rounding of the running sum.
                var left = Math.Min(tokens.Length - 1 - i, MaxWords - score.Words);
                if (score.Score - (left * MaxEnglishVote) >= MinScore + 1e-9 || score.Score + (left * MaxFrenchVote) <= -MinScore - 1e-9)
                {
                    break;
                }
            }
        }

        return Decide(score);
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

    /// <summary>ReviewKit's own words in a language: the reply lexicon, the default templates and the checker's messages, folded.</summary>
    private static IEnumerable<string> CoreVocabulary(bool french)
    {
        var language = french ? LanguageTag.French : LanguageTag.English;
        var texts = ReplyLexicon.StopWords(french)
            .Concat(ReplyMessages.Texts(french))
            .Concat(DefaultReplyTemplates.All
                .Where(t => t.Language == language)
                .SelectMany(static t => t.Segments.Where(static s => !s.IsPlaceholder).Select(static s => s.Text)))
            .Concat(DefaultReplyTemplates.SentenceTexts(french));
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in TokenizedText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.All(char.IsLetter))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    private static readonly char[] Separators = [.. " \t\r\n.,;:!?()[]{}\"'«»-–—/…".ToCharArray()];
}
