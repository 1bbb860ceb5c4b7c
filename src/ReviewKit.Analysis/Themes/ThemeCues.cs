namespace ReviewKit.Analysis.Themes;

/// <summary>
/// The cue words of each default theme, per language (<c>Resources/theme-cues.tsv</c>: <c>theme lang term</c>, a term
/// being a folded word or a prefix ending in <c>*</c>). Written by the ReviewKit team from the theme definitions, without
/// looking at review data. Cues are weaker than patterns: they never report a theme and never move the sentiment; the
/// learned theme model reads how many of a theme's cues a review uses.
/// </summary>
internal sealed class ThemeCues
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "theme-cues.tsv";

    private static readonly Lazy<IReadOnlyList<(string Theme, (string[] English, string[] French) Cues)>> Shipped =
        new(() => Read(Sentiment.RawLexicons.ReadLines(ResourceName)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the shipped cues, one entry per default theme that has any, in the default themes' order.</summary>
    public static IReadOnlyList<(string Theme, (string[] English, string[] French) Cues)> Instance => Shipped.Value;

    /// <summary>Reads cue lines (a header, then <c>theme lang term</c>).</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The cues per default theme.</returns>
    /// <exception cref="FormatException">A line is not a cue of a default theme.</exception>
    public static IReadOnlyList<(string Theme, (string[] English, string[] French) Cues)> Read(IEnumerable<string> lines)
    {
        var english = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var french = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var first = true;
        foreach (var line in lines)
        {
            if (first)
            {
                first = false;
                if (line != "theme\tlang\tterm")
                {
                    throw new FormatException("The theme cues must start with the header 'theme<TAB>lang<TAB>term'.");
                }

                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 3 || f[1] is not ("fr" or "en") || !DefaultTaxonomy.Themes.Any(t => t.Id == f[0]) || !PatternParser.TryParse(f[2], out _, out _, out _))
            {
                throw new FormatException($"Not a theme cue (theme, fr or en, a word or prefix*): '{line}'.");
            }

            var target = f[1] == "fr" ? french : english;
            (target.TryGetValue(f[0], out var list) ? list : target[f[0]] = []).Add(f[2]);
        }

        return [.. DefaultTaxonomy.Themes
            .Where(t => english.ContainsKey(t.Id) || french.ContainsKey(t.Id))
            .Select(t => (t.Id, (english.GetValueOrDefault(t.Id)?.ToArray() ?? [], french.GetValueOrDefault(t.Id)?.ToArray() ?? [])))];
    }
}
