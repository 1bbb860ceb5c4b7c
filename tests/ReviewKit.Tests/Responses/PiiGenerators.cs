using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ReviewKit.Tests.Responses;

/// <summary>A piece of personal data embedded in a sentence: the text, where the data is and the code it must get.</summary>
public sealed record EmbeddedPii(string Text, int Start, int Length, string Code)
{
    public override string ToString() => $"{Code} at {Start}+{Length}: {Text}";
}

/// <summary>FsCheck generators of e-mails, phone numbers, IBANs and card numbers with valid check digits, in random text.</summary>
public static class PiiGenerators
{
    private static readonly string[] Before =
    [
        "Bonjour, nous vous recontactons au sujet de", "Merci pour votre retour, voici", "Hello, we noted", "Thanks, please confirm",
        "Désolés pour le retard ; coordonnées :", "Comme convenu :", "As agreed,", "Nos excuses. Contact :",
        "Prix 49,90 € le 12/03/2026 à 14h30, puis", "Open from 9am to 6pm, 3 orders in 2025, then",
    ];

    private static readonly string[] After =
    [
        "pour la suite.", "merci de votre patience.", "and we will call back.", "- Marie", "ouvert de 9h à 18h.", "soit 20 % de remise.",
        "in 2026.", ", cordialement.", "!", "(3 commandes)",
    ];

    public static Gen<string> Digits(int count) =>
        Gen.ArrayOf(Gen.Choose(0, 9), count).Select(d => string.Concat(d.Select(x => (char)('0' + x))));

    public static Gen<string> Email() =>
        from first in Gen.Elements("jean", "marie", "s", "paul.martin", "j_doe", "anne-sophie", "contact+avis", "x9")
        from number in Gen.Choose(0, 999)
        from domain in Gen.Elements("gmail", "orange", "free", "outlook", "mail.example", "laposte")
        from tld in Gen.Elements("fr", "com", "net", "co.uk", "de", "org")
        select string.Create(CultureInfo.InvariantCulture, $"{first}{(number % 2 == 0 ? number.ToString(CultureInfo.InvariantCulture) : string.Empty)}@{domain}.{tld}");

    public static Gen<string> FrenchPhone() =>
        from second in Gen.Choose(1, 9)
        from rest in Digits(8)
        from format in Gen.Choose(0, 6)
        select FormatFrench(second, rest, format);

    public static Gen<string> InternationalPhone() =>
        from countryLength in Gen.Choose(1, 3)
        from first in Gen.Choose(1, 9)
        from country in Digits(countryLength - 1)
        from subscriberLength in Gen.Choose(Math.Max(1, 8 - countryLength), 15 - countryLength)
        from subscriberFirst in Gen.Choose(1, 9)
        from subscriber in Digits(subscriberLength - 1)
        from groupSize in Gen.Choose(2, 4)
        select "+" + first.ToString(CultureInfo.InvariantCulture) + country + " " + Group(subscriberFirst.ToString(CultureInfo.InvariantCulture) + subscriber, groupSize, ' ');

    public static Gen<string> Iban() =>
        from country in Gen.Elements(("FR", 23), ("DE", 18), ("ES", 20), ("BE", 12), ("IT", 23))
        from bban in Digits(country.Item2)
        from grouped in Gen.Elements(true, false)
        select FormatIban(country.Item1, bban, grouped);

    public static Gen<string> Card() =>
        from prefix in Gen.Elements("4", "51", "52", "55", "2221", "6011", "34", "37")
        from total in Gen.Elements(16, 16, 16, 13, 15, 19)
        from body in Digits(total - prefix.Length - 1)
        from separator in Gen.Elements(" ", "-", string.Empty)
        select FormatCard(prefix + body, separator);

    public static Gen<EmbeddedPii> Embedded(Gen<string> value, string code) =>
        from before in Gen.Elements(Before)
        from after in Gen.Elements(After)
        from v in value
        select new EmbeddedPii($"{before} {v} {after}", before.Length + 1, v.Length, code);

    internal static string WithLuhnDigit(string digits)
    {
        for (var check = 0; check <= 9; check++)
        {
            var candidate = digits + (char)('0' + check);
            if (Luhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static string FormatFrench(int second, string rest, int format)
    {
        var national = "0" + second.ToString(CultureInfo.InvariantCulture) + rest;
        var pairs = Enumerable.Range(0, 5).Select(i => national.Substring(i * 2, 2)).ToArray();
        var withoutZero = national[1..];
        return format switch
        {
            0 => string.Join(' ', pairs),
            1 => national,
            2 => string.Join('.', pairs),
            3 => string.Join('-', pairs),
            4 => "+33 " + withoutZero[0] + " " + string.Join(' ', Enumerable.Range(0, 4).Select(i => withoutZero.Substring(1 + (i * 2), 2))),
            5 => "+33" + withoutZero,
            _ => "+33 (0)" + withoutZero[0] + " " + string.Join(' ', Enumerable.Range(0, 4).Select(i => withoutZero.Substring(1 + (i * 2), 2))),
        };
    }

    private static string FormatIban(string country, string bban, bool grouped)
    {
        // Check digits: 98 - ((BBAN + country letters as numbers + "00") mod 97).
        var numeric = new StringBuilder(bban);
        foreach (var c in country)
        {
            numeric.Append((c - 'A' + 10).ToString(CultureInfo.InvariantCulture));
        }

        numeric.Append("00");
        var remainder = 0;
        foreach (var c in numeric.ToString())
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        var iban = country + (98 - remainder).ToString("00", CultureInfo.InvariantCulture) + bban;
        return grouped ? Group(iban, 4, ' ') : iban;
    }

    private static string FormatCard(string withoutCheck, string separator)
    {
        var number = WithLuhnDigit(withoutCheck);
        return separator.Length == 0 ? number : Group(number, 4, separator[0]);
    }

    private static string Group(string digits, int size, char separator)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i += size)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits, i, Math.Min(size, digits.Length - i));
        }

        return builder.ToString();
    }
}
