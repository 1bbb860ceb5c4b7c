using System.Buffers;

namespace ReviewKit.Responses;

/// <summary>The kind of characters in a token.</summary>
internal enum TokenKind : byte
{
    Letters = 0,
    Digits = 1,
    Mixed = 2,
}

/// <summary>A word of a text: its span in the original text and in <see cref="TokenizedText.Folded"/> (same indices).</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, int Sentence)
{
    public int End => Start + Length;
}

/// <summary>
/// A text cut into tokens (maximal runs of letters and digits) with a folded copy (lower case, French and common Latin
/// accents removed, one char for one char so indices match). Buffers are rented: dispose it.
/// </summary>
/// <remarks>One linear pass, no regular expression. Not thread-safe (a local of one check).</remarks>
internal struct TokenizedText : IDisposable
{
    private char[]? _folded;
    private Token[]? _tokens;

    public string Text { get; private set; }

    public int Count { get; private set; }

    public readonly ReadOnlySpan<char> Folded => _folded.AsSpan(0, Text.Length);

    public readonly ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, Count);

    public readonly ReadOnlySpan<char> FoldedOf(Token token) => _folded.AsSpan(token.Start, token.Length);

    public static TokenizedText Create(string text)
    {
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(4, (text.Length / 3) + 2));
        var count = 0;
        var sentence = 0;
        var i = 0;
        var pendingBreak = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                folded[i] = Fold(c);
                if (c is '!' or '?' or '\n' or '\r' or '…' || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
                {
                    pendingBreak = true;
                }

                i++;
                continue;
            }

            if (pendingBreak && count > 0)
            {
                sentence++;
            }

            pendingBreak = false;
            var start = i;
            var letters = false;
            var digits = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var ch = text[i];
                if (char.IsAsciiDigit(ch))
                {
                    digits = true;
                }
                else
                {
                    letters = true;
                }

                folded[i] = Fold(ch);
                i++;
            }

            if (count == tokens.Length)
            {
                var bigger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan(0, count).CopyTo(bigger);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = bigger;
            }

            var kind = letters && digits ? TokenKind.Mixed : digits ? TokenKind.Digits : TokenKind.Letters;
            tokens[count++] = new Token(start, i - start, kind, sentence);
        }

        return new TokenizedText { Text = text, _folded = folded, _tokens = tokens, Count = count };
    }

    /// <summary>Lower-cases a char and removes the accent of common Latin letters (one char for one char).</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        c = char.ToLowerInvariant(c);
        return c switch
        {
            'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' => 'a',
            'é' or 'è' or 'ê' or 'ë' => 'e',
            'î' or 'ï' or 'í' or 'ì' => 'i',
            'ô' or 'ö' or 'ó' or 'ò' or 'õ' => 'o',
            'ù' or 'û' or 'ü' or 'ú' => 'u',
            'ÿ' or 'ý' => 'y',
            'ç' => 'c',
            'ñ' => 'n',
            '’' or 'ʼ' or '‘' => '\'',
            _ => c,
        };
    }

    /// <summary>Folds a whole string (for lexicon entries and context values).</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = Fold(t[i]);
        }
    });

    public void Dispose()
    {
        if (_folded is not null)
        {
            ArrayPool<char>.Shared.Return(_folded);
            _folded = null;
        }

        if (_tokens is not null)
        {
            ArrayPool<Token>.Shared.Return(_tokens);
            _tokens = null;
        }
    }
}
