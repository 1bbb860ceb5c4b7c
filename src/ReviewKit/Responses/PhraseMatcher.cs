namespace ReviewKit.Responses;

/// <summary>A phrase of the lexicon found in a text: its category and its first and last token.</summary>
internal readonly record struct PhraseHit(int Category, int FirstToken, int TokenCount);

/// <summary>
/// Finds the phrases of a lexicon in a <see cref="TokenizedText"/> in one pass over its tokens: a dictionary lookup on
/// the first four folded characters of each token, then a comparison of the few candidate phrases token by token.
/// </summary>
/// <remarks>
/// A phrase is written as words separated by spaces (apostrophes and hyphens also separate, as in the tokenizer); a
/// word ending in <c>*</c> matches any token that starts with it (at least four characters before the <c>*</c>).
/// Immutable after construction and thread-safe.
/// </remarks>
internal sealed class PhraseMatcher
{
    private const int KeyLength = 4;
    private readonly Dictionary<ulong, Phrase[]> _byKey;

    public PhraseMatcher(IEnumerable<(string Phrase, int Category)> entries)
    {
        var groups = new Dictionary<ulong, List<Phrase>>();
        foreach (var (text, category) in entries)
        {
            var phrase = Parse(text, category);
            var first = phrase.Words[0];
            if (phrase.Prefix[0] && first.Length < KeyLength)
            {
                throw new ArgumentException($"The prefix '{first}*' is shorter than {KeyLength} characters.", nameof(entries));
            }

            var key = Key(first);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(phrase);
        }

        _byKey = [];
        foreach (var (key, list) in groups)
        {
            // Longest phrases first, so that a caller keeping the first hit at a position keeps the most specific one.
            _byKey[key] = [.. list.OrderByDescending(static p => p.Words.Length)];
        }
    }

    /// <summary>Appends every phrase found (several may start at the same token) to <paramref name="hits"/>.</summary>
    public void FindAll(in TokenizedText text, List<PhraseHit> hits)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_byKey.TryGetValue(Key(text.FoldedOf(tokens[i])), out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (phrase.Words.Length <= tokens.Length - i && Matches(text, tokens, i, phrase))
                {
                    hits.Add(new PhraseHit(phrase.Category, i, phrase.Words.Length));
                }
            }
        }
    }

    /// <summary>The first four characters of a word (or all of a shorter one) packed into 64 bits: an allocation-free key.</summary>
    private static ulong Key(ReadOnlySpan<char> word)
    {
        var length = Math.Min(word.Length, KeyLength);
        ulong key = (uint)length;
        for (var k = 0; k < length; k++)
        {
            key = (key << 15) ^ word[k];
        }

        return key;
    }

    private static bool Matches(in TokenizedText text, ReadOnlySpan<Token> tokens, int at, Phrase phrase)
    {
        for (var k = 0; k < phrase.Words.Length; k++)
        {
            var word = text.FoldedOf(tokens[at + k]);
            var expected = phrase.Words[k].AsSpan();
            if (phrase.Prefix[k] ? !word.StartsWith(expected, StringComparison.Ordinal) : !word.SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }

    private static Phrase Parse(string text, int category)
    {
        var parts = TokenizedText.Fold(text).Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new ArgumentException("A lexicon phrase must have a word.", nameof(text));
        }

        var prefix = new bool[parts.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            if (parts[k].EndsWith('*'))
            {
                parts[k] = parts[k][..^1];
                prefix[k] = true;
            }
        }

        return new Phrase(parts, prefix, category);
    }

    private sealed record Phrase(string[] Words, bool[] Prefix, int Category);
}
