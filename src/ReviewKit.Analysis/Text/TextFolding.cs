namespace ReviewKit.Analysis.Text;

/// <summary>
/// Case and accent folding of one UTF-16 code unit: what the analyzer compares instead of the raw text.
/// </summary>
/// <remarks>
/// <para>A light, allocation-free normalisation that makes the common Unicode variants of Latin text compare equal:
/// letters lose their case and diacritics (<c>É</c> and <c>é</c> and <c>e</c> + U+0301 all fold to <c>e</c>), ligatures
/// expand (<c>œ</c> to <c>oe</c>, <c>æ</c> to <c>ae</c>, <c>ß</c> to <c>ss</c>), full-width ASCII becomes ASCII, typographic
/// apostrophes become <c>'</c> and dashes become <c>-</c>. Combining marks are dropped. Other characters are lower-cased
/// invariantly. Lexicon keys and patterns go through the same folding, so lookups agree with it.</para>
/// <para>Thread-safe: the tables are built once and never change.</para>
/// </remarks>
internal static class TextFolding
{
    private const int TableSize = 0x250;

    // 0 = drop, '\uFFFF' = expand (handled in code), anything else = the folded char.
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds <paramref name="c"/> into <paramref name="destination"/>.</summary>
    /// <param name="c">The code unit to fold.</param>
    /// <param name="destination">Where to write; at least 2 free code units.</param>
    /// <returns>How many code units were written: 0 (dropped), 1 or 2 (ligature).</returns>
    public static int Fold(char c, Span<char> destination)
    {
        if (c < 0x80)
        {
            destination[0] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            return 1;
        }

        if (c < TableSize)
        {
            var folded = Table[c];
            if (folded == '\uFFFF')
            {
                return Expand(c, destination);
            }

            if (folded == '\0')
            {
                return 0;
            }

            destination[0] = folded;
            return 1;
        }

        if (IsCombiningMark(c))
        {
            return 0;
        }

        destination[0] = c switch
        {
            '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '\uFF07' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
            >= '\uFF01' and <= '\uFF5E' => FoldAscii((char)(c - 0xFEE0)),
            _ => char.ToLowerInvariant(c),
        };
        return 1;
    }

    /// <summary>Folds a whole string (for lexicon keys and patterns).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[(text.Length * 2) + 2] : new char[(text.Length * 2) + 2];
        var written = 0;
        foreach (var c in text)
        {
            written += Fold(c, buffer[written..]);
        }

        return new string(buffer[..written]);
    }

    /// <summary>Gets a value indicating whether <paramref name="c"/> is a combining diacritical mark that folding drops.</summary>
    /// <param name="c">The code unit.</param>
    /// <returns><see langword="true"/> for combining marks.</returns>
    public static bool IsCombiningMark(char c) =>
        c is (>= '\u0300' and <= '\u036F') or (>= '\u1AB0' and <= '\u1AFF') or (>= '\u1DC0' and <= '\u1DFF') or (>= '\u20D0' and <= '\u20FF') or (>= '\uFE20' and <= '\uFE2F');

    /// <summary>Gets a value indicating whether <paramref name="c"/> reads as an apostrophe.</summary>
    /// <param name="c">The code unit.</param>
    /// <returns><see langword="true"/> for <c>'</c> and its typographic variants.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\uFF07' or '`' or '\u00B4';

    /// <summary>Gets a value indicating whether <paramref name="c"/> reads as a hyphen joining two words.</summary>
    /// <param name="c">The code unit.</param>
    /// <returns><see langword="true"/> for <c>-</c> and the Unicode hyphens.</returns>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00AD';

    private static char FoldAscii(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    private static int Expand(char c, Span<char> destination)
    {
        (destination[0], destination[1]) = c switch
        {
            '\u00C6' or '\u00E6' => ('a', 'e'),
            '\u0152' or '\u0153' => ('o', 'e'),
            '\u00DF' => ('s', 's'),
            '\u0132' or '\u0133' => ('i', 'j'),
            _ => (char.ToLowerInvariant(c), '\0'),
        };
        return destination[1] == '\0' ? 1 : 2;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = char.ToLowerInvariant((char)i);
        }

        void Map(string from, char to)
        {
            foreach (var c in from)
            {
                table[c] = to;
            }
        }

        Map("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧ", 'a');
        Map("ÇçĆćĈĉĊċČč", 'c');
        Map("ĎďĐđÐð", 'd');
        Map("ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩ", 'e');
        Map("ĜĝĞğĠġĢģǦǧǴǵ", 'g');
        Map("ĤĥĦħȞȟ", 'h');
        Map("ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐȈȉȊȋ", 'i');
        Map("Ĵĵ", 'j');
        Map("ĶķĸǨǩ", 'k');
        Map("ĹĺĻļĽľĿŀŁł", 'l');
        Map("ÑñŃńŅņŇňŉŊŋǸǹ", 'n');
        Map("ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒǪǫǬǭǾǿȌȍȎȏȪȫȬȭȮȯȰȱ", 'o');
        Map("ŔŕŖŗŘřȐȑȒȓ", 'r');
        Map("ŚśŜŝŞşŠšȘș", 's');
        Map("ŢţŤťŦŧȚț", 't');
        Map("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔǕǖǗǘǙǚǛǜȔȕȖȗ", 'u');
        Map("Ŵŵ", 'w');
        Map("ÝýÿŶŷŸȲȳ", 'y');
        Map("ŹźŻżŽžƵƶ", 'z');
        Map("\u00C6\u00E6\u0152\u0153\u00DF\u0132\u0133", '\uFFFF');
        Map("\u00A0\u00AD", '\0');
        table[0xA0] = ' ';
        table[0xAD] = '\0';
        table[0xB4] = '\'';
        return table;
    }
}
