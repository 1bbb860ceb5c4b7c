namespace ReviewKit.Calendars;

/// <summary>
/// The French public holidays (<c>FR</c>), computed for any year: 1 January, Easter Monday, 1 May, 8 May, Ascension,
/// Whit Monday, 14 July, 15 August, 1 November, 11 November and 25 December; the region <c>Alsace-Moselle</c> adds
/// Good Friday and 26 December; the overseas departments add their abolition-of-slavery day (<c>Guadeloupe</c>
/// 27 May, <c>Martinique</c> 22 May, <c>Guyane</c> 10 June, <c>La Réunion</c> 20 December, <c>Mayotte</c> 27 April).
/// </summary>
/// <remarks>
/// <para>Easter is computed with the Gregorian computus (the Meeus/Jones/Butcher algorithm), so moveable feasts are
/// right for every year. The rules are those in force today, applied to every year (no history of when a holiday
/// was created). Region names are case-insensitive; <c>La Reunion</c> and <c>Reunion</c> are accepted too.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class FrenchPublicHolidays : IHolidayProvider
{
    private static readonly string[] AlsaceMoselle = ["Alsace-Moselle"];
    private static readonly (string[] Names, int Month, int Day)[] SlaveryAbolition =
    [
        (["Guadeloupe"], 5, 27),
        (["Martinique"], 5, 22),
        (["Guyane"], 6, 10),
        (["La Réunion", "La Reunion", "Réunion", "Reunion"], 12, 20),
        (["Mayotte"], 4, 27),
    ];

    /// <summary>Gets the shared instance.</summary>
    public static FrenchPublicHolidays Instance { get; } = new();

    /// <summary>Gets <c>FR</c>.</summary>
    public string Country => "FR";

    /// <summary>Gets the names of the supported regions.</summary>
    public static IReadOnlyList<string> Regions { get; } =
        ["Alsace-Moselle", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"];

    /// <inheritdoc/>
    public bool SupportsRegion(string? region) => region is null || Matches(AlsaceMoselle, region) || SlaveryDay(region) is not null;

    /// <inheritdoc/>
    public IEnumerable<LocalDate> GetHolidays(int year, string? region)
    {
        if (!SupportsRegion(region))
        {
            throw new ArgumentException(
                $"region '{region}' is not a French region with its own holidays (known: {string.Join(", ", Regions)}).",
                nameof(region));
        }

        var easter = EasterSunday(year);
        var days = new List<LocalDate>(14)
        {
            new(year, 1, 1),
            easter.PlusDays(1),
            new(year, 5, 1),
            new(year, 5, 8),
            easter.PlusDays(39),
            easter.PlusDays(50),
            new(year, 7, 14),
            new(year, 8, 15),
            new(year, 11, 1),
            new(year, 11, 11),
            new(year, 12, 25),
        };
        if (region is not null)
        {
            if (Matches(AlsaceMoselle, region))
            {
                days.Add(easter.PlusDays(-2));
                days.Add(new LocalDate(year, 12, 26));
            }
            else if (SlaveryDay(region) is { } day)
            {
                days.Add(new LocalDate(year, day.Month, day.Day));
            }
        }

        return days;
    }

    /// <summary>Computes Easter Sunday of a Gregorian year (Meeus/Jones/Butcher).</summary>
    internal static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static (int Month, int Day)? SlaveryDay(string region)
    {
        foreach (var (names, month, day) in SlaveryAbolition)
        {
            if (Matches(names, region))
            {
                return (month, day);
            }
        }

        return null;
    }

    private static bool Matches(string[] names, string region)
    {
        foreach (var name in names)
        {
            if (string.Equals(name, region.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
