using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Responses;

namespace ReviewKit.Tests.Responses;

public class PiiDetectionTests
{
    private static readonly ReplyChecker Checker = ReplyChecker.CreateDefault();

    [Property(MaxTest = 300)]
    public Property Check_EmbeddedEmail_AlwaysFound() => FoundExactly(PiiGenerators.Embedded(PiiGenerators.Email(), ReplyFindingCodes.PiiEmail));

    [Property(MaxTest = 300)]
    public Property Check_EmbeddedFrenchPhone_AlwaysFound() => FoundExactly(PiiGenerators.Embedded(PiiGenerators.FrenchPhone(), ReplyFindingCodes.PiiPhone));

    [Property(MaxTest = 300)]
    public Property Check_EmbeddedInternationalPhone_AlwaysFound() => FoundExactly(PiiGenerators.Embedded(PiiGenerators.InternationalPhone(), ReplyFindingCodes.PiiPhone));

    [Property(MaxTest = 300)]
    public Property Check_EmbeddedIban_AlwaysFound() => FoundExactly(PiiGenerators.Embedded(PiiGenerators.Iban(), ReplyFindingCodes.PiiIban));

    [Property(MaxTest = 300)]
    public Property Check_EmbeddedCard_AlwaysFound() => FoundExactly(PiiGenerators.Embedded(PiiGenerators.Card(), ReplyFindingCodes.PiiCard));

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("DE89370400440532013000")]
    public void Check_KnownValidIban_Found(string iban) =>
        Assert.Contains(Checker.Check($"Votre IBAN {iban} est noté.", ReplyContext.Empty).Findings, f => f.Code == ReplyFindingCodes.PiiIban && f.Length == iban.Length);

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 188")]
    [InlineData("GB83 WEST 1234 5698 7654 32")]
    public void Check_IbanWithWrongCheckDigits_NotFound(string iban) =>
        Assert.DoesNotContain(Checker.Check($"Votre IBAN {iban} est noté.", ReplyContext.Empty).Findings, f => f.Code == ReplyFindingCodes.PiiIban);

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("5500-0000-0000-0005")]
    [InlineData("4111111111111")]
    public void Check_CardWithWrongLuhnDigit_NotFound(string card) =>
        Assert.DoesNotContain(Checker.Check($"Carte {card} annulée.", ReplyContext.Empty).Findings, f => f.Code == ReplyFindingCodes.PiiCard);

    [Theory]
    [InlineData("Le panier de 49,90 € a été remboursé.")]
    [InlineData("Votre visite du 12/03/2026 nous a fait plaisir.")]
    [InlineData("Le rendez-vous de 14h30 a été décalé à 16h45.")]
    [InlineData("Nous sommes ouverts de 9h à 18h du lundi au samedi.")]
    [InlineData("Vous avez passé 3 commandes en 2025 et 12 en 2026.")]
    [InlineData("Une remise de 20 % sur 1 200 articles, soit 15,5 %.")]
    [InlineData("Le 12.03.2026 à 10:30, puis le 13-03-2026 à 11:45.")]
    [InlineData("Prices went from £1,299.99 to £1,099.00 on 03/12/2025 at 2:30 pm.")]
    [InlineData("We are open 9am-6pm, 7 days a week, 365 days a year since 1998.")]
    [InlineData("Tables de 2, 4, 6 ou 8 personnes ; 10 12 14 16 places en terrasse.")]
    [InlineData("Code postal 75011, 2 500 avis, note 4,6 sur 5, 98 % de satisfaction.")]
    public void Check_NumbersThatAreNotPersonalData_NeverFlaggedAsPhoneOrCard(string reply)
    {
        var codes = Checker.Check(reply, ReplyContext.Empty).Findings.Select(f => f.Code);
        Assert.DoesNotContain(ReplyFindingCodes.PiiPhone, codes);
        Assert.DoesNotContain(ReplyFindingCodes.PiiCard, codes);
        Assert.DoesNotContain(ReplyFindingCodes.PiiIban, codes);
    }

    [Property(MaxTest = 500)]
    public Property Check_GeneratedPricesDatesTimesAndCounts_NeverFlaggedAsPhoneOrCard()
    {
        var fragment = Gen.OneOf(
            from euros in Gen.Choose(1, 9999) from cents in Gen.Choose(0, 99) select $"prix {euros},{cents:00} € TTC",
            from d in Gen.Choose(1, 31) from m in Gen.Choose(1, 12) from y in Gen.Choose(1990, 2030) select $"le {d:00}/{m:00}/{y} au soir",
            from d in Gen.Choose(1, 31) from m in Gen.Choose(1, 12) from y in Gen.Choose(1990, 2030) select $"le {d:00}.{m:00}.{y} au soir",
            from h in Gen.Choose(0, 23) from min in Gen.Choose(0, 59) select $"vers {h}h{min:00} environ",
            from h in Gen.Choose(0, 23) from min in Gen.Choose(0, 59) select $"at {h}:{min:00} pm",
            from a in Gen.Choose(6, 11) from b in Gen.Choose(12, 23) select $"ouvert de {a}h à {b}h",
            from n in Gen.Choose(1, 500) select $"{n} commandes passées",
            from y in Gen.Choose(1900, 2099) select $"depuis {y} déjà",
            from p in Gen.Choose(0, 100) from dec in Gen.Choose(0, 9) select $"soit {p},{dec} % de plus",
            from n in Gen.Choose(1, 999) from m in Gen.Choose(0, 999) select $"{n} {m:000} clients servis");
        var text = Gen.ListOf(fragment).Select(parts => string.Join(", ", parts));
        return Prop.ForAll(Arb.From(text), reply =>
            Checker.Check(reply, ReplyContext.Empty).Findings.All(f => f.Code is not (ReplyFindingCodes.PiiPhone or ReplyFindingCodes.PiiCard or ReplyFindingCodes.PiiIban)));
    }

    [Fact]
    public void Check_BusinessContact_NotReportedButCountsAsPrivateChannel()
    {
        var context = new ReplyContext(string.Empty, businessContacts: ["+33 1 23 45 67 89", "Contact@Shop.fr"]);

        var review = Checker.Check("Appelez le 01 23 45 67 89, ou contact@shop.fr, ou moi au 06 11 22 33 44.", context);

        var pii = review.Findings.Where(f => f.Code.StartsWith("pii.", StringComparison.Ordinal)).ToList();
        var phone = Assert.Single(pii);
        Assert.Equal(ReplyFindingCodes.PiiPhone, phone.Code);
        Assert.Equal("06 11 22 33 44", "Appelez le 01 23 45 67 89, ou contact@shop.fr, ou moi au 06 11 22 33 44.".Substring(phone.Start, phone.Length));
        Assert.False(review.Has(ReplyFindingCodes.MissingPrivateChannel));
    }

    [Fact]
    public void Check_OrderReferenceOfTheReview_FoundCaseInsensitively()
    {
        var context = new ReplyContext(string.Empty, orderReference: "AB-7781");

        const string reply = "Nous avons retrouvé ab-7781 dans nos fichiers.";
        var review = Checker.Check(reply, context);

        var finding = Assert.Single(review.Findings, f => f.Code == ReplyFindingCodes.PiiOrderReference);
        Assert.Equal(reply.IndexOf("ab-7781", StringComparison.Ordinal), finding.Start);
        Assert.Equal(7, finding.Length);
    }

    [Theory]
    [InlineData("Votre commande n° 12345 est partie.", "12345")]
    [InlineData("Your order #99812 has shipped.", "#99812")]
    [InlineData("Réservation numéro AZ48812 annulée.", "AZ48812")]
    [InlineData("Your booking ref 4471 is confirmed.", "4471")]
    public void Check_OrderNumberPattern_Found(string reply, string reference)
    {
        var finding = Assert.Single(Checker.Check(reply, ReplyContext.Empty).Findings, f => f.Code == ReplyFindingCodes.PiiOrderReference);
        Assert.Equal(reference, reply.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Vos 3 commandes de 2025 sont arrivées.")]
    [InlineData("La réservation de 14h30 est maintenue.")]
    [InlineData("Your order from 2024 was delivered.")]
    public void Check_OrderWordWithoutReference_NotFound(string reply) =>
        Assert.False(Checker.Check(reply, ReplyContext.Empty).Has(ReplyFindingCodes.PiiOrderReference));

    [Theory]
    [InlineData("Livré au 12 rue de la Paix hier.", "12 rue de la Paix")]
    [InlineData("Passez au 3, avenue Foch quand vous voulez.", "3, avenue Foch")]
    [InlineData("Le colis est au 8 bis boulevard Saint Michel.", "8 bis boulevard Saint Michel")]
    [InlineData("Delivered to 221 Baker Street yesterday.", "221 Baker Street")]
    [InlineData("Our driver went to 10 Downing St at noon.", "10 Downing St")]
    public void Check_StreetAddress_Found(string reply, string address)
    {
        var finding = Assert.Single(Checker.Check(reply, ReplyContext.Empty).Findings, f => f.Code == ReplyFindingCodes.PiiAddress);
        Assert.Equal(address, reply.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Il reste 3 places en terrasse.")]
    [InlineData("Nous proposons 4 cours de cuisine par mois.")]
    [InlineData("There are 2 ways to reach us.")]
    public void Check_NumberBeforeCommonWord_NotAnAddress(string reply) =>
        Assert.False(Checker.Check(reply, ReplyContext.Empty).Has(ReplyFindingCodes.PiiAddress));

    private static Property FoundExactly(Gen<EmbeddedPii> gen) =>
        Prop.ForAll(Arb.From(gen), sample =>
        {
            var findings = Checker.Check(sample.Text, ReplyContext.Empty).Findings;
            return findings.Any(f => f.Code == sample.Code && f.Start == sample.Start && f.Length == sample.Length)
                && findings.All(f => !f.Code.StartsWith("pii.", StringComparison.Ordinal) || f.Code == sample.Code || f.Code == ReplyFindingCodes.PiiOrderReference);
        });
}
