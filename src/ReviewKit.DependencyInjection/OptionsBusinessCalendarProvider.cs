using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.Options;
using ReviewKit.Calendars;

namespace ReviewKit;

/// <summary>
/// Serves the calendars of <see cref="ReviewKitOptions.Calendars"/> and follows configuration reloads: a calendar whose
/// definition changed is rebuilt, with <see cref="BusinessCalendar.EffectiveFrom"/> set to the moment of the reload (from
/// the registered <see cref="IClock"/>), and <see cref="Version"/> changes; the earlier versions stay available to
/// <see cref="GetCalendar(string, Instant)"/> (the last <see cref="MaxVersions"/> of each calendar). A reload that fails
/// validation keeps the calendars in force; a calendar removed from the configuration keeps being served in its last
/// version until the host restarts, so that the clocks judged by it keep a calendar. Thread-safe.
/// </summary>
internal sealed class OptionsBusinessCalendarProvider : IBusinessCalendarProvider, IDisposable
{
    /// <summary>How many versions of one calendar are kept.</summary>
    internal const int MaxVersions = EffectiveVersions<BusinessCalendar>.MaxVersions;

    private readonly IHolidayProvider[] _holidayProviders;
    private readonly IClock _clock;
    private readonly IDisposable? _subscription;
    private readonly Lock _gate = new();
    private volatile State _state;

    public OptionsBusinessCalendarProvider(IOptionsMonitor<ReviewKitOptions> options, IEnumerable<IHolidayProvider> holidayProviders, IClock clock)
    {
        _holidayProviders = [.. holidayProviders];
        _clock = clock;
        _state = Build(options.CurrentValue, null, null);
        _subscription = options.OnChange(Reload);
    }

    public long Version => _state.Version;

    public BusinessCalendar GetCalendar(string name) => Find(name).Versions.Current;

    public BusinessCalendar GetCalendar(string name, Instant at) => Find(name).Versions.At(at);

    public void Dispose() => _subscription?.Dispose();

    private static string Fingerprint(BusinessCalendarOptions options)
    {
        var text = new StringBuilder();
        text.Append(options.TimeZone).Append('\n');
        foreach (var (day, ranges) in (options.Week ?? []).OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(day.ToUpperInvariant()).Append('=').AppendJoin(',', ranges ?? []).Append(';');
        }

        text.Append('\n').AppendJoin(',', options.Holidays ?? []);
        text.Append('\n').Append(options.PublicHolidays?.Country).Append('/').Append(options.PublicHolidays?.Region);
        text.Append('\n').AppendJoin(',', options.Closures ?? []);
        text.Append('\n').AppendJoin(',', options.ExtraOpenings ?? []);
        return text.ToString();
    }

    private Entry Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var calendars = _state.Calendars;
        return calendars.TryGetValue(name, out var entry)
            ? entry
            : throw new KeyNotFoundException(
                $"No business calendar is named '{name}' (configured: {(calendars.Count == 0 ? "none" : string.Join(", ", calendars.Keys))}); add it under ReviewKit:Calendars:{name}.");
    }

    private void Reload(ReviewKitOptions options)
    {
        lock (_gate)
        {
            try
            {
                _state = Build(options, _state, _clock.GetCurrentInstant());
            }
            catch (ArgumentException)
            {
                // An invalid calendar: keep the ones in force. Validation reports the problem with its path.
            }
        }
    }

    /// <summary>The calendars of <paramref name="options"/>, reusing the versions of <paramref name="previous"/> that did not change.</summary>
    private State Build(ReviewKitOptions options, State? previous, Instant? at)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        if (previous is not null)
        {
            foreach (var (name, entry) in previous.Calendars)
            {
                entries[name] = entry;
            }
        }

        var changed = false;
        foreach (var (name, calendarOptions) in options.Calendars)
        {
            var fingerprint = Fingerprint(calendarOptions);
            if (entries.TryGetValue(name, out var existing) && existing.Fingerprint == fingerprint)
            {
                continue;
            }

            var calendar = BusinessCalendar.FromOptions(calendarOptions, name, _holidayProviders).WithEffectiveFrom(at);
            var versions = existing is null || at is not { } from ? EffectiveVersions<BusinessCalendar>.Of(calendar, at) : existing.Versions.With(calendar, from);
            entries[name] = new Entry(fingerprint, versions);
            changed = true;
        }

        return previous is not null && !changed
            ? previous
            : new State((previous?.Version ?? 0) + (previous is null ? 0 : 1), entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The versions of one calendar, oldest first, and the definition of the last.</summary>
    private sealed record Entry(string Fingerprint, EffectiveVersions<BusinessCalendar> Versions);

    private sealed record State(long Version, FrozenDictionary<string, Entry> Calendars);
}
