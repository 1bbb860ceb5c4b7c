using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Tests.Responses;

public class ReplyTemplateSetTests
{
    private static readonly ReplyValues French = new("Marie, responsable du service client", "par e-mail à contact@boulangerie-martin.fr", customerName: "Sophie", businessName: "Boulangerie Martin");
    private static readonly ReplyValues English = new("Emma, Customer Care Lead", "by email at hello@harbourbakery.co.uk", customerName: "Sarah", businessName: "Harbour Bakery");

    public static TheoryData<string, string, Severity> DefaultTemplatesAndThemes()
    {
        var data = new TheoryData<string, string, Severity>();
        string[] themes = ["delay", "wait_time", "delivery", "customer_service", "staff_attitude", "information", "promise_gap", "product_quality", "price", "billing", "cleanliness", "reception", "food_quality", "noise", "booking",
            .. typeof(ReviewKit.Analysis.ThemeIds).GetFields().Select(f => (string)f.GetValue(null)!)];
        foreach (var template in ReplyTemplateSet.Default.Templates)
        {
            foreach (var theme in template.Theme is null ? themes.Distinct() : [template.Theme])
            {
                data.Add(template.Id, theme, template.Severity ?? Severity.Medium);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultTemplatesAndThemes))]
    public void Default_EveryTemplateAndTheme_PassesTheCheckerWithoutFinding(string templateId, string theme, Severity severity)
    {
        var template = ReplyTemplateSet.Default.Templates.Single(t => t.Id == templateId);
        var french = template.Language == LanguageTag.French;
        var values = french ? French : English;
        var draft = new ReplyTemplateSet([template]).Draft(new CaseId("case-1"), template.Language, [theme], severity, values, ReviewSource.Google);
        var context = new ReplyContext(
            string.Empty,
            template.Language,
            [theme],
            source: ReviewSource.Google,
            businessName: values.BusinessName,
            businessContacts: [french ? "contact@boulangerie-martin.fr" : "hello@harbourbakery.co.uk"]);

        var review = ReplyChecker.CreateDefault().Check(draft.Text, context);

        Assert.True(review.Findings.Count == 0, $"{templateId}/{theme}: {review}\n{draft.Text}");
        Assert.Equal(template.Language, review.Language);
    }

    [Fact]
    public void Default_HasTemplatesInFrenchAndEnglish()
    {
        Assert.Contains(ReplyTemplateSet.Default.Templates, t => t.Language == LanguageTag.French);
        Assert.Contains(ReplyTemplateSet.Default.Templates, t => t.Language == LanguageTag.English);
    }

    [Fact]
    public void Draft_SameCase_SameReply()
    {
        var a = ReplyTemplateSet.Default.Draft(new CaseId("case-42"), LanguageTag.French, ["parking"], Severity.Medium, French);
        var b = ReplyTemplateSet.Default.Draft(new CaseId("case-42"), LanguageTag.French, ["parking"], Severity.Medium, French);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Draft_ManyCases_RotatesOverEveryEquivalentTemplate()
    {
        var used = Enumerable.Range(0, 60)
            .Select(i => ReplyTemplateSet.Default.Draft(new CaseId($"case-{i}"), LanguageTag.French, [], Severity.Low, French).TemplateId)
            .ToList();

        Assert.Equal(["fr-generic-1", "fr-generic-2", "fr-generic-3"], used.Distinct().Order());
        Assert.True(used.GroupBy(id => id).All(g => g.Count() >= 10), string.Join(",", used.GroupBy(id => id).Select(g => $"{g.Key}={g.Count()}")));
    }

    [Fact]
    public void Draft_RotationIndex_IsTheDocumentedFnvHash()
    {
        // FNV-1a 32 over the UTF-16 little-endian bytes: stable across processes and platforms.
        Assert.Equal(0x2B24D044u, ReplyTemplateSet.Hash("a"));
        Assert.Equal(2166136261u, ReplyTemplateSet.Hash(string.Empty));
        Assert.NotEqual(ReplyTemplateSet.Hash("case-1"), ReplyTemplateSet.Hash("case-2"));
    }

    [Theory]
    [InlineData("delay", Severity.Medium, "fr-delay-")]
    [InlineData("staff_attitude", Severity.Low, "fr-staff_attitude-1")]
    [InlineData("noise", Severity.High, "fr-high-1")]
    [InlineData("noise", Severity.Critical, "fr-critical-1")]
    [InlineData("noise", Severity.Low, "fr-generic-")]
    public void Draft_ChoosesThemeThenSeverityThenGeneric(string theme, Severity severity, string expectedPrefix)
    {
        var draft = ReplyTemplateSet.Default.Draft(new CaseId("c-7"), LanguageTag.Parse("fr-CA"), [theme], severity, French);

        Assert.StartsWith(expectedPrefix, draft.TemplateId, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_UnknownLanguage_FallsBackToEnglish() =>
        Assert.Equal(LanguageTag.English, ReplyTemplateSet.Default.Draft(new CaseId("c"), LanguageTag.Parse("de"), [], Severity.Low, English).Language);

    [Fact]
    public void Draft_NoCustomerName_SkipsTemplatesThatNeedIt()
    {
        var values = new ReplyValues("Marie", "par e-mail");

        var ids = Enumerable.Range(0, 40).Select(i => ReplyTemplateSet.Default.Draft(new CaseId($"c{i}"), LanguageTag.French, ["delay"], Severity.Low, values).TemplateId).Distinct();

        Assert.Equal(["fr-delay-1"], ids);
    }

    [Fact]
    public void Draft_NoTemplateCanBeFilled_ThrowsNamingThePlaceholder()
    {
        var set = new ReplyTemplateSet([new ReplyTemplate("t", LanguageTag.English, "Hi {CustomerName}\n{Signature}")]);

        var ex = Assert.Throws<ArgumentException>(() => set.Draft(new CaseId("c"), LanguageTag.English, [], Severity.Low, new ReplyValues("Emma", "by email")));

        Assert.Equal("values", ex.ParamName);
        Assert.Contains("{CustomerName}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'t'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_ValuesWithMarkupLinksAndLineBreaks_InsertedAsPlainText()
    {
        var set = new ReplyTemplateSet([new ReplyTemplate("t", LanguageTag.English, "Hi {CustomerName}, {ContactChannel}\n{Signature}")]);
        var values = new ReplyValues("Emma\n<script>alert(1)</script>", "see https://evil.example/x or www.evil.example or [here](javascript:x) now", customerName: "<b>Tom</b>");

        var text = set.Draft(new CaseId("c"), LanguageTag.English, [], Severity.Low, values).Text;

        Assert.Equal("Hi Tom, see or or now\nEmma alert(1)", text);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain("://", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_PlatformLimit_PassesOverTemplatesThatWouldBeTooLong()
    {
        var longText = "Hello, " + new string('x', 400) + "\n{Signature}";
        var set = new ReplyTemplateSet(
        [
            new ReplyTemplate("long-1", LanguageTag.English, longText),
            new ReplyTemplate("long-2", LanguageTag.English, longText + " "),
            new ReplyTemplate("short", LanguageTag.English, "Thanks and sorry, please email us.\n{Signature}"),
        ]);

        var ids = Enumerable.Range(0, 20).Select(i => set.Draft(new CaseId($"c{i}"), LanguageTag.English, [], Severity.Low, English, ReviewSource.GooglePlay).TemplateId).Distinct();

        Assert.Equal(["short"], ids);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new ReplyTemplateSet([new ReplyTemplate("long-1", LanguageTag.English, longText)])
            .Draft(new CaseId("c"), LanguageTag.English, [], Severity.Low, English, ReviewSource.GooglePlay)).ParamName);
    }

    [Fact]
    public void Draft_RecentReplies_PassesOverATemplateThatWouldRepeatOne()
    {
        var caseId = new CaseId("case-9");
        var first = ReplyTemplateSet.Default.Draft(caseId, LanguageTag.English, [], Severity.Low, English);

        var next = ReplyTemplateSet.Default.Draft(caseId, LanguageTag.English, [], Severity.Low, English, recentReplies: [first.Text]);

        Assert.NotEqual(first.TemplateId, next.TemplateId);
    }

    [Fact]
    public void Draft_ArgumentValidation_NamesTheParameter()
    {
        var set = ReplyTemplateSet.Default;
        Assert.Equal("caseId", Assert.Throws<ArgumentException>(() => set.Draft(default, LanguageTag.English, [], Severity.Low, English)).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentNullException>(() => set.Draft(new CaseId("c"), LanguageTag.English, null!, Severity.Low, English)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => set.Draft(new CaseId("c"), LanguageTag.English, [], Severity.Low, null!)).ParamName);
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => set.Draft(new CaseId("c"), LanguageTag.English, [], (Severity)9, English)).ParamName);
    }

    [Fact]
    public void Constructor_DuplicateIdsOrEmpty_ThrowNamingTemplates()
    {
        var t = new ReplyTemplate("t", LanguageTag.English, "{Signature}");
        Assert.Equal("templates", Assert.Throws<ArgumentException>(() => new ReplyTemplateSet([t, t])).ParamName);
        Assert.Equal("templates", Assert.Throws<ArgumentException>(() => new ReplyTemplateSet([])).ParamName);
        Assert.Equal("templates", Assert.Throws<ArgumentNullException>(() => new ReplyTemplateSet(null!)).ParamName);
    }

    [Fact]
    public void Validate_Options_ReportsEveryProblemWithItsPath()
    {
        var options = new ResponseOptions();
        options.Templates.Add(new ReplyTemplateOptions { Id = "ok", Language = "fr", Text = "Merci. {Signature}" });
        options.Templates.Add(new ReplyTemplateOptions { Id = "ok", Language = "fr", Text = "Merci. {Signature}" });
        options.Templates.Add(new ReplyTemplateOptions { Id = "fr-delay", Language = "fr", Text = "Bonjour {Nmae}. {Signature}" });
        options.Templates.Add(new ReplyTemplateOptions { Language = "xx_", Theme = " ", Text = null });

        var failures = ReplyTemplateSet.Validate(options);

        Assert.Contains("Templates:1:Id: 'ok' is the id of an earlier template; ids are unique.", failures);
        Assert.Contains(failures, f => f.StartsWith("Templates:2:Text: unknown placeholder {Nmae}", StringComparison.Ordinal) && f.Contains("'fr-delay'", StringComparison.Ordinal));
        Assert.Contains("Templates:3:Id: an id is required.", failures);
        Assert.Contains(failures, f => f.StartsWith("Templates:3:Language:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Templates:3:Theme:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Templates:3:Text: a text is required", StringComparison.Ordinal));
        Assert.Equal(6, failures.Count);
    }

    [Fact]
    public void FromOptions_Invalid_ThrowsListingProblems() =>
        Assert.Contains("{Nmae}", Assert.Throws<ArgumentException>(() => ReplyTemplateSet.FromOptions(new ResponseOptions { Templates = { new ReplyTemplateOptions { Id = "a", Language = "en", Text = "{Nmae} {Signature}" } } })).Message, StringComparison.Ordinal);

    [Fact]
    public void FromOptions_ConfiguredTemplate_ReplacesTheBuiltInWithItsIdAndAddsOthers()
    {
        var options = new ResponseOptions();
        options.Templates.Add(new ReplyTemplateOptions { Id = "fr-generic-1", Language = "fr", Text = "Merci, désolés.\n{Signature}" });
        options.Templates.Add(new ReplyTemplateOptions { Id = "fr-parking", Language = "fr", Theme = "parking", Severity = Severity.Low, Text = "Merci, désolés pour le parking.\n{Signature}" });

        var set = ReplyTemplateSet.FromOptions(options);

        Assert.Equal(ReplyTemplateSet.Default.Templates.Count + 1, set.Templates.Count);
        Assert.Equal("Merci, désolés.\n{Signature}", set.Templates.Single(t => t.Id == "fr-generic-1").Text);
        Assert.Equal("fr-parking", set.Draft(new CaseId("c"), LanguageTag.French, ["parking"], Severity.Low, French).TemplateId);
    }

    [Fact]
    public void FromOptions_WithoutDefaults_OnlyConfigured()
    {
        var options = new ResponseOptions { IncludeDefaultTemplates = false };
        options.Templates.Add(new ReplyTemplateOptions { Id = "only", Language = "en", Text = "Thanks.\n{Signature}" });

        Assert.Equal(["only"], ReplyTemplateSet.FromOptions(options).Templates.Select(t => t.Id));
        Assert.Single(ReplyTemplateSet.Validate(new ResponseOptions { IncludeDefaultTemplates = false }));
    }
}
