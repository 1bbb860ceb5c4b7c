namespace ReviewKit.Calendars;

/// <summary>Resolves the named business calendars a host configured (<c>ReviewKit:Calendars:{name}</c>).</summary>
/// <remarks>Implementations must be thread-safe; the calendars they return are immutable and thread-safe.</remarks>
public interface IBusinessCalendarProvider
{
    /// <summary>Gets the calendar with this name.</summary>
    /// <param name="name">The calendar's name, matched case-insensitively.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No calendar has this name.</exception>
    BusinessCalendar GetCalendar(string name);
}
