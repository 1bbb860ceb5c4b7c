namespace ReviewKit.Calendars;

/// <summary>Resolves the named business calendars a host configured (<c>ReviewKit:Calendars:{name}</c>).</summary>
/// <remarks>
/// <para>A provider whose calendars can change (the one registered by <c>AddReviewKit</c> follows configuration reloads)
/// serves each new version with its <see cref="BusinessCalendar.EffectiveFrom"/> set, keeps the earlier versions for
/// <see cref="GetCalendar(string, Instant)"/> and changes <see cref="Version"/>; consumers that resolve calendars once
/// (the <see cref="Sla.SlaEvaluator"/>) resolve them again when <see cref="Version"/> changes. A provider whose calendars
/// never change needs only <see cref="GetCalendar(string)"/>.</para>
/// <para>Implementations must be thread-safe; the calendars they return are immutable and thread-safe.</para>
/// </remarks>
public interface IBusinessCalendarProvider
{
    /// <summary>Gets a number that changes whenever a calendar served changes.</summary>
    /// <value>The default implementation returns 0 for ever: the calendars never change.</value>
    long Version => 0;

    /// <summary>Gets the calendar with this name, in its current version.</summary>
    /// <param name="name">The calendar's name, matched case-insensitively.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No calendar has this name.</exception>
    BusinessCalendar GetCalendar(string name);

    /// <summary>Gets the version of a calendar that was in force at an instant.</summary>
    /// <param name="name">The calendar's name, matched case-insensitively.</param>
    /// <param name="at">The instant.</param>
    /// <returns>
    /// The version with the latest <see cref="BusinessCalendar.EffectiveFrom"/> at or before <paramref name="at"/>, or the
    /// oldest version kept when every one is later. The default implementation returns <see cref="GetCalendar(string)"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No calendar has this name.</exception>
    BusinessCalendar GetCalendar(string name, Instant at) => GetCalendar(name);
}
