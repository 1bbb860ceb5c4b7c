using ReviewKit.Analysis.Sentiment;

namespace ReviewKit.Analysis.Themes;

/// <summary>How a pattern counts.</summary>
internal enum PatternMode : byte
{
    /// <summary>A complaint: counts when not negated.</summary>
    Complaint,

    /// <summary>Counts only when negated (<c>!on time</c>).</summary>
    Negated,

    /// <summary>An aspect: counts only in a clause that reads negative (<c>@staff</c>).</summary>
    Aspect,

    /// <summary>An exclusion: drops the category's matches that start inside it (<c>-late checkout</c>).</summary>
    Exclusion,
}

/// <summary>What one element of a pattern matches.</summary>
internal enum ElementKind : byte
{
    /// <summary>A word equal to the element's text.</summary>
    Exact,

    /// <summary>A word starting with the element's text.</summary>
    Prefix,

    /// <summary>A number.</summary>
    Number,

    /// <summary>Any one word.</summary>
    AnyWord,

    /// <summary>
    /// A gap: zero to <see cref="PatternParser.MaxGap"/> words (not punctuation) before the next element, the nearest
    /// match first ("quality ~ disappointing" matches "quality was really disappointing").
    /// </summary>
    Gap,

    /// <summary>One of several words (<c>cold/bland/stale*</c>): each an exact word or a prefix, in <see cref="PatternElement.Choices"/>.</summary>
    Choice,
}

/// <summary>One element of a compiled pattern.</summary>
/// <param name="Kind">What it matches.</param>
/// <param name="Text">The folded word or prefix; empty for <see cref="ElementKind.Number"/>, <see cref="ElementKind.AnyWord"/>, <see cref="ElementKind.Gap"/> and <see cref="ElementKind.Choice"/>.</param>
/// <param name="Choices">The alternatives of a <see cref="ElementKind.Choice"/> (exact words or prefixes); otherwise null.</param>
/// <param name="ChoiceWords">A choice's exact words and their regular inflected forms, for one lookup; otherwise null.</param>
/// <param name="ChoicePrefixes">A choice's prefixes; otherwise null.</param>
internal readonly record struct PatternElement(
    ElementKind Kind,
    string Text,
    PatternElement[]? Choices = null,
    SpanMap<bool>? ChoiceWords = null,
    string[]? ChoicePrefixes = null);

/// <summary>A theme or risk pattern, compiled for one language.</summary>
internal sealed class CompiledPattern
{
    public CompiledPattern(int category, PatternMode mode, PatternElement[] elements, string source)
    {
        Category = category;
        Mode = mode;
        Elements = elements;
        Source = source;
        foreach (var element in elements)
        {
            HasGap |= element.Kind == ElementKind.Gap;
        }
    }

    /// <summary>Gets a value indicating whether the pattern has a gap (<c>~</c>): a negator inside the match cancels it.</summary>
    public bool HasGap { get; }

    /// <summary>Gets the index of the category (theme or risk) the pattern belongs to.</summary>
    public int Category { get; }

    /// <summary>Gets how the pattern counts.</summary>
    public PatternMode Mode { get; }

    /// <summary>Gets the elements; the first is always a word (exact or prefix).</summary>
    public PatternElement[] Elements { get; }

    /// <summary>Gets the pattern as written.</summary>
    public string Source { get; }
}

/// <summary>What a category of patterns is for.</summary>
internal enum CategoryKind
{
    /// <summary>An irritant theme, reported with a confidence.</summary>
    Theme,

    /// <summary>A risk, reported without confidence.</summary>
    Risk,

    /// <summary>
    /// A theme's cue words (<c>Resources/theme-cues.tsv</c>): never reported, and no weight in the sentiment; their matches are
    /// features of the learned theme model, which weighs them.
    /// </summary>
    Cue,
}

/// <summary>A theme, a risk or a theme's cue words, as the engine sees it.</summary>
/// <param name="Id">The stable id (for cues, the theme's id).</param>
/// <param name="Kind">What the category is for.</param>
internal sealed record Category(string Id, CategoryKind Kind)
{
    /// <summary>Gets a value indicating whether it is a risk (reported without confidence).</summary>
    public bool IsRisk => Kind == CategoryKind.Risk;

    /// <summary>Gets a value indicating whether it is a theme's cue words (never reported).</summary>
    public bool IsCue => Kind == CategoryKind.Cue;
}
