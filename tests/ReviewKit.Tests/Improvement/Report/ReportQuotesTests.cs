using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Improvement;

namespace ReviewKit.Tests.Improvement.Report;

public class ReportQuotesTests
{
    [Theory]
    [InlineData("write to jean.dupont+hotel@mail.example.fr please", "write to [e-mail] please")]
    [InlineData("appelez le 06 12 34 56 78 svp", "appelez le [phone] svp")]
    [InlineData("call +33 6 12 34 56 78.", "call [phone].")]
    [InlineData("tel 01.23.45.67.89", "tel [phone]")]
    [InlineData("card 4970 1012 3456 7893 was charged twice", "card [card] was charged twice")]
    [InlineData("IBAN FR76 3000 6000 0112 3456 7890 189, refund it", "IBAN [iban], refund it")]
    [InlineData("Chambre sale au 12 rue de la Paix", "Chambre sale au [address]")]
    public void Mask_PersonalData_TheScannersPlaceholder(string quote, string expected) =>
        Assert.Equal(expected, ReportQuotes.Mask(quote));

    [Theory]
    [InlineData("booking 123456 was lost", "booking [number] was lost")]
    [InlineData("45 minutes in the queue, booking 4829175523, one desk", "45 minutes in the queue, booking [number], one desk")]
    [InlineData("UK mobile 07700 900123, no call back", "UK mobile [number], no call back")]
    [InlineData("ring 612 345 678 please", "ring [number] please")]
    [InlineData("(0)612345678", "(0)[number]")]
    [InlineData("card 4970-1012-3456-7890 declined", "card [number] declined")]
    [InlineData("loyalty no. AB1234567 ignored", "loyalty no. AB[number] ignored")]
    [InlineData("order ١٢٣٤٥٦٧ missing", "order [number] missing")]
    public void Mask_OtherLongNumbers_BecomeNumber(string quote, string expected) =>
        Assert.Equal(expected, ReportQuotes.Mask(quote));

    [Theory]
    [InlineData("The parcel came 3 weeks late, after 2 reminders.")]
    [InlineData("We stayed 3 nights in room 12345, on 12/05/2024, and paid 250 EUR.")]
    [InlineData("Check-in at 15:00, breakfast 7:30-10:00, 4 stars.")]
    [InlineData("Le 12.05.2024 à 14h30, 49,90 € pour 2 cafés, 20 % de remise.")]
    [InlineData("On 2024-05-12 10:30 the lift broke; room 101, 102 and 103 had no water.")]
    [InlineData("Paid 1 250 000 VND for 2 nights in 2023, code 75011.")]
    [InlineData("An @ sign alone, or name@ without a domain.")]
    public void Mask_UsefulNumbersAndDates_AreKept(string quote) =>
        Assert.Equal(quote, ReportQuotes.Mask(quote));

    [Fact]
    public void Mask_LongInput_IsLinear()
    {
        // 20,000 one-digit groups joined by spaces: one long number.
        var quote = new string('a', 100_000) + " " + string.Concat(Enumerable.Repeat("1 ", 20_000));
        var masked = ReportQuotes.Mask(quote);
        Assert.Equal(new string('a', 100_000) + " [number] ", masked);
    }

    [Property]
    public Property Mask_IsIdempotent_AndLeavesNoLongDigitRun()
    {
        var digitsAndSeparators = Gen.Elements('0', '1', '6', '9', ' ', '.', '-', ':', '/', ',', '+', '@', 'a', 'h', '٣')
            .ArrayOf().Select(chars => new string(chars));
        return Prop.ForAll(Arb.From(digitsAndSeparators), text =>
        {
            var once = ReportQuotes.Mask(text);
            var longestRun = 0;
            var run = 0;
            foreach (var c in once)
            {
                run = char.IsDigit(c) ? run + 1 : 0;
                longestRun = Math.Max(longestRun, run);
            }

            return ReportQuotes.Mask(once) == once && longestRun < ReportQuotes.LongGroupDigits;
        });
    }

    [Fact]
    public void IrritantParetoRow_QuotesGivenByHand_AreMasked()
    {
        var row = new IrritantParetoRow(
            "noise", "Noise", 3, 0.5, 0.5, 1,
            exampleQuotes: ["Write to me at a.b@example.com or call 06 12 34 56 78; booking 4829175523.", "Too loud 3 nights in a row."]);

        Assert.Equal(["Write to me at [e-mail] or call [phone]; booking [number].", "Too loud 3 nights in a row."], row.ExampleQuotes.ToArray());
        Assert.Equal(row, new IrritantParetoRow("noise", "Noise", 3, 0.5, 0.5, 1, exampleQuotes: row.ExampleQuotes));
    }
}
