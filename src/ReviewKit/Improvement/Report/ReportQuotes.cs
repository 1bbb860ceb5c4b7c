using System.Text;
using ReviewKit.Responses;

namespace ReviewKit.Improvement;

/// <summary>
/// Masks the personal data of a customer quote before it enters a <see cref="QualityReport"/>, with the same scanners
/// the reply checker uses to find personal data in replies: e-mail addresses, phone and card numbers, IBANs and street
/// addresses. Each is replaced by a bracketed placeholder (<c>[e-mail]</c>, <c>[phone]</c>...).
/// </summary>
/// <remarks>
/// Names are not detected: a quote is a short example, and the report says it is untrusted customer text. Masking is
/// idempotent (placeholders carry no personal data). Stateless and thread-safe.
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

    private static string Placeholder(string code) => code switch
    {
        ReplyFindingCodes.PiiEmail => "[e-mail]",
        ReplyFindingCodes.PiiPhone => "[phone]",
        ReplyFindingCodes.PiiIban => "[iban]",
        ReplyFindingCodes.PiiAddress => "[address]",
        ReplyFindingCodes.PiiCard => "[card]",
        _ => "[number]",
    };
}
