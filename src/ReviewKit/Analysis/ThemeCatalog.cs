using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis;

/// <summary>
/// The themes an <see cref="IReviewAnalyzer"/> can find (<see cref="IReviewAnalyzer.Themes"/>), in the analyzer's
/// order, each id once: what the response planner reads the unmet needs of its briefs from and what a quality report
/// reads its labels and unmet needs from.
/// </summary>
/// <remarks>
/// Ids are compared ordinally. Value equality (the same definitions in the same order). Immutable and thread-safe.
/// </remarks>
public sealed class ThemeCatalog : IReadOnlyList<ThemeDefinition>, IEquatable<ThemeCatalog>
{
    private readonly ImmutableArray<ThemeDefinition> _themes;
    private readonly FrozenDictionary<string, ThemeDefinition> _byId;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="themes">The themes, in the order to list them; each id once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="themes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="themes"/> holds a null, or an id twice.</exception>
    public ThemeCatalog(IEnumerable<ThemeDefinition> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var list = themes.ToImmutableArray();
        var byId = new Dictionary<string, ThemeDefinition>(list.Length, StringComparer.Ordinal);
        foreach (var theme in list)
        {
            if (theme is null)
            {
                throw new ArgumentException("themes must not hold a null.", nameof(themes));
            }

            if (!byId.TryAdd(theme.Id, theme))
            {
                throw new ArgumentException($"themes holds the id '{theme.Id}' twice; a catalogue lists each theme once.", nameof(themes));
            }
        }

        _themes = list;
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the empty catalogue: an analyzer that lists no theme.</summary>
    public static ThemeCatalog Empty { get; } = new([]);

    /// <summary>Gets the number of themes.</summary>
    public int Count => _themes.Length;

    /// <summary>Gets the theme at a position.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The theme.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public ThemeDefinition this[int index] => _themes[index];

    /// <summary>Finds a theme by its id.</summary>
    /// <param name="themeId">The theme id, compared ordinally.</param>
    /// <returns>The theme, or <see langword="null"/> when the catalogue does not list it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themeId"/> is null.</exception>
    public ThemeDefinition? Find(string themeId)
    {
        ArgumentNullException.ThrowIfNull(themeId);
        return _byId.GetValueOrDefault(themeId);
    }

    /// <summary>Gets the unmet need behind a theme in a language (see <see cref="ThemeDefinition.UnmetNeed(LanguageTag)"/>).</summary>
    /// <param name="themeId">The theme id, compared ordinally.</param>
    /// <param name="language">The language.</param>
    /// <returns>The unmet need, or <see langword="null"/> when the catalogue does not list the theme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themeId"/> is null.</exception>
    public string? UnmetNeed(string themeId, LanguageTag language) => Find(themeId)?.UnmetNeed(language);

    /// <summary>Gets how people read a theme: its <see cref="ThemeDefinition.Label"/>, or the id itself when the catalogue does not list it.</summary>
    /// <param name="themeId">The theme id, compared ordinally.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themeId"/> is null.</exception>
    public string Label(string themeId) => Find(themeId)?.Label ?? themeId;

    /// <summary>Returns an enumerator over the themes, in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<ThemeDefinition> GetEnumerator() => ((IEnumerable<ThemeDefinition>)_themes).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_themes).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ThemeCatalog? other) => other is not null && _themes.SequenceEqual(other._themes);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ThemeCatalog);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var theme in _themes)
        {
            hash.Add(theme);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two catalogues for equality.</summary>
    /// <param name="left">The first catalogue.</param>
    /// <param name="right">The second catalogue.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ThemeCatalog? left, ThemeCatalog? right) => Equals(left, right);

    /// <summary>Compares two catalogues for inequality.</summary>
    /// <param name="left">The first catalogue.</param>
    /// <param name="right">The second catalogue.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ThemeCatalog? left, ThemeCatalog? right) => !Equals(left, right);
}
