using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Tests.Responses;

public class ReplyTemplateTests
{
    [Fact]
    public void Constructor_UnknownPlaceholder_ThrowsNamingTemplateAndPlaceholder()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReplyTemplate("fr-x", LanguageTag.French, "Bonjour {Nmae}, merci. {Signature}"));

        Assert.Equal("text", ex.ParamName);
        Assert.Contains("'fr-x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown placeholder {Nmae}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MissingSignature_Throws() =>
        Assert.Contains("missing placeholder {Signature}", Assert.Throws<ArgumentException>(() => new ReplyTemplate("a", LanguageTag.English, "Hello {CustomerName}")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("Hello {CustomerName {Signature}", "unclosed placeholder")]
    [InlineData("Hello } {Signature}", "unmatched '}'")]
    [InlineData("Hello <b>you</b> {Signature}", "markup or link")]
    [InlineData("See https://example.com {Signature}", "markup or link")]
    public void Constructor_MalformedText_ThrowsWithTheRule(string text, string rule) =>
        Assert.Contains(rule, Assert.Throws<ArgumentException>(() => new ReplyTemplate("a", LanguageTag.English, text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_UndeterminedLanguage_ThrowsNamingLanguage() =>
        Assert.Equal("language", Assert.Throws<ArgumentException>(() => new ReplyTemplate("a", LanguageTag.Undetermined, "{Signature}")).ParamName);

    [Fact]
    public void Constructor_NullText_ThrowsNamingText() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new ReplyTemplate("a", LanguageTag.English, null!)).ParamName);

    [Fact]
    public void Constructor_BlankId_ThrowsNamingId() =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ReplyTemplate(" ", LanguageTag.English, "{Signature}")).ParamName);

    [Fact]
    public void Constructor_UndefinedSeverity_ThrowsNamingSeverity() =>
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => new ReplyTemplate("a", LanguageTag.English, "{Signature}", severity: (Severity)7)).ParamName);

    [Fact]
    public void Constructor_ValidText_ListsPlaceholdersAndKeepsLiteralBraces()
    {
        var template = new ReplyTemplate("a", LanguageTag.English, "Hi {CustomerName} {{not a placeholder}} {CustomerName}\n{Signature}", theme: "Delay");

        Assert.Equal([ReplyPlaceholders.CustomerName, ReplyPlaceholders.Signature], template.Placeholders);
        Assert.Equal("delay", template.Theme);
        var draft = new ReplyTemplateSet([template]).Draft(new CaseId("c"), LanguageTag.English, [], Severity.Low, new ReplyValues("Emma", "by email", customerName: "Tom"));
        Assert.Equal("Hi Tom {not a placeholder} Tom\nEmma", draft.Text);
    }

    [Fact]
    public void Validate_NullText_Throws() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ReplyTemplate.Validate(null!)).ParamName);

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var errors = ReplyTemplate.Validate("Hello {Nmae} {Foo} <i>");

        Assert.Equal(4, errors.Count);
        Assert.StartsWith("unknown placeholder {Nmae}", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("unknown placeholder {Foo}", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("missing placeholder {Signature}", errors[2], StringComparison.Ordinal);
        Assert.StartsWith("markup or link", errors[3], StringComparison.Ordinal);
    }
}
