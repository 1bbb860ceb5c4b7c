namespace ReviewKit.Analysis.Themes;

/// <summary>
/// A light inflection tolerance for theme and risk patterns: a pattern word also matches its regular inflected forms, so
/// that a pattern written once reads the forms customers use (<c>lost parcel</c> matches "lost parcels", <c>item stopped
/// working</c> patterns need not list "stops"; <c>colis perdu</c> matches "colis perdus").
/// </summary>
/// <remarks>
/// English: plural and third person (<c>-s</c>, <c>-es</c>, <c>-y</c> to <c>-ies</c>), past (<c>-ed</c>, <c>-d</c> after
/// <c>e</c>, <c>-y</c> to <c>-ied</c>, doubled final consonant) and <c>-ing</c> (with a final <c>e</c> dropped or the
/// consonant doubled). French: feminine and plural (<c>-e</c>, <c>-s</c>, <c>-es</c>, <c>-x</c>). Regular forms only,
/// words of 3 letters or more; suffix tests, no dictionary, no allocation at match time. Thread-safe (stateless).
/// </remarks>
internal static class PatternInflection
{
    private const int MinLength = 3;

    /// <summary>Whether <paramref name="text"/> is a regular inflected form of <paramref name="word"/> (not the word itself).</summary>
    /// <param name="text">The folded word of the review.</param>
    /// <param name="word">The folded word of the pattern.</param>
    /// <param name="french">Whether the text is French.</param>
    /// <returns><see langword="true"/> for an inflected form.</returns>
    public static bool IsInflectionOf(ReadOnlySpan<char> text, string word, bool french)
    {
        if (word.Length < MinLength || text.Length <= word.Length || text.Length > word.Length + 4)
        {
            return false;
        }

        if (!text.StartsWith(word, StringComparison.Ordinal))
        {
            // "charge" -> "charging", "reply" -> "replies" / "replied".
            var last = word[^1];
            var stem = word.AsSpan(0, word.Length - 1);
            return !french && text.StartsWith(stem, StringComparison.Ordinal)
                && ((last == 'e' && text[stem.Length..] is "ing")
                    || (last == 'y' && text[stem.Length..] is "ies" or "ied"));
        }

        var suffix = text[word.Length..];
        if (french)
        {
            return suffix is "s" or "e" or "es" or "x";
        }

        if (suffix is "s" or "es" or "ed" or "ing" || (suffix is "d" && word[^1] == 'e'))
        {
            return true;
        }

        // A doubled final consonant: "stop" -> "stopped", "stopping".
        return suffix.Length >= 3 && suffix[0] == word[^1] && !IsVowel(word[^1]) && suffix[1..] is "ed" or "ing";
    }

    /// <summary>The regular inflected forms of an English pattern word (for indexing single-word patterns).</summary>
    /// <param name="word">The folded word.</param>
    /// <returns>The forms, without the word itself; empty for short words.</returns>
    public static List<string> EnglishForms(string word)
    {
        var forms = new List<string>(6);
        if (word.Length < MinLength || !IsAsciiLetters(word))
        {
            return forms;
        }

        var last = word[^1];
        if (last == 'y' && !IsVowel(word[^2]))
        {
            forms.Add(word[..^1] + "ies");
            forms.Add(word[..^1] + "ied");
            forms.Add(word + "ing");
            return forms;
        }

        if (last == 'e')
        {
            forms.Add(word + "s");
            forms.Add(word + "d");
            forms.Add(word[..^1] + "ing");
            return forms;
        }

        forms.Add(last is 's' or 'x' or 'z' or 'h' ? word + "es" : word + "s");
        forms.Add(word + "ed");
        forms.Add(word + "ing");
        if (!IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && (word.Length < 3 || !IsVowel(word[^3])))
        {
            forms.Add(word + last + "ed");
            forms.Add(word + last + "ing");
        }

        return forms;
    }

    /// <summary>The regular feminine and plural forms of a French pattern word (for indexing word pairs).</summary>
    /// <param name="word">The folded word.</param>
    /// <returns>The forms, without the word itself; empty for short words.</returns>
    public static List<string> FrenchForms(string word)
    {
        var forms = new List<string>(3);
        if (word.Length < MinLength || !IsAsciiLetters(word))
        {
            return forms;
        }

        if (word[^1] is not ('s' or 'x'))
        {
            forms.Add(word + "s");
        }

        if (word[^1] != 'e')
        {
            forms.Add(word + "e");
            forms.Add(word + "es");
        }

        return forms;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
