namespace ReviewKit.Analysis.Sentiment;

/// <summary>
/// A light French inflection folding: reduces a folded word to a stem shared by its masculine, feminine, singular and plural
/// forms, its past participles and its adverb in <c>-ment</c>, so that a lexicon that lists one form reads the others
/// (<c>décevant</c> finds <c>décevante</c>, <c>horriblement</c> finds <c>horrible</c>, <c>géniaux</c> finds
/// <c>génial</c>).
/// </summary>
/// <remarks>
/// Suffix rules only, no dictionary, no allocation: inflection, not derivation (<c>lenteur</c> stays apart from <c>lent</c>).
/// Both sides go through the same rules: the lexicon's words when the model is built, a word the lexicon lacks when it is
/// read. Thread-safe (stateless).
/// </remarks>
internal static class FrenchInflection
{
    /// <summary>The longest word that is stemmed.</summary>
    public const int MaxLength = 40;

    /// <summary>Writes the stem of a folded word.</summary>
    /// <param name="word">The folded word (lower case, no accents).</param>
    /// <param name="destination">At least <see cref="MaxLength"/> characters.</param>
    /// <returns>The stem's length; 0 when the word is too short or too long to stem.</returns>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.Length is < 4 or > MaxLength)
        {
            return 0;
        }

        word.CopyTo(destination);
        var s = destination[..word.Length];
        var n = s.Length;

        // Adverbs: "brillamment" -> "brillant", "excellemment" -> "excellent", "horriblement" -> "horrible".
        if (n >= 9 && s[..n].EndsWith("amment"))
        {
            n = Replace(s, n, 6, "ant");
        }
        else if (n >= 9 && s[..n].EndsWith("emment"))
        {
            n = Replace(s, n, 6, "ent");
        }
        else if (n >= 8 && s[..n].EndsWith("ment"))
        {
            n -= 4;
        }

        // Plural: "géniaux" -> "génial"; then a final s or x.
        if (n >= 6 && s[..n].EndsWith("aux"))
        {
            n = Replace(s, n, 3, "al");
        }
        else if (n >= 5 && s[n - 1] is 's' or 'x' && s[n - 2] != 's')
        {
            n--;
        }

        // Feminine and masculine pairs reduced to one ending.
        var t = s[..n];
        if (n >= 6 && t.EndsWith("euse"))
        {
            n -= 2;
        }
        else if (n >= 5 && t.EndsWith("ive"))
        {
            n = Replace(s, n, 3, "if");
        }
        else if (n >= 6 && (t.EndsWith("elle") || t.EndsWith("enne") || t.EndsWith("ette") || t.EndsWith("onne")))
        {
            n -= 2;
        }
        else if (n >= 5 && t.EndsWith("ere"))
        {
            n = Replace(s, n, 3, "er");
        }

        // Final mute e, twice for past participles ("ratée" -> "rate" -> "rat").
        for (var k = 0; k < 2 && n >= 5 && s[n - 1] == 'e'; k++)
        {
            n--;
        }

        return n;
    }

    private static int Replace(Span<char> s, int n, int cut, string with)
    {
        n -= cut;
        with.CopyTo(s[n..]);
        return n + with.Length;
    }
}
