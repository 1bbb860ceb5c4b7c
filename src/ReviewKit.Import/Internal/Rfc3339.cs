using NodaTime.Text;

namespace ReviewKit.Import.Internal;

/// <summary>Parses RFC 3339 timestamps (<c>2024-05-02T09:15:00.123456Z</c>, <c>2024-05-02T11:15:00+02:00</c>).</summary>
internal static class Rfc3339
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.ExtendedIso;

    public static bool TryParse(string? text, out Instant instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var result = Pattern.Parse(text.Trim());
        if (!result.Success)
        {
            return false;
        }

        instant = result.Value.ToInstant();
        return true;
    }
}
