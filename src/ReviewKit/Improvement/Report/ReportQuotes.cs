using System.Text;
using ReviewKit.Responses;

namespace ReviewKit.Improvement;

/// <summary>
/// Masks the personal data of a customer quote before it enters a <see cref="QualityReport"/> (every
/// <see cref="IrritantParetoRow"/> masks its quotes with it): the reply checker's scanners find e-mail addresses, phone
/// and card numbers, IBANs and street addresses, each replaced by a bracketed placeholder (<c>[e-mail]</c>,
/// <c>[phone]</c>...); then any other long number becomes <c>[number]</c>.
/// </summary>
/// <remarks>
/// <para>A long number is a group of 6 digits or more, or groups of digits joined by single spaces, dots or dashes that
/// hold 9 digits or more together (a group glued to a letter or joined to a digit by ':', '/' or ',' is a time, a date or a
/// decimal and does not join). It catches what the precise scanners leave: phone numbers in foreign formats, card-like
/// numbers that fail the Luhn check, customer, loyalty, booking and order numbers. An order number is not personal data
/// by itself, but it leads anyone with access to the back office to the customer, and the quality meeting has no use
/// for it. The numbers that make a quote useful are short and stay: "3 weeks late", "room 12345", "250 EUR",
/// "12/05/2024", "15:00", "2 hours".</para>
/// <para>Names are not detected: a quote is a short example, and the report says it is untrusted customer text. Masking is
/// idempotent (placeholders carry no digits). Linear in the quote's length. Stateless and thread-safe.</para>
/// </remarks>
internal static class ReportQuotes
{
    public static string Mask(string quote)
    {
        var hits = new List<PiiHit>();
        PiiScanner.FindEmails(quote, hits);
        PiiScanner.FindIbans(quote, hits);
        PiiScanner.FindPhonesAndCards(quote, hits);
        using (var tokens = TokenizedText.Create(quote))
        {
            PiiScanner.FindAddresses(tokens, hits);
        }

        FindLongNumbers(quote, hits);

        if (hits.Count == 0)
        {
            return quote;
        }

        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var b = new StringBuilder(quote.Length);
        var at = 0;
        foreach (var hit in hits)
        {
            if (hit.Start < at)
            {
                at = Math.Max(at, hit.End); // overlaps the span just masked: mask the union
                continue;
            }

            b.Append(quote, at, hit.Start - at).Append(Placeholder(hit.Code));
            at = hit.End;
        }

        return b.Append(quote, at, quote.Length - at).ToString();
    }

    /// <summary>The fewest digits a run of joined groups must hold to be masked.</summary>
    internal const int LongNumberDigits = 9;

    /// <summary>The fewest digits a single group must hold to be masked.</summary>
    internal const int LongGroupDigits = 6;

    /// <summary>Adds a <see cref="ReplyFindingCodes.PiiOrderReference"/> hit (shown as <c>[number]</c>) for each long number (see the remarks of the class).</summary>
    internal static void FindLongNumbers(string text, List<PiiHit> hits)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsDigit(text[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            var runEnd = i;
            var digits = 0;
            var longest = 0;
            var pos = i;
            while (true)
            {
                var groupStart = pos;
                while (pos < text.Length && char.IsDigit(text[pos]))
                {
                    pos++;
                }

                var length = pos - groupStart;
                var joins = IsFree(text, groupStart, pos);
                if (!joins && length < LongGroupDigits)
                {
                    // A time, a date, a decimal or a group glued to a word ends the run before it.
                    break;
                }

                digits += length;
                longest = Math.Max(longest, length);
                runEnd = pos;
                if (!joins || pos + 1 >= text.Length || !IsJoiner(text[pos]) || !char.IsDigit(text[pos + 1]))
                {
                    break;
                }

                pos++;
            }

            if (runEnd > runStart && (digits >= LongNumberDigits || longest >= LongGroupDigits))
            {
                hits.Add(new PiiHit(ReplyFindingCodes.PiiOrderReference, runStart, runEnd - runStart));
            }

            i = Math.Max(runEnd, SkipDigits(text, i));
        }
    }

    private static bool IsJoiner(char c) => c is ' ' or '.' or '-' or '\u00A0' or '\u202F';

    /// <summary>Whether the digit group [start, end) stands free: not glued to a letter, not part of a time, date or decimal.</summary>
    private static bool IsFree(string text, int start, int end)
    {
        if (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] is ':' or '/' or ',' && start > 1 && char.IsDigit(text[start - 2]))))
        {
            return false;
        }

        return end >= text.Length
            || !(char.IsLetter(text[end]) || (text[end] is ':' or '/' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1])));
    }

    private static int SkipDigits(string text, int pos)
    {
        while (pos < text.Length && char.IsDigit(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static string Placeholder(string code) => code switch
    {
        ReplyFindingCodes.PiiEmail => "[e-mail]",
        ReplyFindingCodes.PiiPhone => "[phone]",
        ReplyFindingCodes.PiiIban => "[iban]",
        ReplyFindingCodes.PiiAddress => "[address]",
        ReplyFindingCodes.PiiCard => "[card]",
        ReplyFindingCodes.PiiOrderReference => "[number]",
        _ => "[number]",
    };
}
