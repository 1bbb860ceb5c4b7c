namespace ReviewKit.Analysis.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>A word (letters, possibly with digits and inner apostrophes).</summary>
    Word,

    /// <summary>A number (digits with inner <c>.</c> or <c>,</c>).</summary>
    Number,

    /// <summary>An emoji or an emoticon.</summary>
    Symbol,

    /// <summary>A run of one punctuation mark (<c>!!!</c>, <c>...</c>) or a line break.</summary>
    Punctuation,
}

/// <summary>Facts about a token's surface that the scorer uses.</summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>Every letter is upper case and there are at least two (emphasis).</summary>
    AllCaps = 1,

    /// <summary>The token is joined to the previous one by a hyphen (<c>check-in</c>).</summary>
    Hyphenated = 2,

    /// <summary>A French elided clitic (<c>l'</c>, <c>d'</c>, <c>qu'</c>, <c>n'</c>).</summary>
    Elision = 4,

    /// <summary>A punctuation token that ends a clause (<c>,</c> <c>;</c> <c>:</c> and the sentence ends).</summary>
    ClauseEnd = 8,

    /// <summary>A punctuation token that ends a sentence (<c>.</c> <c>!</c> <c>?</c> <c>…</c> line break).</summary>
    SentenceEnd = 16,

    /// <summary>A word glued to the number before it (<c>15min</c>, <c>2h</c>).</summary>
    AfterNumber = 32,

    /// <summary>The token has at least one lower-case letter.</summary>
    HasLower = 64,
}

/// <summary>
/// One token: where it is in the original text and where its folded form is in the fold buffer. A value with offsets,
/// never a string: tokenizing allocates nothing per token.
/// </summary>
internal struct Token
{
    /// <summary>The index of the token's first code unit in the original text.</summary>
    public int Start;

    /// <summary>The number of code units the token covers in the original text.</summary>
    public int Length;

    /// <summary>The index of the token's folded form in the fold buffer.</summary>
    public int FoldStart;

    /// <summary>The length of the folded form.</summary>
    public int FoldLength;

    /// <summary>The kind of token.</summary>
    public TokenKind Kind;

    /// <summary>Surface facts.</summary>
    public TokenFlags Flags;

    /// <summary>Gets the index just past the token in the original text.</summary>
    public readonly int End => Start + Length;

    /// <summary>Gets a value indicating whether the token has a flag.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns><see langword="true"/> when set.</returns>
    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
