namespace ReviewKit.Responses;

/// <summary>Personal data found in a reply: its code and span (the data itself is never kept in a message).</summary>
internal readonly record struct PiiHit(string Code, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Hand-written scanners for personal data: e-mail addresses, phone numbers, IBANs, card numbers, street addresses and
/// order references. Each is one forward pass over the reply (each character is looked at a bounded number of times),
/// without regular expressions.
/// </summary>
internal static class PiiScanner
{
    private const int MaxGroups = 24;

    private static readonly HashSet<string> FrenchStreetTypes = new(StringComparer.Ordinal)
    {
        "rue", "avenue", "av", "bd", "boulevard", "bld", "place", "allee", "impasse", "chemin", "route", "quai", "square",
        "passage", "faubourg", "fbg", "chaussee", "voie", "sentier", "residence", "lotissement", "hameau", "cite", "parvis",
        "promenade", "esplanade", "traverse", "cours", "rond", "montee", "ruelle",
    };

    private static readonly HashSet<string> FrenchStreetLinks = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "la", "l", "le", "les", "saint", "st", "ste", "sainte",
    };

    private static readonly HashSet<string> EnglishStreetTypes = new(StringComparer.Ordinal)
    {
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct", "way",
        "place", "pl", "terrace", "close", "crescent", "square", "highway", "hwy", "parkway", "row", "gardens", "mews",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchTypes = FrenchStreetTypes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchLinks = FrenchStreetLinks.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishTypes = EnglishStreetTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>E-mail addresses: a local part, '@', a domain with a dot and a top-level domain of 2 letters or more.</summary>
    public static void FindEmails(string text, List<PiiHit> hits)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        while (at >= 0)
        {
            var left = at;
            while (left > 0 && IsLocalChar(text[left - 1]))
            {
                left--;
            }

            while (left < at && text[left] == '.')
            {
                left++;
            }

            var right = at + 1;
            var lastDot = -1;
            while (right < text.Length && IsDomainChar(text[right]))
            {
                right++;
            }

            while (right > at + 1 && text[right - 1] is '.' or '-')
            {
                right--;
            }

            for (var k = at + 1; k < right; k++)
            {
                if (text[k] == '.')
                {
                    lastDot = k;
                }
            }

            if (left < at && lastDot > at + 1 && right - lastDot - 1 >= 2 && IsAllLetters(text.AsSpan(lastDot + 1, right - lastDot - 1)))
            {
                hits.Add(new PiiHit(ReplyFindingCodes.PiiEmail, left, right - left));
            }

            at = right < text.Length ? text.IndexOf('@', Math.Max(right, at + 1)) : -1;
        }
    }

    /// <summary>
    /// Phone numbers and card numbers, from runs of digit groups separated by one space, dot or dash: French numbers
    /// (10 digits starting with 0 then 1-9), international numbers ('+' or '00', 8 to 15 digits), and card numbers
    /// (13 to 19 digits starting with 2 to 6, Luhn-valid). Groups glued to letters (14h30), decimals (49,90), dates
    /// (12/03/2026), percentages and amounts are not part of a run.
    /// </summary>
    public static void FindPhonesAndCards(string text, List<PiiHit> hits)
    {
        Span<int> starts = stackalloc int[MaxGroups];
        Span<int> lengths = stackalloc int[MaxGroups];
        Span<char> separators = stackalloc char[MaxGroups];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var plus = c == '+' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
            if (!plus && !char.IsAsciiDigit(c))
            {
                i++;
                continue;
            }

            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || IsNumberJoiner(text, i - 1)))
            {
                i = SkipAlphanumeric(text, i + 1);
                continue;
            }

            var count = 0;
            var pos = plus ? i + 1 : i;
            while (count < MaxGroups)
            {
                var groupStart = pos;
                while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    pos++;
                }

                starts[count] = groupStart;
                lengths[count] = pos - groupStart;
                separators[count] = '\0';
                count++;
                if (pos + 1 < text.Length && IsSeparator(text[pos]) && char.IsAsciiDigit(text[pos + 1]))
                {
                    separators[count - 1] = text[pos] is '\u00A0' or '\u202F' ? ' ' : text[pos];
                    pos++;
                    continue;
                }

                if (plus && count == 1 && TrySkipTrunkZero(text, pos, out var next))
                {
                    separators[0] = ' ';
                    pos = next;
                    continue;
                }

                break;
            }

            var end = pos;
            if (pos < text.Length && (char.IsLetter(text[pos]) || IsNumberTail(text, pos)))
            {
                // The last group belongs to a word (14h30, 1er), a decimal (49,90), a date (12/03), an amount (20 %).
                count--;
                end = SkipAlphanumeric(text, pos);
            }

            ClassifyGroups(text, plus ? i : -1, starts[..count], lengths[..count], separators[..count], hits);
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>IBANs: two letters, two check digits, then 11 to 30 letters or digits in groups; mod-97 must give 1.</summary>
    public static void FindIbans(string text, List<PiiHit> hits)
    {
        Span<int> boundaries = stackalloc int[40];
        Span<int> boundaryEnds = stackalloc int[40];
        Span<char> chars = stackalloc char[34];
        var i = 0;
        while (i + 4 <= text.Length)
        {
            if (!(char.IsAsciiLetter(text[i]) && char.IsAsciiLetter(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
                || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var count = 0;
            var nBoundaries = 0;
            var pos = i;
            while (pos < text.Length && count < 34)
            {
                var ch = text[pos];
                if (char.IsAsciiDigit(ch) || char.IsAsciiLetterUpper(ch) || (count < 2 && char.IsAsciiLetter(ch)))
                {
                    chars[count++] = char.ToUpperInvariant(ch);
                    pos++;
                    continue;
                }

                if (ch is ' ' or '-' or '\u00A0' && pos + 1 < text.Length && (char.IsAsciiDigit(text[pos + 1]) || char.IsAsciiLetterUpper(text[pos + 1])) && nBoundaries < boundaries.Length)
                {
                    boundaries[nBoundaries] = count;
                    boundaryEnds[nBoundaries++] = pos;
                    pos++;
                    continue;
                }

                break;
            }

            if (nBoundaries < boundaries.Length && (pos >= text.Length || !char.IsLetterOrDigit(text[pos])))
            {
                boundaries[nBoundaries] = count;
                boundaryEnds[nBoundaries++] = pos;
            }

            var found = false;
            var expected = IbanLength(chars[0], chars[1]);
            for (var b = nBoundaries - 1; b >= 0; b--)
            {
                var length = boundaries[b];
                if ((expected == 0 ? length is >= 15 and <= 34 : length == expected) && Mod97(chars[..length]) == 1)
                {
                    hits.Add(new PiiHit(ReplyFindingCodes.PiiIban, i, boundaryEnds[b] - i));
                    i = boundaryEnds[b];
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                i = SkipAlphanumeric(text, i + 1);
            }
        }
    }

    /// <summary>The length of the IBANs of a country, for the usual ones; 0 when not in the table (15 to 34 accepted).</summary>
    internal static int IbanLength(char first, char second) => (first, second) switch
    {
        ('F', 'R') or ('I', 'T') or ('M', 'C') => 27,
        ('D', 'E') or ('G', 'B') or ('I', 'E') => 22,
        ('B', 'E') => 16,
        ('E', 'S') => 24,
        ('N', 'L') => 18,
        ('C', 'H') => 21,
        ('L', 'U') or ('A', 'T') => 20,
        ('P', 'T') => 25,
        _ => 0,
    };

    /// <summary>
    /// Street addresses: a house number (1 to 4 digits, optionally bis/ter) then a French street type followed by a
    /// capitalised name ("12 rue de la Paix", "3, avenue Foch"), or 1 to 3 capitalised words then an English street type
    /// ("221 Baker Street", "10 Downing St").
    /// </summary>
    public static void FindAddresses(in TokenizedText text, List<PiiHit> hits)
    {
        var tokens = text.Tokens;
        var original = text.Text;
        for (var t = 0; t < tokens.Length - 1; t++)
        {
            var number = tokens[t];
            if (number.Kind != TokenKind.Digits || number.Length > 4 || !OnlySpacesOrComma(original, number.End, tokens[t + 1].Start))
            {
                continue;
            }

            var j = t + 1;
            if (j < tokens.Length - 1 && text.FoldedOf(tokens[j]) is "bis" or "ter" or "b")
            {
                j++;
            }

            if (FrenchTypes.Contains(text.FoldedOf(tokens[j])))
            {
                var k = j + 1;
                while (k < tokens.Length && k <= j + 3 && FrenchLinks.Contains(text.FoldedOf(tokens[k])) && !IsCapitalised(original, tokens[k]))
                {
                    k++;
                }

                if (k < tokens.Length && IsCapitalised(original, tokens[k]) && tokens[k].Sentence == number.Sentence)
                {
                    var last = k;
                    while (last + 1 < tokens.Length && last < k + 3 && IsCapitalised(original, tokens[last + 1]) && tokens[last + 1].Sentence == number.Sentence)
                    {
                        last++;
                    }

                    hits.Add(new PiiHit(ReplyFindingCodes.PiiAddress, number.Start, tokens[last].End - number.Start));
                    t = last;
                    continue;
                }
            }

            for (var k = j; k < tokens.Length && k <= j + 3 && IsCapitalised(original, tokens[k]) && tokens[k].Sentence == number.Sentence; k++)
            {
                if (k > j && EnglishTypes.Contains(text.FoldedOf(tokens[k])))
                {
                    hits.Add(new PiiHit(ReplyFindingCodes.PiiAddress, number.Start, tokens[k].End - number.Start));
                    t = k;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Order references: the review's own reference wherever it appears (case-insensitive, as a whole word), an order,
    /// booking or invoice word followed within three filler words by a reference-like token, and '#' before 4 digits or more.
    /// </summary>
    public static void FindOrderReferences(in TokenizedText text, List<PhraseHit> phraseHits, ReadOnlySpan<int> masks, string? foldedReference, List<PiiHit> hits)
    {
        var tokens = text.Tokens;
        var original = text.Text;
        if (foldedReference is { Length: >= 3 })
        {
            var folded = text.Folded;
            var from = 0;
            while (from < folded.Length)
            {
                var index = folded[from..].IndexOf(foldedReference.AsSpan(), StringComparison.Ordinal);
                if (index < 0)
                {
                    break;
                }

                var start = from + index;
                var end = start + foldedReference.Length;
                if ((start == 0 || !char.IsLetterOrDigit(original[start - 1])) && (end == original.Length || !char.IsLetterOrDigit(original[end])))
                {
                    hits.Add(new PiiHit(ReplyFindingCodes.PiiOrderReference, start, foldedReference.Length));
                }

                from = end;
            }
        }

        foreach (var hit in phraseHits)
        {
            if (hit.Category != ReplyLexicon.OrderTrigger)
            {
                continue;
            }

            var k = hit.FirstToken + hit.TokenCount;
            var skipped = 0;
            while (k < tokens.Length && skipped < 3 && !IsReferenceLike(original, tokens[k]) && ((masks[k] & (1 << ReplyLexicon.OrderFiller)) != 0 || IsShortCapitals(original, tokens[k])))
            {
                k++;
                skipped++;
            }

            if (k < tokens.Length && IsReferenceLike(original, tokens[k]) && !Overlaps(hits, tokens[k].Start))
            {
                var hash = tokens[k].Start > 0 && original[tokens[k].Start - 1] == '#' ? 1 : 0;
                hits.Add(new PiiHit(ReplyFindingCodes.PiiOrderReference, tokens[k].Start - hash, tokens[k].Length + hash));
            }
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Digits && token.Length >= 4 && token.Start > 0 && original[token.Start - 1] == '#' && !Overlaps(hits, token.Start))
            {
                hits.Add(new PiiHit(ReplyFindingCodes.PiiOrderReference, token.Start - 1, token.Length + 1));
            }
        }
    }

    /// <summary>The digits of a phone number in a comparable form: "+33 6 12..." and "06 12..." give the same key.</summary>
    public static string PhoneKey(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[Math.Min(text.Length, 64)];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) && n < digits.Length)
            {
                digits[n++] = c;
            }
        }

        var span = digits[..n];
        if (span.StartsWith("0033") && n == 13)
        {
            return string.Concat("0", span[4..]);
        }

        if (span.StartsWith("330") && n == 12)
        {
            return string.Concat("0", span[3..]);
        }

        return span.StartsWith("33") && n == 11 ? string.Concat("0", span[2..]) : new string(span);
    }

    internal static bool IsLuhnValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var k = digits.Length - 1; k >= 0; k--)
        {
            var d = digits[k] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    internal static int Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }

    private static void ClassifyGroups(string text, int plusAt, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, ReadOnlySpan<char> separators, List<PiiHit> hits)
    {
        var g = 0;
        while (g < starts.Length)
        {
            var end = -1;
            var spanStart = starts[g];
            if (g == 0 && plusAt >= 0)
            {
                end = International(lengths, 0, maxDigits: 15, minDigits: 8);
                spanStart = plusAt;
            }
            else if (text[starts[g]] == '0' && lengths[g] >= 3 && text[starts[g] + 1] == '0' && text[starts[g] + 2] != '0')
            {
                end = International(lengths, g, maxDigits: 17, minDigits: 10);
            }
            else if (text[starts[g]] == '0' && lengths[g] >= 2 && text[starts[g] + 1] != '0')
            {
                end = FrenchNational(lengths, separators, g);
            }

            if (end > g)
            {
                hits.Add(new PiiHit(ReplyFindingCodes.PiiPhone, spanStart, starts[end - 1] + lengths[end - 1] - spanStart));
                g = end;
                continue;
            }

            end = Card(text, starts, lengths, separators, g);
            if (end > g)
            {
                hits.Add(new PiiHit(ReplyFindingCodes.PiiCard, starts[g], starts[end - 1] + lengths[end - 1] - starts[g]));
                g = end;
                continue;
            }

            g++;
        }
    }

    private static int International(ReadOnlySpan<int> lengths, int from, int maxDigits, int minDigits)
    {
        var total = 0;
        var end = from;
        while (end < lengths.Length && total + lengths[end] <= maxDigits)
        {
            total += lengths[end];
            end++;
        }

        return total >= minDigits ? end : -1;
    }

    private static int FrenchNational(ReadOnlySpan<int> lengths, ReadOnlySpan<char> separators, int from)
    {
        var total = 0;
        for (var g = from; g < lengths.Length; g++)
        {
            if (lengths[g] < 2 || (g > from && separators[g - 1] != separators[from]))
            {
                return -1;
            }

            total += lengths[g];
            if (total == 10)
            {
                return g + 1;
            }

            if (total > 10)
            {
                return -1;
            }
        }

        return -1;
    }

    private static int Card(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, ReadOnlySpan<char> separators, int from)
    {
        if (text[starts[from]] is < '2' or > '6')
        {
            return -1;
        }

        Span<char> digits = stackalloc char[19];
        var total = 0;
        var best = -1;
        for (var g = from; g < lengths.Length; g++)
        {
            if (total + lengths[g] > 19 || (g > from && ((lengths[g] < 3 && g + 1 < lengths.Length) || lengths[from] < 3 || separators[g - 1] is not (' ' or '-') || separators[g - 1] != separators[from])))
            {
                break;
            }

            text.AsSpan(starts[g], lengths[g]).CopyTo(digits[total..]);
            total += lengths[g];
            if (total >= 13 && IsLuhnValid(digits[..total]))
            {
                best = g + 1;
            }
        }

        return best;
    }

    private static bool TrySkipTrunkZero(string text, int pos, out int next)
    {
        // "+33 (0)6 12 34 56 78" or "+33(0)612345678".
        next = pos;
        var p = pos;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        if (p + 3 < text.Length && text[p] == '(' && text[p + 1] == '0' && text[p + 2] == ')')
        {
            p += 3;
            if (p < text.Length && text[p] == ' ')
            {
                p++;
            }

            if (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                next = p;
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '\u00A0' or '\u202F';

    /// <summary>A digit just before position <paramref name="at"/> joined by ',', '/', ':' or '.' (a decimal, a date, a time).</summary>
    private static bool IsNumberJoiner(string text, int at) =>
        text[at] is ',' or '/' or ':' or '_' && at > 0 && char.IsAsciiDigit(text[at - 1]);

    /// <summary>What follows a group makes it part of a decimal, a date, a time, an amount or a percentage.</summary>
    private static bool IsNumberTail(string text, int pos)
    {
        var c = text[pos];
        if (c is ',' or '/' or ':' or '_')
        {
            return pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1]);
        }

        if (c is '%' or '€' or '$' or '£')
        {
            return true;
        }

        return c == ' ' && pos + 1 < text.Length && text[pos + 1] is '%' or '€' or '$' or '£';
    }

    private static int SkipAlphanumeric(string text, int pos)
    {
        while (pos < text.Length && char.IsLetterOrDigit(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' || (c > 127 && char.IsLetter(c));

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' || (c > 127 && char.IsLetter(c));

    private static bool IsAllLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlySpacesOrComma(string text, int from, int to)
    {
        if (to - from is < 1 or > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (text[k] is not (' ' or ',' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalised(string text, Token token) => token.Kind == TokenKind.Letters && char.IsUpper(text[token.Start]);

    private static bool IsShortCapitals(string text, Token token)
    {
        if (token.Kind != TokenKind.Letters || token.Length > 4)
        {
            return false;
        }

        foreach (var c in text.AsSpan(token.Start, token.Length))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsReferenceLike(string text, Token token)
    {
        var span = text.AsSpan(token.Start, token.Length);
        var digits = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        if (token.Kind == TokenKind.Digits)
        {
            if (token.Length >= 5)
            {
                return true;
            }

            // Four digits: a reference unless it reads as a year.
            return token.Length == 4 && !(span[0] is '1' or '2' && span[1] is '9' or '0');
        }

        if (token.Kind != TokenKind.Mixed || digits < 4)
        {
            return false;
        }

        // 14h30, 9h00: a time, not a reference.
        var h = span.IndexOfAny('h', 'H');
        return !(h is 1 or 2 && span.Length - h - 1 <= 2 && digits == span.Length - 1);
    }

    private static bool Overlaps(List<PiiHit> hits, int position)
    {
        foreach (var hit in hits)
        {
            if (position >= hit.Start && position < hit.End)
            {
                return true;
            }
        }

        return false;
    }
}
