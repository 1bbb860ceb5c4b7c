namespace ReviewKit.Reporting.Tests;

public class QuoteMaskerTests
{
    [Theory]
    [InlineData("write to jean.dupont+hotel@mail.example.fr please", "write to [e-mail] please")]
    [InlineData("appelez le 06 12 34 56 78 svp", "appelez le [phone] svp")]
    [InlineData("call +33 6 12 34 56 78.", "call [phone].")]
    [InlineData("tel 01.23.45.67.89", "tel [phone]")]
    [InlineData("(0)612345678", "(0)[phone]")]
    [InlineData("booking 123456 was lost", "booking [number] was lost")]
    [InlineData("card 4970-1012-3456-7890", "card [phone]")]
    public void Mask_PersonalData_IsReplaced(string quote, string expected) =>
        Assert.Equal(expected, QuoteMasker.Mask(quote));

    [Theory]
    [InlineData("We stayed 3 nights in room 12345, on 12/05/2024, and paid 250 EUR.")]
    [InlineData("Check-in at 15:00, breakfast 7:30-10:00, 4 stars.")]
    [InlineData("An @ sign alone, or name@ without a domain.")]
    public void Mask_OrdinaryNumbersAndDates_AreKept(string quote) =>
        Assert.Equal(quote, QuoteMasker.Mask(quote));

    [Fact]
    public void Mask_LongInput_RunsInLinearTime()
    {
        // A backtracking engine would take minutes here; the non-backtracking one is linear.
        var quote = new string('a', 100_000) + " " + string.Concat(Enumerable.Repeat("1 ", 20_000));
        var masked = QuoteMasker.Mask(quote);
        Assert.StartsWith(new string('a', 100_000), masked, StringComparison.Ordinal);
        Assert.Contains("[phone]", masked, StringComparison.Ordinal);
    }
}
