using System.Collections.Frozen;
using NodaTime.Text;

namespace ReviewKit.Calendars;

/// <summary>
/// Holidays imported from an iCalendar (<c>.ics</c>, RFC 5545) feed, the format helpdesks such as Zammad and Jira
/// exchange holiday lists in: every all-day <c>VEVENT</c> closes its dates. Use it as the <see cref="IHolidayProvider"/>
/// of a feed name, referenced by <see cref="PublicHolidayOptions.Country"/>.
/// </summary>
/// <remarks>
/// <para>Only the subset holiday feeds use is read: folded lines are unfolded; in each <c>VEVENT</c>,
/// <c>DTSTART;VALUE=DATE:yyyyMMdd</c> (inclusive) and the optional <c>DTEND;VALUE=DATE</c> (exclusive; one day when
/// absent). Events whose start has a time of day are not all-day and are ignored; other properties and components are
/// ignored. An event with a recurrence rule (<c>RRULE</c>) is rejected: list each occurrence.</para>
/// <para>Immutable and thread-safe. The feed has no regions: only a <see langword="null"/> region is supported.</para>
/// </remarks>
public sealed class IcsHolidayProvider : IHolidayProvider
{
    private const int MaxEventDays = 366;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private readonly FrozenDictionary<int, LocalDate[]> _byYear;

    private IcsHolidayProvider(string country, FrozenDictionary<int, LocalDate[]> byYear)
    {
        Country = country;
        _byYear = byYear;
    }

    /// <summary>Gets the feed name this provider answers for.</summary>
    public string Country { get; }

    /// <summary>Gets every imported holiday, in date order without duplicates.</summary>
    public IReadOnlyList<LocalDate> Dates => [.. _byYear.Values.SelectMany(d => d).Order()];

    /// <summary>Reads an iCalendar feed.</summary>
    /// <param name="country">The name the feed is referenced by in <see cref="PublicHolidayOptions.Country"/>.</param>
    /// <param name="icsText">The whole text of the <c>.ics</c> file.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> or <paramref name="icsText"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="country"/> is blank.</exception>
    /// <exception cref="FormatException">The feed is malformed (the message gives the line): an unterminated or nested
    /// <c>VEVENT</c>, a missing or malformed date, an end not after the start, an event over 366 days, or an <c>RRULE</c>.</exception>
    public static IcsHolidayProvider Parse(string country, string icsText)
    {
        Guard.NotBlank(country, nameof(country), Guard.MaxLabelLength);
        ArgumentNullException.ThrowIfNull(icsText);
        var dates = new HashSet<LocalDate>();
        var inEvent = false;
        var eventLine = 0;
        LocalDate? start = null;
        LocalDate? end = null;
        var allDay = true;
        foreach (var (number, line) in Unfold(icsText))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var head = line[..colon];
            var value = line[(colon + 1)..].Trim();
            var semicolon = head.IndexOf(';', StringComparison.Ordinal);
            var name = (semicolon < 0 ? head : head[..semicolon]).Trim();
            var parameters = semicolon < 0 ? string.Empty : head[(semicolon + 1)..];
            if (name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase) && value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                if (inEvent)
                {
                    throw new FormatException($"line {number}: a VEVENT begins inside the VEVENT of line {eventLine}.");
                }

                (inEvent, eventLine, start, end, allDay) = (true, number, null, null, true);
            }
            else if (!inEvent)
            {
                continue;
            }
            else if (name.Equals("END", StringComparison.OrdinalIgnoreCase) && value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                inEvent = false;
                if (!allDay)
                {
                    continue;
                }

                var first = start ?? throw new FormatException($"line {number}: the VEVENT of line {eventLine} has no DTSTART.");
                var last = end ?? first.PlusDays(1);
                if (last <= first)
                {
                    throw new FormatException($"line {number}: the VEVENT of line {eventLine} ends ({last:uuuu-MM-dd}) before it starts ({first:uuuu-MM-dd}); DTEND is exclusive.");
                }

                if (Period.DaysBetween(first, last) > MaxEventDays)
                {
                    throw new FormatException($"line {number}: the VEVENT of line {eventLine} lasts more than {MaxEventDays} days; a holiday feed lists days.");
                }

                for (var d = first; d < last; d = d.PlusDays(1))
                {
                    dates.Add(d);
                }
            }
            else if (name.Equals("DTSTART", StringComparison.OrdinalIgnoreCase))
            {
                var date = ParseDate(value, parameters, number, out var hasTime);
                allDay &= !hasTime;
                start = date;
            }
            else if (name.Equals("DTEND", StringComparison.OrdinalIgnoreCase))
            {
                end = ParseDate(value, parameters, number, out _);
            }
            else if (name.Equals("RRULE", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException($"line {number}: recurrence rules (RRULE) are not supported in holiday feeds; list each occurrence as its own VEVENT.");
            }
        }

        if (inEvent)
        {
            throw new FormatException($"the VEVENT of line {eventLine} has no END:VEVENT.");
        }

        var byYear = dates.GroupBy(d => d.Year).ToFrozenDictionary(g => g.Key, g => g.Order().ToArray());
        return new IcsHolidayProvider(country.Trim(), byYear);
    }

    /// <inheritdoc/>
    public bool SupportsRegion(string? region) => region is null;

    /// <inheritdoc/>
    public IEnumerable<LocalDate> GetHolidays(int year, string? region)
    {
        if (region is not null)
        {
            throw new ArgumentException($"region '{region}' is not supported: the feed '{Country}' has no regions.", nameof(region));
        }

        return _byYear.TryGetValue(year, out var dates) ? dates : [];
    }

    private static LocalDate ParseDate(string value, string parameters, int number, out bool hasTime)
    {
        // A DATE value is exactly yyyyMMdd; a DATE-TIME (yyyyMMddTHHmmss[Z]) is not an all-day event.
        hasTime = value.Length > 8;
        var result = DatePattern.Parse(value.Length > 8 ? value[..8] : value);
        return result.Success
            ? result.Value
            : throw new FormatException($"line {number}: '{value}' is not an iCalendar date (yyyyMMdd).");
    }

    private static IEnumerable<(int Number, string Line)> Unfold(string text)
    {
        var lines = text.Split('\n');
        string? current = null;
        var currentNumber = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && current is not null)
            {
                current += line[1..];
                continue;
            }

            if (current is not null)
            {
                yield return (currentNumber, current);
            }

            current = line;
            currentNumber = i + 1;
        }

        if (current is not null)
        {
            yield return (currentNumber, current);
        }
    }
}
