using System.Globalization;
using NodaTime.Text;

namespace ReviewKit.Calendars;

/// <summary>A local opening range of one date, in minutes from the date's midnight: start inclusive, end exclusive.</summary>
/// <remarks><see cref="End"/> may exceed 1,440 for an overnight range, which ends on the next date.</remarks>
internal readonly record struct LocalRange(int Start, int End);

/// <summary>
/// The parsed, validated rules of a calendar (<see cref="BusinessCalendarOptions"/> checked once): what is open on
/// each local date. Immutable after parsing; the provider it holds must be thread-safe.
/// </summary>
internal sealed class CalendarRules
{
    private const int MinutesPerDay = 24 * 60;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd");

    private CalendarRules(DateTimeZone zone)
    {
        Zone = zone;
    }

    public DateTimeZone Zone { get; }

    /// <summary>The usual ranges of each ISO day of the week (index 1 = Monday ... 7 = Sunday), sorted, disjoint.</summary>
    public LocalRange[][] Week { get; } = new LocalRange[8][];

    public HashSet<LocalDate> Holidays { get; } = [];

    public Dictionary<LocalDate, LocalRange[]> ExtraOpenings { get; } = [];

    public Dictionary<LocalDate, LocalRange[]> Closures { get; } = [];

    public IHolidayProvider? PublicHolidays { get; private set; }

    public string? Region { get; private set; }

    public static CalendarRules AlwaysOpen(DateTimeZone zone)
    {
        var rules = new CalendarRules(zone);
        for (var d = 1; d <= 7; d++)
        {
            rules.Week[d] = [new LocalRange(0, MinutesPerDay)];
        }

        return rules;
    }

    /// <summary>Parses options; every problem is added to <paramref name="errors"/> as "{path}:{field}: {rule}".</summary>
    /// <returns>The rules, or null when there was any error.</returns>
    public static CalendarRules? Parse(
        BusinessCalendarOptions options,
        string path,
        IEnumerable<IHolidayProvider> providers,
        List<string> errors)
    {
        var before = errors.Count;
        DateTimeZone? zone = null;
        if (string.IsNullOrWhiteSpace(options.TimeZone))
        {
            errors.Add($"{path}:TimeZone: a time zone id is required (an IANA id such as 'Europe/Paris').");
        }
        else
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone.Trim());
            if (zone is null)
            {
                errors.Add($"{path}:TimeZone: '{options.TimeZone}' is not an IANA time zone id known to tzdb {DateTimeZoneProviders.Tzdb.VersionId} (for example 'Europe/Paris').");
            }
        }

        var rules = new CalendarRules(zone ?? DateTimeZone.Utc);
        var anyOpening = false;
        for (var d = 1; d <= 7; d++)
        {
            rules.Week[d] = [];
        }

        if (options.Week is null)
        {
            errors.Add($"{path}:Week: must not be null (an empty week is closed every day).");
        }
        else
        {
            foreach (var (key, values) in options.Week)
            {
                var dayPath = $"{path}:Week:{key}";
                if (!TryParseDay(key, out var day))
                {
                    errors.Add($"{dayPath}: '{key}' is not a day name (Monday to Sunday, case-insensitive).");
                    continue;
                }

                if (rules.Week[(int)day].Length > 0)
                {
                    errors.Add($"{dayPath}: {day} is listed twice (day names are case-insensitive).");
                    continue;
                }

                var ranges = ParseRanges(values ?? [], dayPath, errors);
                rules.Week[(int)day] = ranges;
                anyOpening |= ranges.Length > 0;
            }
        }

        ParseDates(options.Holidays, $"{path}:Holidays", rules.Holidays, errors);
        anyOpening |= ParseDatedRanges(options.ExtraOpenings, $"{path}:ExtraOpenings", rules.ExtraOpenings, errors);
        ParseDatedRanges(options.Closures, $"{path}:Closures", rules.Closures, errors);

        if (options.PublicHolidays is { } publicHolidays)
        {
            var country = publicHolidays.Country?.Trim();
            if (string.IsNullOrEmpty(country))
            {
                errors.Add($"{path}:PublicHolidays:Country: a country code (for example 'FR') or a holiday feed name is required.");
            }
            else
            {
                var known = providers.ToList();
                var provider = known.Find(p => string.Equals(p.Country, country, StringComparison.OrdinalIgnoreCase));
                var region = string.IsNullOrWhiteSpace(publicHolidays.Region) ? null : publicHolidays.Region.Trim();
                if (provider is null)
                {
                    errors.Add($"{path}:PublicHolidays:Country: '{country}' has no holiday provider (known: {string.Join(", ", known.Select(p => p.Country))}); register an IHolidayProvider for it.");
                }
                else if (!provider.SupportsRegion(region))
                {
                    errors.Add($"{path}:PublicHolidays:Region: '{region}' is not a region the '{provider.Country}' holiday provider knows.");
                }
                else
                {
                    rules.PublicHolidays = provider;
                    rules.Region = region;
                }
            }
        }

        if (!anyOpening && errors.Count == before)
        {
            errors.Add($"{path}:Week: the calendar has no business time at all (no range in Week and no ExtraOpenings); every deadline would be searched for forever.");
        }

        return errors.Count == before ? rules : null;
    }

    /// <summary>The local ranges open on <paramref name="date"/>, before closures.</summary>
    public LocalRange[] RangesOn(LocalDate date, HashSet<LocalDate> publicHolidays)
    {
        if (ExtraOpenings.TryGetValue(date, out var extra))
        {
            return extra;
        }

        return Holidays.Contains(date) || publicHolidays.Contains(date) ? [] : Week[(int)date.DayOfWeek];
    }

    private static bool TryParseDay(string key, out IsoDayOfWeek day)
    {
        day = IsoDayOfWeek.None;
        var trimmed = key.Trim();
        if (trimmed.Length == 0 || !char.IsAsciiLetter(trimmed[0]))
        {
            return false;
        }

        return Enum.TryParse(trimmed, ignoreCase: true, out day) && day != IsoDayOfWeek.None;
    }

    private static LocalRange[] ParseRanges(IEnumerable<string?> values, string path, List<string> errors)
    {
        var ranges = new List<LocalRange>();
        var i = 0;
        foreach (var value in values)
        {
            if (TryParseRange(value, out var range))
            {
                ranges.Add(range);
            }
            else
            {
                errors.Add($"{path}:{i}: '{value}' is not a range 'HH:mm-HH:mm' (for example '09:00-12:30'; 24:00 only as an end; an end at or before the start is an overnight range).");
            }

            i++;
        }

        return CheckOverlaps(ranges, path, errors);
    }

    private static LocalRange[] CheckOverlaps(List<LocalRange> ranges, string path, List<string> errors)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var k = 1; k < ranges.Count; k++)
        {
            if (ranges[k].Start < ranges[k - 1].End)
            {
                errors.Add($"{path}: the ranges {Format(ranges[k - 1])} and {Format(ranges[k])} overlap; ranges of one day must not overlap.");
            }
        }

        return [.. ranges];
    }

    private static void ParseDates(IEnumerable<string?>? values, string path, HashSet<LocalDate> into, List<string> errors)
    {
        if (values is null)
        {
            errors.Add($"{path}: must not be null.");
            return;
        }

        var i = 0;
        foreach (var value in values)
        {
            var result = DatePattern.Parse(value?.Trim() ?? string.Empty);
            if (result.Success)
            {
                into.Add(result.Value);
            }
            else
            {
                errors.Add($"{path}:{i}: '{value}' is not a local date 'yyyy-MM-dd'.");
            }

            i++;
        }
    }

    private static bool ParseDatedRanges(IEnumerable<string?>? values, string path, Dictionary<LocalDate, LocalRange[]> into, List<string> errors)
    {
        if (values is null)
        {
            errors.Add($"{path}: must not be null.");
            return false;
        }

        var byDate = new Dictionary<LocalDate, List<LocalRange>>();
        var i = 0;
        foreach (var value in values)
        {
            var text = value?.Trim() ?? string.Empty;
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var date = space > 0 ? DatePattern.Parse(text[..space]) : null;
            if (date is { Success: true } && TryParseRange(text[(space + 1)..], out var range))
            {
                if (!byDate.TryGetValue(date.Value, out var list))
                {
                    byDate[date.Value] = list = [];
                }

                list.Add(range);
            }
            else
            {
                errors.Add($"{path}:{i}: '{value}' is not a dated range 'yyyy-MM-dd HH:mm-HH:mm' (for example '2026-12-31 14:00-24:00').");
            }

            i++;
        }

        foreach (var (date, list) in byDate)
        {
            into[date] = CheckOverlaps(list, $"{path} ({date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})", errors);
        }

        return byDate.Count > 0;
    }

    /// <summary>Parses <c>HH:mm-HH:mm</c>; 24:00 only as an end; an end at or before the start ends the next day.</summary>
    internal static bool TryParseRange(string? text, out LocalRange range)
    {
        range = default;
        var s = text?.Trim();
        if (s is null || s.Length != 11 || s[5] != '-'
            || !TryParseTime(s.AsSpan(0, 5), allow24: false, out var start)
            || !TryParseTime(s.AsSpan(6, 5), allow24: true, out var end))
        {
            return false;
        }

        range = new LocalRange(start, end <= start ? end + MinutesPerDay : end);
        return true;
    }

    private static bool TryParseTime(ReadOnlySpan<char> s, bool allow24, out int minutes)
    {
        minutes = 0;
        if (s[2] != ':' || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[3]) || !char.IsAsciiDigit(s[4]))
        {
            return false;
        }

        var h = ((s[0] - '0') * 10) + (s[1] - '0');
        var m = ((s[3] - '0') * 10) + (s[4] - '0');
        if (m > 59 || h > 24 || (h == 24 && (!allow24 || m != 0)))
        {
            return false;
        }

        minutes = (h * 60) + m;
        return true;
    }

    private static string Format(LocalRange r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Start / 60:00}:{r.Start % 60:00}-{r.End % MinutesPerDay / 60 + (r.End == MinutesPerDay ? 24 : 0):00}:{r.End % 60:00}");
}
