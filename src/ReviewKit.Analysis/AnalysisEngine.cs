using System.Diagnostics.CodeAnalysis;
using ReviewKit.Analysis.Sentiment;
using ReviewKit.Analysis.Text;
using ReviewKit.Analysis.Themes;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis;

/// <summary>
/// The analysis itself: tokenize once, detect the language, then one scan over the tokens that scores sentiment the
/// VADER way (negation scope, boosters, contrast, caps, exclamation) and matches theme and risk patterns on the fly.
/// </summary>
/// <remarks>Immutable after construction and thread-safe: every analysis uses its own pooled buffers.</remarks>
internal sealed class AnalysisEngine
{
    /// <summary>The longest prefix of a text that is analysed; the rest is ignored, which bounds time and memory.</summary>
    public const int MaxAnalyzedLength = 1 << 22;

    private const float NegationScalar = -0.74f;
    private const float CapsIncrement = 0.733f;
    private const int NegationWindow = 4;
    private const double Alpha = 15;
    private const float ComplaintValence = -1.0f;
    private const float RiskValence = -1.5f;
    private const double ReviewAspectThreshold = -0.5;
    private const float ReviewAspectWeight = 0.9f;
    private const double QuestionWeight = 0.5;


    private static readonly SpanMap<bool> NumberWordLookup = NumberWords(
        [
            "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
            "thirty", "forty", "fifty", "several", "few", "couple", "many", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
            "neuf", "dix", "onze", "douze", "quinze", "vingt", "trente", "quarante", "cinquante", "plusieurs", "quelques",
        ]);

    /// <summary>The core's French/English detector, its trigram profile widened to the embedded sentiment lexicons; built once per process.</summary>
    private static readonly Lazy<LanguageDetector> Detector = new(
        () => LanguageDetector.Create(RawLexicons.Instance.French.Keys, RawLexicons.Instance.English.Keys), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<LanguageModel> _english;
    private readonly Lazy<LanguageModel> _french;
    private readonly SpanMap<float> _symbols;
    private readonly Category[] _categories;
    private readonly double _minThemeConfidence;
    private readonly ThemeModel? _themeModel;
    private readonly int[] _modelThemeOf;
    private readonly Taxonomy _taxonomy;

    /// <summary>Initializes a new instance of the <see cref="AnalysisEngine"/> class.</summary>
    /// <param name="options">The host's taxonomy options.</param>
    /// <param name="themeModel">The learned theme model, or null to report themes from their patterns alone.</param>
    public AnalysisEngine(AnalysisOptions options, ThemeModel? themeModel)
    {
        var taxonomy = TaxonomyBuilder.Build(options);
        var lexicons = RawLexicons.Instance;
        // Each language is compiled at its first review: a French-only host never pays for English, and first use pays for
        // one language only.
        _english = new(() => LanguageModelBuilder.Build(french: false, lexicons.English, taxonomy), LazyThreadSafetyMode.ExecutionAndPublication);
        _french = new(() => LanguageModelBuilder.Build(french: true, lexicons.French, taxonomy), LazyThreadSafetyMode.ExecutionAndPublication);
        _symbols = SpanMap.From(lexicons.Symbols, v => v);
        _categories = taxonomy.Categories;
        _minThemeConfidence = options.MinThemeConfidence;
        Themes = taxonomy.Themes;
        _themeModel = themeModel;
        _modelThemeOf = new int[_categories.Length];
        for (var c = 0; c < _categories.Length; c++)
        {
            _modelThemeOf[c] = themeModel is null || _categories[c].Kind != CategoryKind.Theme ? -1 : Array.IndexOf(themeModel.Themes, _categories[c].Id);
        }
        _taxonomy = taxonomy;
    }

    public ThemeDefinition[] Themes { get; }

    public (string[] English, string[] French)? PatternsOf(string themeId) => _taxonomy.PatternsOf(themeId);

    public ReviewAnalysis Analyze(string text, LanguageTag? forced) =>
        Begin(text, forced, out var scan, out var language) ? scan.Run(language) : ReviewAnalysis.Empty;

    /// <summary>Reads a text's theme-model features (for training), the way <see cref="Analyze"/> reads them to score.</summary>
    /// <typeparam name="TSink">The receiver.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="forced">The language, or null to detect it.</param>
    /// <param name="settings">How words become features.</param>
    /// <param name="sink">Receives the features.</param>
    public void Features<TSink>(string text, LanguageTag? forced, ThemeFeatureSettings settings, ref TSink sink)
        where TSink : struct, IThemeFeatureSink
    {
        if (Begin(text, forced, out var scan, out _))
        {
            scan.Features(ref sink, settings);
        }
    }

    /// <summary>Tokenizes a text and settles its language; false when there is nothing to read.</summary>
    private bool Begin(string text, LanguageTag? forced, out Scan scan, out LanguageTag language)
    {
        scan = default;
        language = LanguageTag.Undetermined;
        var length = Math.Min(text.Length, MaxAnalyzedLength);
        if (length == 0)
        {
            return false;
        }

        var input = text.AsSpan(0, length);
        var workspace = Workspace.For(length);
        var foldArray = workspace.Fold;
        var tokenArray = workspace.Tokens;
        var count = Tokenizer.Tokenize(input, foldArray, tokenArray);
        if (count == 0)
        {
            return false;
        }

        var tokens = new ReadOnlySpan<Token>(tokenArray, 0, count);
        LanguageModel model;
        if (forced is { } f)
        {
            language = f;
            model = f == LanguageTag.French ? _french.Value : _english.Value;
        }
        else
        {
            var score = default(LanguageScore);
            var detector = Detector.Value;
            foreach (ref readonly var token in tokens)
            {
                if (token.Kind == TokenKind.Word
                    && !detector.Add(ref score, input.Slice(token.Start, token.Length), foldArray.AsSpan(token.FoldStart, token.FoldLength), token.Has(TokenFlags.Elision)))
                {
                    break;
                }
            }

            model = score.Score > 0 ? _french.Value : _english.Value;
            language = LanguageDetector.Decide(score);
        }

        scan = new Scan(this, model, foldArray, tokens, _categories.Length, workspace);
        return true;
    }

    private static SpanMap<bool> NumberWords(string[] words)
    {
        var distinct = new HashSet<string>(words, StringComparer.Ordinal).ToArray();
        return new SpanMap<bool>(distinct, new bool[distinct.Length]);
    }

    private static bool IsNegating(WordRole role) => (role & (WordRole.Negator | WordRole.Ne)) != 0;

    /// <summary>
    /// The buffers of one thread's analyses, reused from one call to the next (an analysis never calls out, so it cannot
    /// re-enter): no allocation per call for texts up to <see cref="MaxCachedLength"/> characters; longer texts get buffers
    /// of their own.
    /// </summary>
    private sealed class Workspace
    {
        private const int MaxCachedLength = 1 << 16;

        [ThreadStatic]
        private static Workspace? t_cached;

        public char[] Fold = [];
        public Token[] Tokens = [];
        public Hit[] Hits = new Hit[16];
        public Exclusion[] Exclusions = new Exclusion[4];
        public float[] Weights = new float[32];
        public WordRef[] Words = new WordRef[64];
        public double[] SentenceSums = new double[16];
        public float[] ModelScores = new float[32];
        public float[] ModelEvidence = new float[32];
        public int[] ModelEvidenceToken = new int[64];

        public static Workspace For(int length)
        {
            if (length > MaxCachedLength)
            {
                return new Workspace { Fold = new char[Tokenizer.FoldBufferSize(length)], Tokens = new Token[Tokenizer.TokenBufferSize(length)] };
            }

            var w = t_cached ??= new Workspace();
            if (w.Tokens.Length < Tokenizer.TokenBufferSize(length))
            {
                var size = Math.Max(length, 256);
                w.Fold = new char[Tokenizer.FoldBufferSize(size)];
                w.Tokens = new Token[Tokenizer.TokenBufferSize(size)];
            }

            return w;
        }
    }

    /// <summary>Scores a review's features with the learned theme model, remembering the strongest word evidence of each theme.</summary>
    private struct ThemeScorer : IThemeFeatureSink
    {
        private readonly ThemeModel _model;
        private readonly float[] _scores;
        private readonly float[] _best;
        private readonly int[] _bestTokens;

        public ThemeScorer(ThemeModel model, Workspace workspace)
        {
            _model = model;
            var n = model.Themes.Length;
            if (workspace.ModelScores.Length < n)
            {
                workspace.ModelScores = new float[n];
                workspace.ModelEvidence = new float[n];
                workspace.ModelEvidenceToken = new int[2 * n];
            }

            _scores = workspace.ModelScores;
            _best = workspace.ModelEvidence;
            _bestTokens = workspace.ModelEvidenceToken;
            model.Bias.CopyTo(_scores, 0);
            _best.AsSpan(0, n).Clear();
        }

        public readonly void Add(ThemeFeatureKind kind, ReadOnlySpan<char> key, int firstToken, int lastToken, float value) =>
            _model.Add(kind, key, value, _scores, _best, _bestTokens, firstToken, lastToken);

        public readonly double Probability(int theme) => ThemeModel.Sigmoid(_scores[theme]);

        public readonly (int First, int Last)? Evidence(int theme) =>
            _best[theme] > 0 ? (_bestTokens[2 * theme], _bestTokens[(2 * theme) + 1]) : null;
    }

    private struct Exclusion
    {
        public int Category;
        public int Start;
        public int End;
    }

    /// <summary>A word or number token the theme model reads, with what the scan knew of it.</summary>
    private struct WordRef
    {
        public int Token;
        public bool Negated;
        public int Sentence;
    }

    private struct Hit
    {
        public int Category;
        public PatternMode Mode;
        public int StartToken;
        public int EndToken;
        public int Clause;
        public float Weight;
        public bool Pending;
        public bool ReviewPending;
        public int Sentence;
    }

    /// <summary>The state of one scan; a ref struct over the pooled buffers.</summary>
    private ref struct Scan
    {
        private readonly AnalysisEngine _engine;
        private readonly LanguageModel _model;
        private readonly ReadOnlySpan<char> _fold;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly int _categoryCount;
        private readonly bool _capsDiff;

        private double _total;

        private double _pos;
        private double _neg;
        private double _neutral;
        private double _sentSum;
        private double _sentPos;
        private double _sentNeg;
        private double _clauseSum;
        private bool _afterContrast;
        private bool _conceded;
        private int _clause;
        private int _sentence;
        private int _negLeft;
        private bool _negBlocked;
        private float _b1;
        private float _b2;
        private float _b3;
        private int _exclamations;
        private int _questions;
        private int _phraseEnd;
        private int _domainEnd;
        private float _domainValence;
        private bool _domainSeenNegative;
        private readonly Workspace _workspace;
        private int _hitCount;
        private int _exclusionCount;
        private int _wordCount;

        public Scan(AnalysisEngine engine, LanguageModel model, char[] fold, ReadOnlySpan<Token> tokens, int categoryCount, Workspace workspace)
        {
            _workspace = workspace;
            _engine = engine;
            _model = model;
            _fold = fold;
            _tokens = tokens;
            _categoryCount = categoryCount;
            _phraseEnd = -1;
            _domainEnd = -1;
            var caps = false;
            var lower = false;
            foreach (ref readonly var t in tokens)
            {
                caps |= t.Has(TokenFlags.AllCaps);
                lower |= t.Has(TokenFlags.HasLower);
            }

            _capsDiff = caps && lower;
        }

        public ReviewAnalysis Run(LanguageTag language)
        {
            ScanTokens();
            var sentiment = Sentiment(out var positive, out var negative, out var neutral);
            if (_hitCount == 0 && _engine._themeModel is null)
            {
                return new ReviewAnalysis(language, sentiment, positive, negative, neutral, [], []);
            }

            return Matches(language, sentiment, positive, negative, neutral);
        }

        /// <summary>Scans the review, then hands its theme-model features to <paramref name="sink"/> (for training).</summary>
        public void Features<TSink>(ref TSink sink, ThemeFeatureSettings settings)
            where TSink : struct, IThemeFeatureSink
        {
            ScanTokens();
            var sentiment = Sentiment(out _, out _, out _);
            EmitFeatures(ref sink, settings, CategoryWeights(sentiment), sentiment);
        }

        private void ScanTokens()
        {
            for (var i = 0; i < _tokens.Length; i++)
            {
                ref readonly var t = ref _tokens[i];
                switch (t.Kind)
                {
                    case TokenKind.Punctuation:
                        var mark = _fold[t.FoldStart];
                        if (mark == '!')
                        {
                            _exclamations += t.Length;
                        }
                        else if (mark == '?')
                        {
                            _questions += t.Length;
                        }

                        if (t.Has(TokenFlags.ClauseEnd))
                        {
                            EndClause();
                        }

                        if (t.Has(TokenFlags.SentenceEnd))
                        {
                            if (mark == '?')
                            {
                                AskSentence();
                            }

                            EndSentence();
                        }

                        break;
                    case TokenKind.Symbol:
                        if (_engine._symbols.TryGetValue(_fold.Slice(t.FoldStart, t.FoldLength), out var symbolValence))
                        {
                            Add(symbolValence, i);
                        }

                        break;
                    case TokenKind.Number:
                        Record(i, _negLeft > 0);
                        foreach (var p in _model.NumberFirstPatterns)
                        {
                            TryPattern(i, _model.Patterns[p], 1, _negLeft > 0, firstNegates: false);
                        }

                        Shift(0);
                        break;
                    default:
                        Word(i);
                        break;
                }

                if (i == _domainEnd)
                {
                    FlushDomain();
                }
            }

            EndClause();
            EndSentence();
        }

        private void Record(int i, bool negated)
        {
            if (_wordCount == _workspace.Words.Length)
            {
                Array.Resize(ref _workspace.Words, _wordCount * 2);
            }

            _workspace.Words[_wordCount++] = new WordRef { Token = i, Negated = negated, Sentence = _sentence };
        }

        private void Word(int i)
        {
            ref readonly var t = ref _tokens[i];
            var word = _fold.Slice(t.FoldStart, t.FoldLength);
            if (!_model.Words.TryGetValue(word, out var info))
            {
                info = LookupUnlisted(word);
            }

            var role = info.Role;
            var negated = _negLeft > 0;
            if (negated && word is "doute" or "seulement" or "doubt" or "only" or "wonder" && NegatorJustBefore(i))
            {
                // "sans doute", "sans aucun doute", "non seulement", "no doubt", "not only": a fixed phrase, not a negation.
                negated = false;
                _negLeft = 0;
                _negBlocked = false;
            }

            // "un peu" dampens, "peu" alone negates ("peu aimable").
            if (role.HasFlag(WordRole.Negator) && word is "peu" && WordBefore(i) is "un")
            {
                role = WordRole.Booster;
                info = new WordInfo(0, role, -0.293f, info.Patterns);
            }
            else if (_model.Inflections is not null && IsFrenchNegatingLocution(i, word))
            {
                // "à peine drôle" (barely), "loin d'être réussi" (far from): they deny what follows, as "peu" does.
                role = WordRole.Negator;
                info = new WordInfo(0, role, 0, info.Patterns);
            }

            Record(i, negated);
            MatchPatterns(i, word, info, negated);

            if (i > _phraseEnd)
            {
                float valence = 0;
                var phraseNegates = false;
                if (role.HasFlag(WordRole.PhraseStart) && TryPhrase(i, out var phrase, out var end))
                {
                    valence = phrase.Valence;
                    phraseNegates = phrase.HasNegator;
                    _phraseEnd = end;
                }
                else
                {
                    valence = info.Valence;
                    if (valence != 0 && role.HasFlag(WordRole.Booster) && NextWordHasValence(i))
                    {
                        valence = 0;
                    }
                }

                if (valence != 0)
                {
                    if (_capsDiff && t.Has(TokenFlags.AllCaps))
                    {
                        valence += valence > 0 ? CapsIncrement : -CapsIncrement;
                    }

                    var boost = _b1 + (_b2 * 0.95f) + (_b3 * 0.9f);
                    valence += valence > 0 ? boost : -boost;
                    if (negated && !_negBlocked && !phraseNegates)
                    {
                        valence *= NegationScalar;
                    }

                    if (phraseNegates)
                    {
                        _negBlocked = true;
                    }

                    Add(valence, i);
                }
                else
                {
                    _neutral += 1;
                }
            }

            Shift(role.HasFlag(WordRole.Booster) ? info.Boost : 0);

            if (role.HasFlag(WordRole.Negator))
            {
                _negLeft = NegationWindow;
            }
            else if (role.HasFlag(WordRole.Ne))
            {
                OpenNe(i);
            }

            if (role.HasFlag(WordRole.Concession) || IsTwoWordConcession(i, word))
            {
                _conceded = true;
            }

            if (role.HasFlag(WordRole.Contrast))
            {
                _sentSum *= 0.5;
                _sentPos *= 0.5;
                _sentNeg *= 0.5;
                EndClause();
                _afterContrast = true;
            }
        }

        /// <summary>
        /// A word the lexicon does not list: elongated ("trèèèès", "soooo", "nuuuul") with its runs collapsed, or a French
        /// form read through its inflection stem ("décevants" reads as "décevante"). Apart from <see cref="Word"/> so that
        /// its stack buffers do not force the whole of it to be compiled fully optimised at first use.
        /// </summary>
        private readonly WordInfo LookupUnlisted(ReadOnlySpan<char> word)
        {
            if (word.Length is > 3 and <= 64 && HasLetterRun(word))
            {
                Span<char> collapsed = stackalloc char[word.Length];
                var length = 0;
                foreach (var c in word)
                {
                    if (length < 2 || c != collapsed[length - 1] || c != collapsed[length - 2])
                    {
                        collapsed[length++] = c;
                    }
                }

                if (_model.Words.TryGetValue(collapsed[..length], out var info))
                {
                    return info;
                }

                length = Collapse(collapsed[..length]);
                if (_model.Words.TryGetValue(collapsed[..length], out info))
                {
                    return info;
                }
            }

            if (_model.Inflections is { } inflections && word.Length <= FrenchInflection.MaxLength)
            {
                Span<char> stem = stackalloc char[FrenchInflection.MaxLength];
                var stemLength = FrenchInflection.Stem(word, stem);
                if (stemLength > 0 && inflections.TryGetValue(stem[..stemLength], out var inflected))
                {
                    return new WordInfo(inflected, WordRole.None, 0, null);
                }
            }

            return default;
        }

        /// <summary>Whether one of the two words before <paramref name="i"/> is a negator ("sans aucun doute", "without a doubt").</summary>
        private readonly bool NegatorJustBefore(int i)
        {
            for (var j = i - 1; j >= 0 && j >= i - 2; j--)
            {
                var t = _tokens[j];
                if (t.Kind != TokenKind.Word)
                {
                    return false;
                }

                if (_model.Words.TryGetValue(_fold.Slice(t.FoldStart, t.FoldLength), out var before) && IsNegating(before.Role))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The folded word just before token <paramref name="i"/>, or empty when that token is not a word.</summary>
        private readonly ReadOnlySpan<char> WordBefore(int i) =>
            i > 0 && _tokens[i - 1].Kind == TokenKind.Word ? _fold.Slice(_tokens[i - 1].FoldStart, _tokens[i - 1].FoldLength) : [];

        /// <summary>
        /// "à peine" (the second word, after "a") and "loin de" / "loin d'" (the first word, before "de" or "d"): French
        /// locutions that deny what follows. "de loin" ("de loin le meilleur", by far) is not one: "loin" must be followed by "de".
        /// </summary>
        private readonly bool IsFrenchNegatingLocution(int i, ReadOnlySpan<char> word)
        {
            if (word is "peine")
            {
                return WordBefore(i) is "a";
            }

            return word is "loin" && i + 1 < _tokens.Length && _tokens[i + 1].Kind == TokenKind.Word
                && _fold.Slice(_tokens[i + 1].FoldStart, _tokens[i + 1].FoldLength) is "de" or "d";
        }

        /// <summary>"même si", "bien que", "even if": a concession whose second word alone is not one.</summary>
        private readonly bool IsTwoWordConcession(int i, ReadOnlySpan<char> word)
        {
            if (word is not ("si" or "que" or "qu" or "if") || i == 0 || _tokens[i - 1].Kind != TokenKind.Word)
            {
                return false;
            }

            var before = _fold.Slice(_tokens[i - 1].FoldStart, _tokens[i - 1].FoldLength);
            return before is "meme" or "bien" or "even";
        }

        private static bool HasLetterRun(ReadOnlySpan<char> word)
        {
            for (var k = 2; k < word.Length; k++)
            {
                if (word[k] == word[k - 1] && word[k] == word[k - 2])
                {
                    return true;
                }
            }

            return false;
        }

        private static int Collapse(Span<char> word)
        {
            var length = 0;
            foreach (var c in word)
            {
                if (length == 0 || c != word[length - 1])
                {
                    word[length++] = c;
                }
            }

            return length;
        }

        private void Shift(float boost)
        {
            if (_negLeft > 0)
            {
                _negLeft--;
                if (_negLeft == 0)
                {
                    _negBlocked = false;
                }
            }

            _b3 = _b2;
            _b2 = _b1;
            _b1 = boost;
        }

        private readonly bool NextWordHasValence(int i)
        {
            var j = i + 1;
            if (j >= _tokens.Length || _tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            return _model.Words.TryGetValue(_fold.Slice(_tokens[j].FoldStart, _tokens[j].FoldLength), out var next) && next.Valence != 0;
        }

        private void OpenNe(int i)
        {
            // "ne" negates only with a closer after it ("ne ... pas") or a negative pronoun before it ("personne ne").
            for (int j = i + 1, words = 0; j < _tokens.Length && words < 6; j++)
            {
                var t = _tokens[j];
                if (t.Kind != TokenKind.Word)
                {
                    if (t.Kind == TokenKind.Punctuation)
                    {
                        break;
                    }

                    continue;
                }

                words++;
                if (_model.Words.TryGetValue(_fold.Slice(t.FoldStart, t.FoldLength), out var info)
                    && (info.Role & (WordRole.Negator | WordRole.Closer)) != 0)
                {
                    _negLeft = Math.Max(_negLeft, words + NegationWindow);
                    return;
                }
            }

            if (i > 0 && _tokens[i - 1].Kind == TokenKind.Word
                && _model.Words.TryGetValue(_fold.Slice(_tokens[i - 1].FoldStart, _tokens[i - 1].FoldLength), out var before)
                && (before.Role & (WordRole.Negator | WordRole.Closer)) != 0)
            {
                _negLeft = Math.Max(_negLeft, NegationWindow);
            }
        }

        private readonly bool TryPhrase(int i, [NotNullWhen(true)] out PhraseInfo? phrase, out int end)
        {
            // Extend the key word by word; the table holds every phrase prefix, so the first miss ends the search.
            Span<char> key = stackalloc char[160];
            var length = 0;
            var words = 0;
            phrase = null;
            end = -1;
            for (var j = i; j < _tokens.Length && words < _model.MaxPhraseWords; j++)
            {
                var t = _tokens[j];
                if (t.Kind is not (TokenKind.Word or TokenKind.Number) || length + t.FoldLength + 1 > key.Length)
                {
                    break;
                }

                if (words > 0)
                {
                    key[length++] = ' ';
                }

                _fold.Slice(t.FoldStart, t.FoldLength).CopyTo(key[length..]);
                length += t.FoldLength;
                words++;
                if (words == 1)
                {
                    continue;
                }

                if (!_model.Phrases.TryGetValue(key[..length], out var found))
                {
                    break;
                }

                if (found.IsPhrase)
                {
                    phrase = found;
                    end = j;
                }
            }

            return end >= 0;
        }

        private void Add(float valence, int i)
        {
            double v = valence;
            if (v < 0)
            {
                v *= _model.NegativeWeight;
            }

            if (_afterContrast)
            {
                v *= 1.5;
            }

            if (_conceded)
            {
                v *= 0.5;
            }

            _sentSum += v;
            _clauseSum += v;
            if (v > 0)
            {
                _sentPos += v + 1;
            }
            else if (v < 0)
            {
                _sentNeg += -v + 1;
                if (i <= _domainEnd)
                {
                    _domainSeenNegative = true;
                }
            }
        }

        private void FlushDomain()
        {
            if (_domainEnd >= 0 && !_domainSeenNegative)
            {
                Add(_domainValence, -1);
            }

            _domainEnd = -1;
            _domainSeenNegative = false;
        }

        private void EndClause()
        {
            FlushDomain();
            {
                var span = _workspace.Hits.AsSpan(0, _hitCount);
                for (var h = span.Length - 1; h >= 0 && span[h].Clause == _clause; h--)
                {
                    if (span[h].Mode == PatternMode.Aspect)
                    {
                        // An aspect counts in a negative clause; in a neutral clause it waits for its sentence's verdict.
                        span[h].Weight = _clauseSum < -0.3 ? 1f : 0f;
                        span[h].Pending = _clauseSum == 0;
                    }
                }
            }

            _clauseSum = 0;
            _conceded = false;
            _clause++;
            _negLeft = 0;
            _negBlocked = false;
            _b1 = _b2 = _b3 = 0;
        }

        /// <summary>
        /// A sentence that ends with a question mark asks rather than asserts ("Un chef-d'œuvre ?", "Who said it was good?"):
        /// its opinion words count at <see cref="QuestionWeight"/>.
        /// </summary>
        private void AskSentence() => _sentSum *= QuestionWeight;

        private void EndSentence()
        {
            {
                var span = _workspace.Hits.AsSpan(0, _hitCount);
                for (var h = span.Length - 1; h >= 0 && span[h].Sentence == _sentence; h--)
                {
                    if (span[h].Pending)
                    {
                        span[h].Pending = false;
                        span[h].Weight = _sentSum < -0.3 ? 0.9f : 0f;

                        // A neutral sentence ("Refund promised within 5 days.") in a review that reads negative overall
                        // still names what the review is about: the whole review's verdict decides, at a lower weight.
                        span[h].ReviewPending = _sentSum == 0;
                    }
                }
            }

            if (_sentence == _workspace.SentenceSums.Length)
            {
                Array.Resize(ref _workspace.SentenceSums, _sentence * 2);
            }

            _workspace.SentenceSums[_sentence] = _sentSum;
            _sentence++;
            _total += _sentSum;
            _pos += _sentPos;
            _neg += _sentNeg;
            _sentSum = _sentPos = _sentNeg = 0;
            _afterContrast = false;
        }

        private void MatchPatterns(int i, ReadOnlySpan<char> word, in WordInfo info, bool negated)
        {
            StemEntry[]? stems = null;
            if (word.Length >= LanguageModel.StemKeyLength && _model.MayHaveStem(word))
            {
                _model.Stems.TryGetValue(word[..LanguageModel.StemKeyLength], out stems);
            }

            var pairs = (info.Role & WordRole.PairStart) != 0 ? FindPairs(i, word) : null;

            if (info.Patterns is null && stems is null && pairs is null)
            {
                return;
            }

            var firstNegates = IsNegating(info.Role);

            // Exclusions first, so that a match they cover is dropped whichever order the patterns come in.
            for (var pass = 0; pass < 2; pass++)
            {
                if (info.Patterns is { } exact)
                {
                    foreach (var p in exact)
                    {
                        TryPattern(i, _model.Patterns[p], pass, negated, firstNegates);
                    }
                }

                if (pairs is not null)
                {
                    foreach (var p in pairs)
                    {
                        TryPattern(i, _model.Patterns[p], pass, negated, firstNegates);
                    }
                }

                if (stems is not null)
                {
                    foreach (var stem in stems)
                    {
                        if (word.StartsWith(stem.Stem, StringComparison.Ordinal))
                        {
                            TryPattern(i, _model.Patterns[stem.Pattern], pass, negated, firstNegates);
                        }
                    }
                }
            }
        }

        /// <summary>The patterns that start with this word and the next one.</summary>
        private readonly int[]? FindPairs(int i, ReadOnlySpan<char> word)
        {
            if (i + 1 >= _tokens.Length || _tokens[i + 1].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return null;
            }

            var next = _fold.Slice(_tokens[i + 1].FoldStart, _tokens[i + 1].FoldLength);
            if (word.Length + next.Length >= 127)
            {
                return null;
            }

            Span<char> key = stackalloc char[128];
            word.CopyTo(key);
            key[word.Length] = ' ';
            next.CopyTo(key[(word.Length + 1)..]);
            return _model.Pairs.TryGetValue(key[..(word.Length + 1 + next.Length)], out var pairs) ? pairs : null;
        }

        private void TryPattern(int i, CompiledPattern pattern, int pass, bool negated, bool firstNegates)
        {
            if ((pattern.Mode == PatternMode.Exclusion) != (pass == 0))
            {
                return;
            }

            var end = pattern.HasGap ? MatchFrom(i, pattern.Elements, 1) : MatchRest(i, pattern.Elements);
            if (end < 0)
            {
                return;
            }

            if (pattern.Mode == PatternMode.Exclusion)
            {
                if (_exclusionCount == _workspace.Exclusions.Length)
                {
                    Array.Resize(ref _workspace.Exclusions, _exclusionCount * 2);
                }

                _workspace.Exclusions[_exclusionCount++] = new Exclusion { Category = pattern.Category, Start = i, End = end };
                return;
            }

            // Exclusions that end before this token can never cover a later one: drop them as we go, so that the live ones
            // stay a handful and a long text costs linear time.
            var live = 0;
            var excluded = false;
            var exclusions = _workspace.Exclusions;
            for (var k = 0; k < _exclusionCount; k++)
            {
                var x = exclusions[k];
                if (x.End < i)
                {
                    continue;
                }

                exclusions[live++] = x;
                excluded |= x.Category == pattern.Category && x.Start <= i;
            }

            _exclusionCount = live;
            if (excluded)
            {
                return;
            }

            var counts = pattern.Mode switch
            {
                PatternMode.Negated => negated,
                PatternMode.Aspect => true,
                _ => (!negated || firstNegates) && !(pattern.HasGap && !firstNegates && NegatorWithin(i + 1, end)),
            };
            if (!counts)
            {
                return;
            }

            if (_hitCount == _workspace.Hits.Length)
            {
                Array.Resize(ref _workspace.Hits, _hitCount * 2);
            }

            _workspace.Hits[_hitCount++] = new Hit
            {
                Category = pattern.Category,
                Mode = pattern.Mode,
                StartToken = i,
                EndToken = end,
                Clause = _clause,
                Sentence = _sentence,
                Weight = pattern.Mode == PatternMode.Aspect ? 0 : 1,
            };
            if (pattern.Mode != PatternMode.Aspect && end > _domainEnd && !_engine._categories[pattern.Category].IsCue)
            {
                if (_domainEnd < 0)
                {
                    _domainSeenNegative = false;
                }

                _domainEnd = end;
                _domainValence = _engine._categories[pattern.Category].IsRisk ? RiskValence : ComplaintValence;
            }
        }

        /// <summary>Matches the elements after the first, for a pattern without a gap; returns the last token matched, or -1.</summary>
        private readonly int MatchRest(int i, PatternElement[] elements)
        {
            var j = i;
            for (var e = 1; e < elements.Length; e++)
            {
                j++;
                if (j >= _tokens.Length)
                {
                    return -1;
                }

                var t = _tokens[j];
                var element = elements[e];
                var text = _fold.Slice(t.FoldStart, t.FoldLength);
                var ok = element.Kind switch
                {
                    ElementKind.Number => t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && NumberWordLookup.ContainsKey(text)),
                    ElementKind.AnyWord => t.Kind is TokenKind.Word or TokenKind.Number,
                    ElementKind.Prefix => t.Kind == TokenKind.Word && text.StartsWith(element.Text, StringComparison.Ordinal),
                    ElementKind.Choice => ChoiceMatches(t, text, element),
                    _ => t.Kind is TokenKind.Word or TokenKind.Number
                        && (text.SequenceEqual(element.Text) || PatternInflection.IsInflectionOf(text, element.Text, _model.Inflections is not null)),
                };
                if (!ok)
                {
                    return -1;
                }
            }

            return j;
        }

        private static bool ChoiceMatches(in Token t, ReadOnlySpan<char> text, in PatternElement choice)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return false;
            }

            if (choice.ChoiceWords!.ContainsKey(text))
            {
                return true;
            }

            foreach (var prefix in choice.ChoicePrefixes!)
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a negator or "ne" lies among tokens <paramref name="from"/> to <paramref name="to"/> (inclusive): a
        /// gapped complaint ("staff ~ rude") does not count across one ("the staff were not rude").
        /// </summary>
        private readonly bool NegatorWithin(int from, int to)
        {
            for (var k = from; k <= to && k < _tokens.Length; k++)
            {
                var t = _tokens[k];
                if (t.Kind == TokenKind.Word
                    && _model.Words.TryGetValue(_fold.Slice(t.FoldStart, t.FoldLength), out var info)
                    && IsNegating(info.Role))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Matches <paramref name="elements"/> from element <paramref name="e"/> on, after token <paramref name="j"/>;
        /// returns the last token matched, or -1. A gap tries its 0 to <see cref="PatternParser.MaxGap"/> words nearest
        /// first, over words only (never across punctuation); a pattern has at most <see cref="PatternParser.MaxGaps"/>
        /// gaps, so the work is bounded.
        /// </summary>
        private readonly int MatchFrom(int j, PatternElement[] elements, int e)
        {
            for (; e < elements.Length; e++)
            {
                var element = elements[e];
                if (element.Kind == ElementKind.Gap)
                {
                    for (var skip = 0; skip <= PatternParser.MaxGap; skip++)
                    {
                        if (skip > 0 && (j + skip >= _tokens.Length || _tokens[j + skip].Kind is not (TokenKind.Word or TokenKind.Number)))
                        {
                            return -1;
                        }

                        var end = MatchFrom(j + skip, elements, e + 1);
                        if (end >= 0)
                        {
                            return end;
                        }
                    }

                    return -1;
                }

                j++;
                if (j >= _tokens.Length)
                {
                    return -1;
                }

                var t = _tokens[j];
                var text = _fold.Slice(t.FoldStart, t.FoldLength);
                var ok = element.Kind == ElementKind.Choice ? ChoiceMatches(t, text, element) : ElementMatches(t, text, element);
                if (!ok)
                {
                    return -1;
                }
            }

            return j;
        }

        private readonly bool ElementMatches(in Token t, ReadOnlySpan<char> text, in PatternElement element) => element.Kind switch
        {
            ElementKind.Number => t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && NumberWordLookup.ContainsKey(text)),
            ElementKind.AnyWord => t.Kind is TokenKind.Word or TokenKind.Number,
            ElementKind.Prefix => t.Kind == TokenKind.Word && text.StartsWith(element.Text, StringComparison.Ordinal),
            _ => t.Kind is TokenKind.Word or TokenKind.Number
                && (text.SequenceEqual(element.Text) || PatternInflection.IsInflectionOf(text, element.Text, _model.Inflections is not null)),
        };

        private readonly double Sentiment(out double positive, out double negative, out double neutral)
        {
            var sum = _total;
            if (sum != 0)
            {
                var emphasis = (Math.Min(_exclamations, 4) * 0.292) + (_questions > 1 ? (_questions <= 3 ? _questions * 0.18 : 0.96) : 0);
                sum += sum > 0 ? emphasis : -emphasis;
            }

            var sentiment = sum / Math.Sqrt((sum * sum) + Alpha);
            if (!double.IsFinite(sentiment))
            {
                sentiment = sum > 0 ? 1 : sum < 0 ? -1 : 0;
            }

            sentiment = Math.Clamp(Math.Round(sentiment, 4), -1, 1);
            var weight = _pos + _neg + _neutral;
            positive = negative = neutral = 0;
            if (weight > 0 && double.IsFinite(weight))
            {
                positive = Math.Clamp(Math.Round(_pos / weight, 3), 0, 1);
                negative = Math.Clamp(Math.Round(_neg / weight, 3), 0, 1);
                neutral = Math.Clamp(Math.Round(1 - positive - negative, 3), 0, 1);
            }

            return sentiment;
        }

        /// <summary>The summed weight of each category's pattern matches, once the review's verdict settles the pending aspects.</summary>
        private readonly Span<float> CategoryWeights(double sentiment)
        {
            var hits = _workspace.Hits.AsSpan(0, _hitCount);
            if (sentiment <= ReviewAspectThreshold)
            {
                foreach (ref var hit in hits)
                {
                    if (hit.ReviewPending)
                    {
                        hit.Weight = ReviewAspectWeight;
                    }
                }
            }

            if (_workspace.Weights.Length < _categoryCount)
            {
                _workspace.Weights = new float[_categoryCount];
            }

            var weights = _workspace.Weights.AsSpan(0, _categoryCount);
            weights.Clear();
            foreach (ref readonly var hit in hits)
            {
                weights[hit.Category] += hit.Weight;
            }

            return weights;
        }

        private readonly ReadOnlySpan<char> StemOf(int token, int length)
        {
            var t = _tokens[token];
            return t.Kind == TokenKind.Number ? "#" : ThemeFeatures.Stem(_fold.Slice(t.FoldStart, t.FoldLength), length);
        }

        /// <summary>
        /// Hands the theme-model features of the scanned review to <paramref name="sink"/>: each word's stem (of its kind:
        /// plain, negated, or in a positive sentence), adjacent stem pairs, each category's pattern weight, and whether the
        /// review reads negative. The one definition of the features, for training and for scoring.
        /// </summary>
        private readonly void EmitFeatures<TSink>(ref TSink sink, ThemeFeatureSettings settings, ReadOnlySpan<float> weights, double sentiment)
            where TSink : struct, IThemeFeatureSink
        {
            var words = _workspace.Words.AsSpan(0, _wordCount);
            var sentences = _workspace.SentenceSums;
            Span<char> pair = stackalloc char[(2 * ThemeFeatures.MaxStemLength) + 1];
            for (var k = 0; k < words.Length; k++)
            {
                ref readonly var w = ref words[k];
                var stem = StemOf(w.Token, settings.StemLength);
                var kind = w.Negated ? ThemeFeatureKind.NegatedWord
                    : settings.Polarity && sentences[w.Sentence] > 0 ? ThemeFeatureKind.PositiveWord
                    : ThemeFeatureKind.Word;
                sink.Add(kind, stem, w.Token, w.Token, 1);
                if (settings.Pairs && k + 1 < words.Length && words[k + 1].Token == w.Token + 1)
                {
                    var next = StemOf(w.Token + 1, settings.StemLength);
                    stem.CopyTo(pair);
                    pair[stem.Length] = ' ';
                    next.CopyTo(pair[(stem.Length + 1)..]);
                    sink.Add(ThemeFeatureKind.Pair, pair[..(stem.Length + 1 + next.Length)], w.Token, w.Token + 1, 1);
                }
            }

            for (var c = 0; c < weights.Length; c++)
            {
                if (weights[c] > 0)
                {
                    var category = _engine._categories[c];
                    sink.Add(category.IsCue ? ThemeFeatureKind.Cue : ThemeFeatureKind.Pattern, category.Id, -1, -1, Math.Min(weights[c], 3f));
                }
            }

            if (sentiment < 0)
            {
                sink.Add(ThemeFeatureKind.Review, ThemeFeatures.NegativeReview, -1, -1, 1);
            }
        }

        private readonly ReviewAnalysis Matches(LanguageTag language, double sentiment, double positive, double negative, double neutral)
        {
            var hits = _workspace.Hits.AsSpan(0, _hitCount);
            var weights = CategoryWeights(sentiment);
            var learned = _engine._themeModel;
            var scorer = default(ThemeScorer);
            if (learned is not null)
            {
                scorer = new ThemeScorer(learned, _workspace);
                EmitFeatures(ref scorer, learned.Settings, weights, sentiment);
            }

            List<ThemeMatch>? themes = null;
            List<RiskMatch>? risks = null;
            for (var c = 0; c < _categoryCount; c++)
            {
                var category = _engine._categories[c];
                if (category.IsCue)
                {
                    continue;
                }

                var scored = learned is null ? -1 : _engine._modelThemeOf[c];
                double confidence;
                if (scored >= 0)
                {
                    // A theme the learned model scores: its probability decides, whatever the patterns alone would say.
                    confidence = Math.Round(scorer.Probability(scored), 3);
                    if (confidence < _engine._minThemeConfidence)
                    {
                        continue;
                    }
                }
                else
                {
                    confidence = Math.Round(1 - Math.Pow(0.5, weights[c]), 3);
                    if (weights[c] <= 0 || (category.IsRisk ? weights[c] < 1 : confidence < _engine._minThemeConfidence))
                    {
                        continue;
                    }
                }

                // The evidence spans, distinct, by start then length (insertion into place: a handful per category).
                var evidence = new TextSpan[Math.Max(hits.Length, 1)];
                var n = 0;
                foreach (ref readonly var hit in hits)
                {
                    if (hit.Category != c || hit.Weight <= 0)
                    {
                        continue;
                    }

                    var start = _tokens[hit.StartToken].Start;
                    var span = new TextSpan(start, _tokens[hit.EndToken].End - start);
                    var at = n;
                    var duplicate = false;
                    for (var k = 0; k < n; k++)
                    {
                        if (evidence[k].Start == span.Start && evidence[k].Length == span.Length)
                        {
                            duplicate = true;
                            break;
                        }
                    }

                    if (duplicate)
                    {
                        continue;
                    }

                    while (at > 0 && (evidence[at - 1].Start > span.Start || (evidence[at - 1].Start == span.Start && evidence[at - 1].Length > span.Length)))
                    {
                        evidence[at] = evidence[at - 1];
                        at--;
                    }

                    evidence[at] = span;
                    n++;
                }

                if (n == 0 && scored >= 0 && scorer.Evidence(scored) is { } word)
                {
                    // No pattern matched: the words that weighed most for the theme are the evidence.
                    var start = _tokens[word.First].Start;
                    evidence[n++] = new TextSpan(start, _tokens[word.Last].End - start);
                }

                var spans = new ArraySegment<TextSpan>(evidence, 0, n);
                if (category.IsRisk)
                {
                    (risks ??= []).Add(new RiskMatch(category.Id, spans));
                }
                else
                {
                    (themes ??= []).Add(new ThemeMatch(category.Id, Math.Clamp(confidence, 0, 1), spans));
                }
            }

            return new ReviewAnalysis(language, sentiment, positive, negative, neutral, (IEnumerable<ThemeMatch>?)themes ?? [], (IEnumerable<RiskMatch>?)risks ?? []);
        }
    }
}
