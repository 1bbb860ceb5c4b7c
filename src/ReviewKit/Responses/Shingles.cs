namespace ReviewKit.Responses;

/// <summary>
/// Word shingles for near-duplicate detection: every run of <see cref="Size"/> consecutive folded words is hashed
/// (64-bit FNV-1a), and two texts are compared by the Jaccard index of their sets of shingle hashes.
/// </summary>
/// <remarks>
/// Replies at or above <see cref="DuplicateThreshold"/> are near-duplicates: with 3-word shingles, two 80-word replies
/// that differ only by the customer's name and one changed sentence stay above it, two replies written separately
/// stay far below (usually under 0.1).
/// </remarks>
internal static class Shingles
{
    /// <summary>The number of words in a shingle.</summary>
    public const int Size = 3;

    /// <summary>The Jaccard index from which a reply is a near-duplicate of another.</summary>
    public const double DuplicateThreshold = 0.5;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Computes the sorted, distinct shingle hashes of a text.</summary>
    public static ulong[] Of(string text)
    {
        using var tokens = TokenizedText.Create(text);
        var buffer = new ulong[Math.Max(0, tokens.Count - Size + 1)];
        var n = Fill(tokens, buffer);
        return buffer.AsSpan(0, n).ToArray();
    }

    /// <summary>Writes the sorted, distinct shingle hashes of a tokenized text into <paramref name="buffer"/>; returns how many.</summary>
    public static int Fill(in TokenizedText text, Span<ulong> buffer)
    {
        var tokens = text.Tokens;
        var count = tokens.Length - Size + 1;
        if (count <= 0)
        {
            return 0;
        }

        // Each word is hashed once (FNV-1a 64); a shingle combines the hashes of its words in order.
        ulong previous2 = 0, previous1 = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var hash = FnvOffset;
            foreach (var c in text.FoldedOf(tokens[i]))
            {
                hash = (hash ^ c) * FnvPrime;
            }

            if (i >= Size - 1)
            {
                buffer[i - Size + 1] = (((previous2 * FnvPrime) ^ previous1) * FnvPrime) ^ hash;
            }

            previous2 = previous1;
            previous1 = hash;
        }

        var span = buffer[..count];
        span.Sort();
        var distinct = 1;
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i] != span[distinct - 1])
            {
                span[distinct++] = span[i];
            }
        }

        return distinct;
    }

    /// <summary>The Jaccard index of two sorted sets of distinct hashes (0 when both are empty).</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }
}
