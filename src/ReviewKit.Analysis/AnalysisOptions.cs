using System.Globalization;
using ReviewKit.Analysis.Themes;

namespace ReviewKit.Analysis;

/// <summary>
/// Options of the default <see cref="ReviewAnalyzer"/>: how to extend or override the theme taxonomy, and the confidence
/// from which a theme is reported.
/// </summary>
/// <remarks>
/// <para>Each entry of <see cref="Themes"/> either changes a default theme (same <see cref="ThemeOptions.Id"/>: disable it,
/// add or remove patterns per language, reword its unmet need) or adds a new theme (a new id, with at least one pattern and
/// both unmet needs).</para>
/// <para>Plain data: set it before creating the analyzer, which validates and copies it (<see cref="Validate"/> reports every
/// failure at once).</para>
/// </remarks>
public sealed class AnalysisOptions
{
    /// <summary>Gets the changes to the default themes and the host's own themes.</summary>
    /// <value>Empty by default: the default taxonomy as shipped.</value>
    public IList<ThemeOptions> Themes { get; } = new List<ThemeOptions>();

    /// <summary>Gets or sets the smallest confidence, in [0, 1], at which a theme is reported.</summary>
    /// <value>The default value is 0.5: one clear complaint pattern, or a named aspect in a strongly negative clause.</value>
    public double MinThemeConfidence { get; set; } = 0.5;

    /// <summary>Gets or sets a value indicating whether the default themes are decided by the learned theme model.</summary>
    /// <value>
    /// The default value is <see langword="true"/>: the model weighs words, patterns and cue words, and finds about 1.5 times
    /// as many of the complaints a reader finds as the patterns alone, at about twice the analysis time. <see langword="false"/>
    /// decides every theme by its patterns alone (faster, fewer themes found).
    /// </value>
    public bool UseLearnedThemes { get; set; } = true;

    /// <summary>Checks the options and returns every failure, each prefixed with its path under <paramref name="path"/>.</summary>
    /// <param name="path">The configuration path of these options, for example <c>ReviewKit:Analysis</c>; may be empty.</param>
    /// <returns>The failures, for example <c>ReviewKit:Analysis:Themes:3:Id: 'Delay!' is not a theme id ...</c>; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public IReadOnlyList<string> Validate(string path = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        var failures = new List<string>();
        TaxonomyBuilder.Validate(this, path, failures);
        return failures;
    }

    internal static string Join(string path, string member) =>
        path.Length == 0 ? member : string.Create(CultureInfo.InvariantCulture, $"{path}:{member}");
}
