namespace ReviewKit.Analysis.Themes;

/// <summary>The kinds of feature the learned theme model reads from a review.</summary>
internal enum ThemeFeatureKind : byte
{
    /// <summary>A word's stem, outside a negation and in a sentence that does not read positive.</summary>
    Word,

    /// <summary>A word's stem inside a negation's scope ("pas de <i>retard</i>").</summary>
    NegatedWord,

    /// <summary>A word's stem in a sentence that reads positive ("livraison rapide").</summary>
    PositiveWord,

    /// <summary>Two adjacent word stems, with no punctuation between them.</summary>
    Pair,

    /// <summary>The weight of a category's pattern matches; the key is the category id.</summary>
    Pattern,

    /// <summary>The weight of a theme's cue-word matches (<see cref="CategoryKind.Cue"/>); the key is the theme id.</summary>
    Cue,

    /// <summary>A fact about the whole review; the key names it (<see cref="ThemeFeatures.NegativeReview"/>).</summary>
    Review,
}

/// <summary>Receives the features of one review, in text order.</summary>
/// <remarks>
/// Implemented by structs and passed by reference, so that the scan is specialised for each receiver: scoring looks each
/// feature up without allocating, training collects them as strings.
/// </remarks>
internal interface IThemeFeatureSink
{
    /// <summary>Receives one feature.</summary>
    /// <param name="kind">The kind of feature.</param>
    /// <param name="key">Its key within the kind (a stem, two stems separated by a space, a category id, a review fact).</param>
    /// <param name="firstToken">The first token it covers, or -1 for a feature of the whole review.</param>
    /// <param name="lastToken">The last token it covers, or -1.</param>
    /// <param name="value">Its value: 1 for words and pairs, the pattern weight for patterns.</param>
    void Add(ThemeFeatureKind kind, ReadOnlySpan<char> key, int firstToken, int lastToken, float value);
}

/// <summary>How a review's words become theme-model features; stored with each model, so training and scoring agree.</summary>
internal sealed class ThemeFeatureSettings : IEquatable<ThemeFeatureSettings>
{
    /// <summary>Initializes a new instance of the <see cref="ThemeFeatureSettings"/> class.</summary>
    /// <param name="stemLength">How many leading characters of a folded word make its stem (truncation stemming).</param>
    /// <param name="pairs">Whether adjacent stems make <see cref="ThemeFeatureKind.Pair"/> features.</param>
    /// <param name="polarity">Whether words of positive sentences are <see cref="ThemeFeatureKind.PositiveWord"/> features.</param>
    public ThemeFeatureSettings(int stemLength, bool pairs, bool polarity)
    {
        if (stemLength is < 3 or > ThemeFeatures.MaxStemLength)
        {
            throw new ArgumentOutOfRangeException(nameof(stemLength), stemLength, $"A stem has 3 to {ThemeFeatures.MaxStemLength} characters.");
        }

        StemLength = stemLength;
        Pairs = pairs;
        Polarity = polarity;
    }

    /// <summary>Gets how many leading characters of a folded word make its stem.</summary>
    public int StemLength { get; }

    /// <summary>Gets a value indicating whether adjacent stems make pair features.</summary>
    public bool Pairs { get; }

    /// <summary>Gets a value indicating whether words of positive sentences are features of their own kind.</summary>
    public bool Polarity { get; }

    /// <inheritdoc/>
    public bool Equals(ThemeFeatureSettings? other) =>
        other is not null && StemLength == other.StemLength && Pairs == other.Pairs && Polarity == other.Polarity;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ThemeFeatureSettings);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StemLength, Pairs, Polarity);

    /// <inheritdoc/>
    public override string ToString() => $"stem {StemLength}, pairs {(Pairs ? "on" : "off")}, polarity {(Polarity ? "on" : "off")}";
}

/// <summary>Shared definitions of the theme-model features.</summary>
internal static class ThemeFeatures
{
    /// <summary>The longest stem; a pair key has at most twice this plus one characters.</summary>
    public const int MaxStemLength = 12;

    /// <summary>The review-fact key set when the review's sentiment is negative.</summary>
    public const string NegativeReview = "negative";

    /// <summary>The one-letter prefix of each kind in a feature's text form (<c>w:retard</c>).</summary>
    public static char Prefix(ThemeFeatureKind kind) => kind switch
    {
        ThemeFeatureKind.Word => 'w',
        ThemeFeatureKind.NegatedWord => 'n',
        ThemeFeatureKind.PositiveWord => 'g',
        ThemeFeatureKind.Pair => 'b',
        ThemeFeatureKind.Pattern => 'p',
        ThemeFeatureKind.Cue => 'c',
        _ => 'r',
    };

    /// <summary>Reads a kind back from its prefix.</summary>
    public static bool TryParseKind(char prefix, out ThemeFeatureKind kind)
    {
        kind = prefix switch
        {
            'w' => ThemeFeatureKind.Word,
            'n' => ThemeFeatureKind.NegatedWord,
            'g' => ThemeFeatureKind.PositiveWord,
            'b' => ThemeFeatureKind.Pair,
            'p' => ThemeFeatureKind.Pattern,
            'c' => ThemeFeatureKind.Cue,
            'r' => ThemeFeatureKind.Review,
            _ => (ThemeFeatureKind)255,
        };
        return (byte)kind != 255;
    }

    /// <summary>The stem of a folded word: its first <paramref name="length"/> characters.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> folded, int length) => folded.Length <= length ? folded : folded[..length];
}
