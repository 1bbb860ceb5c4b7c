namespace ReviewKit.Analysis;

/// <summary>A change to a default theme, or a new theme of the host.</summary>
/// <remarks>Plain data, bound from configuration (for example <c>ReviewKit:Analysis:Themes:0</c>).</remarks>
public sealed class ThemeOptions
{
    /// <summary>Gets or sets the theme id: a default id (<see cref="ThemeIds"/>) to change that theme, or a new id to add one.</summary>
    /// <value>Required: 1 to 64 characters among lower-case ASCII letters, digits and <c>_</c>, starting with a letter.</value>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether the theme is detected.</summary>
    /// <value>The default value is <see langword="true"/>; <see langword="false"/> disables a default theme.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the unmet need behind the theme, in English (shown to agents).</summary>
    /// <value>Required for a new theme; for a default theme, <see langword="null"/> keeps the shipped wording.</value>
    public string? UnmetNeedEnglish { get; set; }

    /// <summary>Gets or sets the unmet need behind the theme, in French (shown to agents).</summary>
    /// <value>Required for a new theme; for a default theme, <see langword="null"/> keeps the shipped wording.</value>
    public string? UnmetNeedFrench { get; set; }

    /// <summary>Gets or sets how people read the theme in reports and screens (<see cref="ThemeDefinition.Label"/>).</summary>
    /// <value>Optional: 1 to 512 characters, not blank. <see langword="null"/> (the default) keeps the shipped label of a
    /// default theme and derives a new theme's from its id (<c>late_checkout</c> reads <c>Late checkout</c>).</value>
    public string? Label { get; set; }

    /// <summary>Gets the English patterns to add or remove.</summary>
    public ThemePatternOptions English { get; } = new();

    /// <summary>Gets the French patterns to add or remove.</summary>
    public ThemePatternOptions French { get; } = new();
}
