using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using ReviewKit.Calendars;

namespace ReviewKit;

/// <summary>
/// Serves the calendars of <see cref="ReviewKitOptions.Calendars"/>, built once from the options of the container's
/// start (validated by then); later configuration reloads do not change them. Thread-safe.
/// </summary>
internal sealed class OptionsBusinessCalendarProvider : IBusinessCalendarProvider
{
    private readonly FrozenDictionary<string, BusinessCalendar> _calendars;

    public OptionsBusinessCalendarProvider(IOptions<ReviewKitOptions> options, IEnumerable<IHolidayProvider> holidayProviders)
    {
        var providers = holidayProviders.ToArray();
        _calendars = options.Value.Calendars
            .ToFrozenDictionary(
                pair => pair.Key,
                pair => BusinessCalendar.FromOptions(pair.Value, pair.Key, providers),
                StringComparer.OrdinalIgnoreCase);
    }

    public BusinessCalendar GetCalendar(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _calendars.TryGetValue(name, out var calendar)
            ? calendar
            : throw new KeyNotFoundException(
                $"No business calendar is named '{name}' (configured: {(_calendars.Count == 0 ? "none" : string.Join(", ", _calendars.Keys))}); add it under ReviewKit:Calendars:{name}.");
    }
}
