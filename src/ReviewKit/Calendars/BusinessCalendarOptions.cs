namespace ReviewKit.Calendars;

/// <summary>
/// The definition of a business calendar, as bound from configuration (<c>ReviewKit:Calendars:{name}</c>): a time zone,
/// the opening ranges of each day of the week, closed dates, partial closures and exceptional openings. Turn it into a
/// <see cref="BusinessCalendar"/> with <see cref="BusinessCalendar.FromOptions(BusinessCalendarOptions, string?, IEnumerable{IHolidayProvider}?)"/>.
/// </summary>
/// <remarks>
/// <para>Every date and time is local to <see cref="TimeZone"/>. A range is <c>HH:mm-HH:mm</c>: the start is inclusive,
/// the end exclusive; <c>24:00</c> is a valid end (midnight at the end of the day); an end at or before the start is an
/// overnight range that belongs to its start day (<c>22:00-02:00</c> on Friday is open from Friday 22:00 to Saturday
/// 02:00, even when Saturday is a holiday).</para>
/// <para>Precedence for one local date: an <see cref="ExtraOpenings"/> entry for the date replaces its usual ranges and
/// wins over <see cref="Holidays"/> and public holidays; otherwise a holiday closes the whole date; otherwise the
/// <see cref="Week"/> ranges of its day apply. <see cref="Closures"/> are then removed from whatever is open.</para>
/// <para>A plain mutable options object: not thread-safe while being set. The calendar built from it copies what it
/// needs, so changing the options later never changes a built calendar.</para>
/// </remarks>
public sealed class BusinessCalendarOptions
{
    /// <summary>Gets or sets the IANA time zone id (tzdb), for example <c>Europe/Paris</c>.</summary>
    /// <value>The default value is <c>UTC</c>.</value>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Gets or sets the opening ranges of each day of the week: a day name (<c>Monday</c> to <c>Sunday</c>,
    /// case-insensitive) to its ranges (<c>"09:00-12:30"</c>, <c>"14:00-19:00"</c>). Days not listed are closed.
    /// Ranges of one day must not overlap; an overnight range that runs into the next day's ranges is merged with them.
    /// </summary>
    /// <value>The default value is an empty week (closed every day), with case-insensitive keys.</value>
    public Dictionary<string, string[]> Week { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets whole local dates on which the business is closed, each <c>yyyy-MM-dd</c>.</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> Holidays { get; set; } = [];

    /// <summary>
    /// Gets or sets the public holidays to close on, computed by the <see cref="IHolidayProvider"/> of a country (or of
    /// an imported feed), or <see langword="null"/> for none.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public PublicHolidayOptions? PublicHolidays { get; set; }

    /// <summary>
    /// Gets or sets parts of days on which the business is closed, each <c>yyyy-MM-dd HH:mm-HH:mm</c>
    /// (for example <c>2026-12-31 14:00-24:00</c>).
    /// </summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> Closures { get; set; } = [];

    /// <summary>
    /// Gets or sets exceptional openings, each <c>yyyy-MM-dd HH:mm-HH:mm</c>: the ranges given for a date replace its
    /// usual ranges (an exceptional Sunday, a holiday worked). Several entries for one date give several ranges.
    /// </summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> ExtraOpenings { get; set; } = [];
}
