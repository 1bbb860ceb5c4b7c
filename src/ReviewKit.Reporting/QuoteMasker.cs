using System.Text.RegularExpressions;

namespace ReviewKit.Reporting;

/// <summary>
/// Masks the personal data a customer quote most often carries before a report shows it: e-mail addresses, phone
/// numbers (9 digits or more, with spaces, dots, dashes or slashes between them, an optional leading '+') and long
/// digit runs (6 digits or more: booking, order and card numbers).
/// </summary>
/// <remarks>
/// A safety net behind the host's own masking, not a guarantee: names and addresses are not detected. Masking is
/// idempotent. The expressions run on the non-backtracking engine, so their cost is linear in the quote's length.
/// Thread-safe.
/// </remarks>
internal static class QuoteMasker
{
    public const string EmailMask = "[e-mail]";
    public const string PhoneMask = "[phone]";
    public const string NumberMask = "[number]";

    private static readonly Regex Email = new(
        @"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex Phone = new(
        @"\+?[0-9](?:[ .\-/]?[0-9]){8,}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex Digits = new(
        "[0-9]{6,}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static string Mask(string quote)
    {
        var masked = Email.Replace(quote, EmailMask);
        masked = Phone.Replace(masked, PhoneMask);
        return Digits.Replace(masked, NumberMask);
    }
}
