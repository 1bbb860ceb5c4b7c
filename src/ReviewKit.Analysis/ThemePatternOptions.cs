namespace ReviewKit.Analysis;

/// <summary>Patterns to add to or remove from a theme, for one language.</summary>
/// <remarks>
/// <para>A pattern is a sequence of words separated by spaces, compared after case and accent folding (<c>a l'heure</c>
/// matches "À l'heure"; <c>check in</c> matches "check-in"). In a pattern:</para>
/// <list type="bullet">
/// <item><c>word*</c> matches any word starting with <c>word</c> (at least 4 characters before the star): <c>rembours*</c>.</item>
/// <item><c>#</c> matches a number, written in digits or as a word ("two", "trois"): <c>waited # hours</c>; a pattern may start with <c>#</c> when a word follows it (<c># days late</c>). A lone <c>*</c> matches any one word: <c>not what * ordered</c>. A lone <c>~</c> is a gap of 0 to 3 words (never across punctuation) and must be followed by a word, at most 2 per pattern: <c>quality ~ disappointing</c>. Words joined by <c>/</c> are a choice of one word (each may end with <c>*</c>), anywhere but first: <c>food ~ cold/bland/stale</c>. A pattern word also matches its regular inflected forms (English plural, -ed, -ing; French -e, -s, -es).</item>
/// <item>A leading <c>!</c> makes the pattern count only when negated: <c>!on time</c> matches "not on time", "pas à l'heure"
/// for <c>!a l'heure</c>. Other patterns count only when <em>not</em> negated: "pas de retard" is not a delay.</item>
/// <item>A leading <c>@</c> marks an aspect (<c>@staff</c>, <c>@service client</c>): it counts only in a clause that reads negative.</item>
/// <item>A leading <c>-</c> marks an exclusion: a match of the theme that starts inside it is dropped (<c>-late checkout</c>).</item>
/// </list>
/// <para>A pattern has at most 8 elements and 400 characters. Plain data.</para>
/// </remarks>
public sealed class ThemePatternOptions
{
    /// <summary>Gets the patterns to add.</summary>
    public IList<string> Add { get; } = new List<string>();

    /// <summary>Gets the default patterns to remove, written exactly as <see cref="ReviewAnalyzer.Patterns"/> lists them
    /// (for example <c>ReviewAnalyzer.CreateDefault().Patterns(ThemeIds.Delay, LanguageTag.English)</c>).</summary>
    public IList<string> Remove { get; } = new List<string>();
}
