namespace ReviewKit.Import.Tests.Import;

public class ImportRejectionTests
{
    [Fact]
    public void ToString_NamesTheFieldAndTheRule()
    {
        var rejection = new ImportRejection("starRating", "'SIX' is not one of ONE, TWO, THREE, FOUR, FIVE.");

        Assert.Equal("starRating: 'SIX' is not one of ONE, TWO, THREE, FOUR, FIVE.", rejection.ToString());
        Assert.Equal(rejection, new ImportRejection("starRating", "'SIX' is not one of ONE, TWO, THREE, FOUR, FIVE."));
        Assert.NotEqual(rejection, new ImportRejection("comment", "'SIX' is not one of ONE, TWO, THREE, FOUR, FIVE."));
    }

    [Theory]
    [InlineData("", "rule")]
    [InlineData(" ", "rule")]
    public void Constructor_BlankField_Throws(string field, string reason)
    {
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => new ImportRejection(field, reason)).ParamName);
    }

    [Fact]
    public void Constructor_NullReason_Throws()
    {
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => new ImportRejection("field", null!)).ParamName);
    }

    [Fact]
    public async Task ImportResult_ToString_NeverShowsTheText()
    {
        const string json = """[{"reviewId": "g1", "comment": "Texte privé de la cliente", "createTime": "2025-01-01T00:00:00Z"}, {"reviewId": "g2"}]""";

        var results = await new GoogleReviewImporter().ReadAsync(Fixtures.Utf8(json)).ToListAsync();

        Assert.Equal("#0 google:g1", results[0].ToString());
        Assert.StartsWith("#1 rejected: createTime:", results[1].ToString(), StringComparison.Ordinal);
    }
}
