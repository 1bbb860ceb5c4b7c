using System.Globalization;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis;

/// <summary>
/// A theme an analyzer can find: its id (as in <see cref="ThemeMatch.ThemeId"/>), how people read it, and the unmet
/// need behind it in French and in English.
/// </summary>
/// <remarks>
/// <para>The unmet need briefs agents ("late delivery: the customer needs reliability and proactive news") and explains
/// an irritant in a quality report. How an analyzer detects the theme (patterns, a model) is not part of it.</para>
/// <para>Value equality (ordinal, every property). Immutable and thread-safe.</para>
/// </remarks>
public sealed class ThemeDefinition : IEquatable<ThemeDefinition>
{
    /// <summary>Creates a theme definition.</summary>
    /// <param name="id">The theme id, as the analyzer reports it in <see cref="ThemeMatch.ThemeId"/>; 1 to 256 characters, not blank.</param>
    /// <param name="unmetNeedEnglish">The unmet need behind the theme, in English; 1 to 512 characters, not blank.</param>
    /// <param name="unmetNeedFrench">The unmet need behind the theme, in French; 1 to 512 characters, not blank.</param>
    /// <param name="label">How people read the theme in a report or a screen, for example <c>Late delivery</c>; 1 to 512
    /// characters, not blank. <see langword="null"/> (the default) derives it from the id: <c>customer_service</c> reads
    /// <c>Customer service</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="unmetNeedEnglish"/> or <paramref name="unmetNeedFrench"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or too long.</exception>
    public ThemeDefinition(string id, string unmetNeedEnglish, string unmetNeedFrench, string? label = null)
    {
        Id = Guard.NotBlank(id, nameof(id), Guard.MaxIdLength);
        UnmetNeedEnglish = Guard.NotBlank(unmetNeedEnglish, nameof(unmetNeedEnglish), Guard.MaxLabelLength);
        UnmetNeedFrench = Guard.NotBlank(unmetNeedFrench, nameof(unmetNeedFrench), Guard.MaxLabelLength);
        Label = Guard.OptionalNotBlank(label, nameof(label), Guard.MaxLabelLength) ?? LabelFromId(Id);
    }

    /// <summary>Gets the theme id, for example <c>delay</c>.</summary>
    public string Id { get; }

    /// <summary>Gets how people read the theme, for example <c>Delay</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the unmet need behind the theme, in English.</summary>
    public string UnmetNeedEnglish { get; }

    /// <summary>Gets the unmet need behind the theme, in French.</summary>
    public string UnmetNeedFrench { get; }

    /// <summary>Gets the unmet need in a language: French for <c>fr</c> and its regional variants, English otherwise.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The unmet need.</returns>
    public string UnmetNeed(LanguageTag language) => language.PrimaryLanguage == "fr" ? UnmetNeedFrench : UnmetNeedEnglish;

    /// <inheritdoc/>
    public bool Equals(ThemeDefinition? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && string.Equals(UnmetNeedEnglish, other.UnmetNeedEnglish, StringComparison.Ordinal)
        && string.Equals(UnmetNeedFrench, other.UnmetNeedFrench, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ThemeDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Label, UnmetNeedEnglish, UnmetNeedFrench);

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Compares two definitions for equality.</summary>
    /// <param name="left">The first definition.</param>
    /// <param name="right">The second definition.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ThemeDefinition? left, ThemeDefinition? right) => Equals(left, right);

    /// <summary>Compares two definitions for inequality.</summary>
    /// <param name="left">The first definition.</param>
    /// <param name="right">The second definition.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ThemeDefinition? left, ThemeDefinition? right) => !Equals(left, right);

    /// <summary>The label derived from an id: separators become spaces and the first letter is upper-cased.</summary>
    internal static string LabelFromId(string id)
    {
        var words = id.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? id : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
