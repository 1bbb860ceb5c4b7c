using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.DependencyInjection.Tests.Responses;

public class ResponsesRegistrationTests
{
    [Fact]
    public void AddReviewKit_RegistersTheDefaultReplyCheckerAsSingleton()
    {
        using var provider = new ServiceCollection().AddReviewKit().BuildServiceProvider();

        Assert.Same(ReplyChecker.CreateDefault(), provider.GetRequiredService<IReplyChecker>());
    }

    [Fact]
    public void AddReviewKit_HostCheckerRegisteredFirst_Wins()
    {
        var host = new HostChecker();
        var services = new ServiceCollection().AddSingleton<IReplyChecker>(host).AddReviewKit();

        using var provider = services.BuildServiceProvider();

        Assert.Same(host, provider.GetRequiredService<IReplyChecker>());
    }

    [Fact]
    public void AddReviewKit_CalledTwice_RegistersTheCheckerAndTemplatesOnce()
    {
        var services = new ServiceCollection().AddReviewKit().AddReviewKit();

        Assert.Single(services, d => d.ServiceType == typeof(IReplyChecker));
        Assert.Single(services, d => d.ServiceType == typeof(ReplyTemplateSet));
    }

    [Fact]
    public void AddReviewKit_TemplatesFromConfiguration_BoundAndUsed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewKit:Responses:Templates:0:Id"] = "fr-parking",
            ["ReviewKit:Responses:Templates:0:Language"] = "fr",
            ["ReviewKit:Responses:Templates:0:Theme"] = "parking",
            ["ReviewKit:Responses:Templates:0:Severity"] = "High",
            ["ReviewKit:Responses:Templates:0:Text"] = "Merci et désolés pour le parking, {CustomerName}.\n{Signature}",
        }).Build();
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();

        var set = provider.GetRequiredService<ReplyTemplateSet>();
        var draft = set.Draft(new CaseId("c"), LanguageTag.French, ["parking"], Severity.High, new ReplyValues("Marie", "par e-mail", customerName: "Paul"));

        Assert.Equal("fr-parking", draft.TemplateId);
        Assert.Equal("Merci et désolés pour le parking, Paul.\nMarie", draft.Text);
        Assert.Equal(ReplyTemplateSet.Default.Templates.Count + 1, set.Templates.Count);
    }

    [Fact]
    public void AddReviewKit_InvalidTemplates_ValidationNamesPathAndPlaceholder()
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < 3; i++)
        {
            settings[$"ReviewKit:Responses:Templates:{i}:Id"] = $"t{i}";
            settings[$"ReviewKit:Responses:Templates:{i}:Language"] = "fr";
            settings[$"ReviewKit:Responses:Templates:{i}:Text"] = i == 2 ? "Bonjour {Nmae}. {Signature}" : "Merci. {Signature}";
        }

        settings["ReviewKit:Responses:Templates:1:Language"] = "français";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.StartsWith("ReviewKit:Responses:Templates:2:Text: unknown placeholder {Nmae}", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("ReviewKit:Responses:Templates:1:Language: 'français' is not a language tag", StringComparison.Ordinal));
        Assert.Equal(2, ex.Failures.Count());
    }

    [Fact]
    public void AddReviewKit_TemplatesInCode_Validated()
    {
        using var provider = new ServiceCollection()
            .AddReviewKit(o => o.Responses.Templates.Add(new ReplyTemplateOptions { Id = "x", Language = "en", Text = "Hello {CustomerName}" }))
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ReplyTemplateSet>());

        Assert.Contains(ex.Failures, f => f == "ReviewKit:Responses:Templates:0:Text: missing placeholder {Signature}: every reply is signed by a person (template 'x').");
    }

    private sealed class HostChecker : IReplyChecker
    {
        public ReplyReview Check(string reply, ReplyContext context) => new([], LanguageTag.Undetermined);
    }
}
