namespace ReviewKit.Calendars;

/// <summary>
/// Computes the public holidays of one country (or one imported feed), for <see cref="PublicHolidayOptions"/>.
/// ReviewKit ships <see cref="FrenchPublicHolidays"/> and <see cref="IcsHolidayProvider"/>; hosts add other countries by
/// implementing this interface (and, with dependency injection, registering it as an <c>IHolidayProvider</c>).
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and deterministic: a calendar asks for a year the first time it needs it, from
/// whichever thread gets there first, and keeps the answer.
/// </remarks>
public interface IHolidayProvider
{
    /// <summary>Gets the country code or feed name this provider answers for, matched case-insensitively.</summary>
    string Country { get; }

    /// <summary>Gets a value indicating whether <paramref name="region"/> is one this provider knows.</summary>
    /// <param name="region">A region name, or <see langword="null"/> for the national holidays only (always supported).</param>
    /// <returns><see langword="true"/> when <see cref="GetHolidays(int, string?)"/> accepts the region.</returns>
    bool SupportsRegion(string? region);

    /// <summary>Gets the public holidays of one year.</summary>
    /// <param name="year">The year (ISO calendar).</param>
    /// <param name="region">A supported region, or <see langword="null"/> for the national holidays only.</param>
    /// <returns>The holiday dates of <paramref name="year"/>, in any order; duplicates are allowed.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not supported.</exception>
    IEnumerable<LocalDate> GetHolidays(int year, string? region);
}
