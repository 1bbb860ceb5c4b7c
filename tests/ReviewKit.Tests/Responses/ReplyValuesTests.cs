using ReviewKit.Responses;

namespace ReviewKit.Tests.Responses;

public class ReplyValuesTests
{
    [Fact]
    public void Constructor_NullSignature_ThrowsNamingIt() =>
        Assert.Equal("signature", Assert.Throws<ArgumentNullException>(() => new ReplyValues(null!, "par e-mail")).ParamName);

    [Fact]
    public void Constructor_BlankContactChannel_ThrowsNamingIt() =>
        Assert.Equal("contactChannel", Assert.Throws<ArgumentException>(() => new ReplyValues("Marie", " ")).ParamName);

    [Fact]
    public void Constructor_BlankCustomerName_ThrowsNamingIt() =>
        Assert.Equal("customerName", Assert.Throws<ArgumentException>(() => new ReplyValues("Marie", "par e-mail", customerName: "")).ParamName);

    [Fact]
    public void Constructor_TooLongThemeSentence_ThrowsNamingIt() =>
        Assert.Equal("themeSentence", Assert.Throws<ArgumentException>(() => new ReplyValues("Marie", "par e-mail", themeSentence: new string('a', 1_001))).ParamName);

    [Fact]
    public void Constructor_ValidValues_Kept()
    {
        var values = new ReplyValues("Marie", "par e-mail", "Sophie", "Boulangerie Martin", "Nous comprenons.");

        Assert.Equal(("Marie", "par e-mail", "Sophie", "Boulangerie Martin", "Nous comprenons."), (values.Signature, values.ContactChannel, values.CustomerName, values.BusinessName, values.ThemeSentence));
    }

    [Fact]
    public void ReplyTemplateSet_FromOptionsAndValidate_NullOptions_ThrowNamingOptions()
    {
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => ReplyTemplateSet.FromOptions(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => ReplyTemplateSet.Validate(null!)).ParamName);
    }

    [Fact]
    public void ReplyTemplateSet_Draft_ThemeSentenceGiven_UsedAsPlainText()
    {
        var values = new ReplyValues("Marie", "par e-mail", themeSentence: "Le <b>parking</b> était plein.");

        var draft = ReplyTemplateSet.Default.Draft(new ReviewKit.Cases.CaseId("c"), ReviewKit.Reviews.LanguageTag.French, ["parking"], ReviewKit.Triage.Severity.Low, values);

        Assert.Contains("Le parking était plein.", draft.Text, StringComparison.Ordinal);
    }
}
