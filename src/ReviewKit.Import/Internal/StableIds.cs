using System.Security.Cryptography;
using System.Text;
using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Import.Internal;

/// <summary>
/// Deterministic ids: the same review at the same instant always gets the same event id, so importing a file twice
/// yields equal events and <see cref="ReviewCase.Apply(CaseEvent)"/> treats the second copy as a no-op.
/// </summary>
internal static class StableIds
{
    private const char Separator = '\u001f';

    public static CaseEventId Event(string kind, ReviewId reviewId, Instant at) =>
        new(string.Concat(kind, "-", Hash(reviewId.Source.Name, reviewId.PlatformId, kind, at.ToUnixTimeTicks().ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static CaseId Case(ReviewId reviewId) => new("case-" + Hash(reviewId.Source.Name, reviewId.PlatformId));

    private static string Hash(params ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part).Append(Separator);
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
