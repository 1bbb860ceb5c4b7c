namespace ReviewKit.Calendars;

/// <summary>Which public holidays a <see cref="BusinessCalendarOptions"/> closes on.</summary>
/// <remarks>A plain mutable options object: not thread-safe while being set.</remarks>
public sealed class PublicHolidayOptions
{
    /// <summary>
    /// Gets or sets the country (ISO 3166-1 alpha-2, for example <c>FR</c>) or the name of an imported holiday feed,
    /// matched case-insensitively with <see cref="IHolidayProvider.Country"/>.
    /// </summary>
    /// <value>The default value is an empty string, which is invalid when the section is present.</value>
    public string Country { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the region whose own holidays are added to the national ones (for France: <c>Alsace-Moselle</c>,
    /// <c>Guadeloupe</c>, <c>Martinique</c>, <c>Guyane</c>, <c>La Réunion</c>, <c>Mayotte</c>), or
    /// <see langword="null"/> for the national holidays only.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Region { get; set; }
}
