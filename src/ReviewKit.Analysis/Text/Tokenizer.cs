using System.Globalization;

namespace ReviewKit.Analysis.Text;

/// <summary>
/// Splits a text into tokens in one pass, folding each token into a caller-supplied buffer as it goes.
/// </summary>
/// <remarks>
/// <para>Handles French elisions (<c>l'hôtel</c> is <c>l'</c> + <c>hotel</c>; <c>jusqu'à</c> is <c>jusqu'</c> + <c>a</c>),
/// keeps English contractions whole (<c>don't</c>), splits hyphenated compounds into parts flagged
/// <see cref="TokenFlags.Hyphenated"/>, reads numbers with glued units (<c>15min</c> is a number and a word), emoji (with
/// their modifiers, ZWJ sequences and flags) and common emoticons, and collapses runs of one punctuation mark.</para>
/// <para>Anything else (white space, symbols, control characters, unpaired surrogates) separates tokens and is otherwise
/// ignored. Never throws on any input, runs in time linear in its length, allocates nothing.</para>
/// </remarks>
internal static class Tokenizer
{
    private static readonly string[] Emoticons =
    [
        ">:-(", ">:(", ":'-(", "</3", ":-((", ":-))", "^_^", "-_-",
        ":'(", ":-)", ":-(", ":-D", ":-P", ":-p", ";-)", ":-/", ":-|", ":((", ":))", ":-o", ":-O",
        ":)", ":(", ":D", ":P", ":p", ";)", ":/", ":|", ":o", ":O", "=)", "=(", "<3", ":@", ":s", ":S", "^^", "=D", ";(",
    ];

    /// <summary>Gets the size a fold buffer needs for a text of <paramref name="textLength"/> code units.</summary>
    /// <param name="textLength">The text's length.</param>
    /// <returns>The buffer size.</returns>
    public static int FoldBufferSize(int textLength) => (int)Math.Min(int.MaxValue - 64, (2L * textLength) + 8);

    /// <summary>Gets the size a token buffer needs for a text of <paramref name="textLength"/> code units.</summary>
    /// <param name="textLength">The text's length.</param>
    /// <returns>The buffer size.</returns>
    public static int TokenBufferSize(int textLength) => textLength + 2;

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fold">The fold buffer, at least <see cref="FoldBufferSize"/> long.</param>
    /// <param name="tokens">The token buffer, at least <see cref="TokenBufferSize"/> long.</param>
    /// <returns>The number of tokens written.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<char> fold, Span<Token> tokens)
    {
        var count = 0;
        var f = 0;
        var i = 0;
        var n = text.Length;
        var hyphenPending = false;
        while (i < n)
        {
            var c = text[i];
            if (c is ' ' or '\t')
            {
                // The most common separator, first.
                hyphenPending = false;
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                var start = i;
                var fs = f;
                while (i < n && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < n && char.IsAsciiDigit(text[i + 1]))))
                {
                    fold[f++] = text[i] == ',' ? '.' : text[i];
                    i++;
                }

                tokens[count++] = new Token { Start = start, Length = i - start, FoldStart = fs, FoldLength = f - fs, Kind = TokenKind.Number };
                hyphenPending = false;
                continue;
            }

            if (IsLetter(c))
            {
                i = ReadWord(text, i, fold, ref f, tokens, ref count, hyphenPending);
                hyphenPending = false;
                continue;
            }

            if (TextFolding.IsHyphen(c) && count > 0 && tokens[count - 1].Kind == TokenKind.Word && tokens[count - 1].End == i
                && i + 1 < n && IsLetter(text[i + 1]))
            {
                hyphenPending = true;
                i++;
                continue;
            }

            hyphenPending = false;
            if (TryReadEmoticon(text, i, out var emoticonLength))
            {
                var fs = f;
                for (var k = 0; k < emoticonLength; k++)
                {
                    fold[f++] = text[i + k];
                }

                tokens[count++] = new Token { Start = i, Length = emoticonLength, FoldStart = fs, FoldLength = emoticonLength, Kind = TokenKind.Symbol };
                i += emoticonLength;
                continue;
            }

            if (TryReadEmoji(text, i, out var emojiLength, out var baseLength))
            {
                var fs = f;
                for (var k = 0; k < baseLength; k++)
                {
                    fold[f++] = text[i + k];
                }

                tokens[count++] = new Token { Start = i, Length = emojiLength, FoldStart = fs, FoldLength = baseLength, Kind = TokenKind.Symbol };
                i += emojiLength;
                continue;
            }

            if (c is '€' or '£' or '$' or '¥')
            {
                // Currency signs are words of their own, so that patterns can say "# €" or "£ #".
                fold[f] = c;
                tokens[count++] = new Token { Start = i, Length = 1, FoldStart = f, FoldLength = 1, Kind = TokenKind.Word };
                f++;
                i++;
                continue;
            }

            if (PunctuationFlags(c) is var flags and not TokenFlags.None)
            {
                var start = i;
                var mark = c is '\r' ? '\n' : c;
                i++;
                while (i < n && (text[i] == c || (mark == '\n' && text[i] is '\r' or '\n' or ' ' or '\t') || (mark is '!' or '?' && text[i] is '!' or '?')))
                {
                    i++;
                }

                fold[f] = mark;
                tokens[count++] = new Token { Start = start, Length = i - start, FoldStart = f, FoldLength = 1, Kind = TokenKind.Punctuation, Flags = flags };
                f++;
                continue;
            }

            i++;
        }

        return count;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int i, Span<char> fold, ref int f, Span<Token> tokens, ref int count, bool hyphenated)
    {
        var n = text.Length;
        var start = i;
        var fs = f;
        var upper = 0;
        var lower = 0;
        var flags = hyphenated ? TokenFlags.Hyphenated : TokenFlags.None;
        if (count > 0 && tokens[count - 1].Kind == TokenKind.Number && tokens[count - 1].End == start)
        {
            flags |= TokenFlags.AfterNumber;
        }

        while (i < n)
        {
            var c = text[i];
            if (char.IsAsciiLetterLower(c))
            {
                // Fast path: plain lower-case ASCII is its own fold.
                lower++;
                fold[f++] = c;
                i++;
                continue;
            }

            if (IsLetter(c) || char.IsAsciiDigit(c) || (i > start && IsMark(c)))
            {
                if (c < 0x80)
                {
                    if (c is >= 'A' and <= 'Z')
                    {
                        upper++;
                    }
                    else if (c is >= 'a' and <= 'z')
                    {
                        lower++;
                    }
                }
                else if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }

                f += TextFolding.Fold(c, fold[f..]);
                i++;
                continue;
            }

            if (TextFolding.IsApostrophe(c) && i + 1 < n && IsLetter(text[i + 1]) && f > fs)
            {
                if (IsClitic(fold[fs..f]))
                {
                    // French elision: the clitic is a token of its own, the word after it another.
                    tokens[count++] = MakeWord(start, i + 1 - start, fs, f - fs, flags | TokenFlags.Elision, upper, lower);
                    return i + 1;
                }

                fold[f++] = '\'';
                i++;
                continue;
            }

            break;
        }

        tokens[count++] = MakeWord(start, i - start, fs, f - fs, flags, upper, lower);
        return i;
    }

    private static Token MakeWord(int start, int length, int foldStart, int foldLength, TokenFlags flags, int upper, int lower)
    {
        if (upper >= 2 && lower == 0)
        {
            flags |= TokenFlags.AllCaps;
        }

        if (lower > 0)
        {
            flags |= TokenFlags.HasLower;
        }

        return new Token { Start = start, Length = length, FoldStart = foldStart, FoldLength = foldLength, Kind = TokenKind.Word, Flags = flags };
    }

    private static bool IsClitic(ReadOnlySpan<char> word) =>
        word.Length switch
        {
            1 => word[0] is 'l' or 'd' or 'j' or 'n' or 'm' or 't' or 's' or 'c',
            2 => word[0] == 'q' && word[1] == 'u',
            _ => word is "jusqu" or "lorsqu" or "puisqu" or "quoiqu" or "presqu" or "quelqu",
        };

    private static bool IsLetter(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c);
        }

        return char.IsLetter(c) && !char.IsSurrogate(c);
    }

    private static bool IsMark(char c) =>
        c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static TokenFlags PunctuationFlags(char c) => c switch
    {
        '.' or '!' or '?' or '\u2026' or '\n' or '\r' or '\u00A1' or '\u00BF' => TokenFlags.ClauseEnd | TokenFlags.SentenceEnd,
        ',' or ';' or ':' or '(' or ')' or '"' or '\u00AB' or '\u00BB' or '\u201C' or '\u201D' => TokenFlags.ClauseEnd,
        _ => TokenFlags.None,
    };

    private static bool TryReadEmoticon(ReadOnlySpan<char> text, int i, out int length)
    {
        length = 0;
        var c = text[i];
        if (c is not (':' or ';' or '=' or '<' or '>' or '^' or '-'))
        {
            return false;
        }

        // An emoticon stands alone: not glued to a word before it, not followed by a letter, a digit or a slash.
        if (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]) && c is not (':' or ';'))
        {
            return false;
        }

        var rest = text[i..];
        foreach (var emoticon in Emoticons)
        {
            if (rest.StartsWith(emoticon, StringComparison.Ordinal))
            {
                var end = i + emoticon.Length;
                if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '/'))
                {
                    continue;
                }

                length = emoticon.Length;
                return true;
            }
        }

        return false;
    }

    private static bool TryReadEmoji(ReadOnlySpan<char> text, int i, out int length, out int baseLength)
    {
        length = 0;
        baseLength = 0;
        if (!TryEmojiCodePoint(text, i, out baseLength))
        {
            return false;
        }

        var j = i + baseLength;
        while (j < text.Length)
        {
            var c = text[j];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                j++;
            }
            else if (c == '\u200D' && j + 1 < text.Length && TryEmojiCodePoint(text, j + 1, out var joined))
            {
                j += 1 + joined;
            }
            else if (char.IsHighSurrogate(c) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1])
                && char.ConvertToUtf32(c, text[j + 1]) is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F) or (>= 0x1F1E6 and <= 0x1F1FF))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        length = j - i;
        return true;
    }

    private static bool TryEmojiCodePoint(ReadOnlySpan<char> text, int i, out int length)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                if (cp is >= 0x1F000 and <= 0x1FAFF)
                {
                    length = 2;
                    return true;
                }
            }

            length = 0;
            return false;
        }

        length = 1;
        return c is (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF') or (>= '\u2300' and <= '\u23FF') or '\u2764' or '\u3030' or '\u303D';
    }
}
