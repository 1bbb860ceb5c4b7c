using ReviewKit.Reviews;

namespace ReviewKit.Responses;

/// <summary>The longest public reply each platform accepts, in characters (Unicode code points).</summary>
/// <remarks>
/// Google Business Profile replies: 4,096. Google Play developer replies: 350. Apple App Store developer responses:
/// 5,970. Instagram comments: 2,200. Facebook comments: 8,000. Every other source, and an unknown one, gets
/// <see cref="Default"/> (4,096, Google's limit), a safe bound for review platforms.
/// </remarks>
internal static class PlatformLimits
{
    /// <summary>The limit of a source that is not in the table.</summary>
    public const int Default = 4_096;

    public static int For(ReviewSource source)
    {
        if (source == ReviewSource.GooglePlay)
        {
            return 350;
        }

        if (source == ReviewSource.AppStore)
        {
            return 5_970;
        }

        if (source == ReviewSource.Instagram)
        {
            return 2_200;
        }

        return source == ReviewSource.Facebook ? 8_000 : Default;
    }

    /// <summary>Counts code points (a surrogate pair is one character, as platforms count).</summary>
    public static int CountCharacters(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }

    /// <summary>The index in <paramref name="text"/> of the first code point past <paramref name="limit"/>.</summary>
    public static int IndexAfter(ReadOnlySpan<char> text, int limit)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                continue;
            }

            if (seen == limit)
            {
                return i;
            }

            seen++;
        }

        return text.Length;
    }
}
