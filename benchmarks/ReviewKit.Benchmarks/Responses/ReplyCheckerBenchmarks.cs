using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ReviewKit.Responses;
using ReviewKit.Reviews;

namespace ReviewKit.Benchmarks.Responses;

/// <summary>
/// Checking a 1,000-character French reply (with a phone number, an order number and a business contact) against a
/// context with two themes and five recent replies: the scanners of <see cref="ReplyChecker"/>, against a naive
/// baseline doing the same checks with regular expressions and <see cref="string.Contains(string)"/> loops.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReplyCheckerBenchmarks
{
    private readonly ReplyChecker _checker = ReplyChecker.CreateDefault();
    private string _reply = string.Empty;
    private string[] _recent = [];
    private ReplyContext _context = ReplyContext.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _reply = ReplySamples.Reply(1_000);
        _recent = ReplySamples.Recent();
        _context = Context();
        _ = _checker.Check(_reply, _context);
    }

    [Benchmark(Baseline = true, Description = "Naive: Regex + Contains loops")]
    public int Naive() => NaiveReplyChecker.Check(_reply, _recent, ["delay", "customer_service"]);

    [Benchmark(Description = "ReplyChecker, context reused")]
    public ReplyReview Scanner() => _checker.Check(_reply, _context);

    [Benchmark(Description = "ReplyChecker, new context (recent replies shingled)")]
    public ReplyReview ScannerNewContext() => _checker.Check(_reply, Context());

    private ReplyContext Context() => new(
        "Livraison en retard de dix jours et service client injoignable.",
        LanguageTag.French,
        ["delay", "customer_service"],
        _recent,
        ReviewSource.Google,
        businessName: "Boulangerie Martin",
        businessContacts: ["contact@boulangerie-martin.fr"]);
}

/// <summary>The benchmark's texts, written for ReviewKit.</summary>
internal static class ReplySamples
{
    private const string Body =
        "Bonjour Sophie,\nMerci d'avoir pris le temps de partager votre expérience, et toutes nos excuses pour le retard de votre livraison. " +
        "Votre commande n° 4481273 a été retardée par une rupture chez notre fournisseur, et notre service client aurait dû vous prévenir. " +
        "Nous avons depuis changé de transporteur et renforcé nos contrôles avant chaque expédition. Notre responsable logistique vous " +
        "rappellera au 06 12 34 56 78 pour convenir d'une solution, ou écrivez-nous à contact@boulangerie-martin.fr si vous préférez. " +
        "Nous sommes ouverts de 9h à 18h du lundi au samedi, et votre panier de 49,90 € vous sera remboursé dès aujourd'hui. ";

    private const string Tail = "\nCordialement,\nMarie, responsable du service client";

    public static string Reply(int length)
    {
        var text = Body;
        while (text.Length + Tail.Length < length)
        {
            text += "Nous tenons à ce que votre prochaine visite se passe parfaitement. ";
        }

        return (text[..(length - Tail.Length)] + Tail)[..length];
    }

    public static string[] Recent() =>
    [
        "Bonjour Paul,\nMerci pour votre avis et désolés pour l'attente au comptoir dimanche. Nous renforçons l'équipe le week-end. Contactez-nous par e-mail pour en parler.\nMarie",
        "Bonjour,\nUn grand merci pour ce retour et pardon pour le manque d'information sur notre fermeture exceptionnelle. Nous avons ajouté un message sur notre site. Appelez-nous si besoin.\nLucas",
        "Bonjour Claire,\nMerci et toutes nos excuses pour la propreté de la salle lors de votre venue. Nous avons revu l'organisation du ménage. Écrivez-nous, nous aimerions vous recevoir à nouveau.\nHélène",
        "Bonjour,\nNous vous remercions pour votre message et regrettons que le prix vous ait paru élevé. Nous serions ravis d'en parler avec vous par téléphone pour expliquer ce qui est inclus.\nSandrine",
        "Bonjour Karim,\nMerci de nous avoir signalé ce produit abîmé, et désolés pour ce désagrément. Nous vous proposons un échange : contactez-nous par e-mail et nous l'organiserons rapidement.\nPaul",
    ];
}

/// <summary>The same checks done the obvious way: regular expressions for personal data, Contains for every phrase.</summary>
internal static class NaiveReplyChecker
{
    private static readonly Regex Email = new(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.Compiled);
    private static readonly Regex FrenchPhone = new(@"(?<!\d)(?:\+33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)", RegexOptions.Compiled);
    private static readonly Regex InternationalPhone = new(@"\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}", RegexOptions.Compiled);
    private static readonly Regex Iban = new(@"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b", RegexOptions.Compiled);
    private static readonly Regex Card = new(@"\b(?:\d[ -]?){12,18}\d\b", RegexOptions.Compiled);
    private static readonly Regex Address = new(@"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|place|allée|impasse|chemin|route|quai)\s(?:(?:de|du|des|la|l')\s?)*[A-Z]\w+", RegexOptions.Compiled);
    private static readonly Regex OrderNumber = new(@"(?:commande|order|réservation|booking)\s*(?:n°|no|#|numéro|number)?\s*:?\s*([A-Z0-9-]{4,})", RegexOptions.Compiled | RegexOptions.IgnoreCase);
    private static readonly Regex AllCaps = new(@"\b(?:[A-ZÀ-Ý]{2,}\s+){2,}[A-ZÀ-Ý]{2,}\b", RegexOptions.Compiled);
    private static readonly (string Phrase, int Category)[] Phrases =
        [.. ReplyLexicon.Entries().Select(static e => (" " + e.Phrase.TrimEnd('*').Replace("*", string.Empty, StringComparison.Ordinal), e.Category))];

    public static int Check(string reply, string[] recent, string[] themes)
    {
        var found = 0;
        found += Email.Count(reply) + FrenchPhone.Count(reply) + InternationalPhone.Count(reply) + Iban.Count(reply) + Address.Count(reply)
            + OrderNumber.Count(reply) + AllCaps.Count(reply);
        foreach (Match match in Card.Matches(reply))
        {
            found += Luhn(match.Value) ? 1 : 0;
        }

        var folded = " " + RemoveAccents(reply.ToLowerInvariant()).Replace('\'', ' ').Replace('-', ' ');
        var categories = new HashSet<int>();
        foreach (var (phrase, category) in Phrases)
        {
            if (folded.Contains(phrase, StringComparison.Ordinal))
            {
                categories.Add(category);
            }
        }

        found += categories.Count + themes.Length;
        var words = folded.Split([' ', '\n', ',', '.', '!', '?', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var shingles = Shingles(words);
        foreach (var other in recent)
        {
            var otherShingles = Shingles(RemoveAccents(other.ToLowerInvariant()).Split([' ', '\n', ',', '.', '!', '?', ';', ':', '\'', '-'], StringSplitOptions.RemoveEmptyEntries));
            var common = shingles.Count(otherShingles.Contains);
            found += common * 2 >= shingles.Count + otherShingles.Count - common ? 1 : 0;
        }

        return found;
    }

    private static HashSet<string> Shingles(string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < words.Length; i++)
        {
            set.Add(string.Join(' ', words, i, 3));
        }

        return set;
    }

    private static string RemoveAccents(string text) =>
        string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = TokenizedText.Fold(t[i]);
            }
        });

    private static bool Luhn(string candidate)
    {
        var digits = candidate.Where(char.IsAsciiDigit).Select(static c => c - '0').Reverse().ToArray();
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = i % 2 == 1 ? digits[i] * 2 : digits[i];
            sum += d > 9 ? d - 9 : d;
        }

        return sum % 10 == 0;
    }
}
