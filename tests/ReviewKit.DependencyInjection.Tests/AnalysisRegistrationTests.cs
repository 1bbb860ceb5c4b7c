using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewKit.Analysis;
using ReviewKit.Triage;

namespace ReviewKit.DependencyInjection.Tests;

public class AnalysisRegistrationTests
{
    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void AddReviewKit_RegistersTheDefaultAnalyzerAndTriage()
    {
        using var provider = new ServiceCollection().AddReviewKit().BuildServiceProvider();

        Assert.Same(ReviewAnalyzer.CreateDefault(), provider.GetRequiredService<IReviewAnalyzer>());
        Assert.IsType<ReviewTriage>(provider.GetRequiredService<IReviewTriage>());
        Assert.Same(provider.GetRequiredService<IReviewAnalyzer>(), provider.GetRequiredService<IReviewAnalyzer>());
    }

    [Fact]
    public void AddReviewKit_Twice_RegistersTheAnalyzerOnce()
    {
        var services = new ServiceCollection().AddReviewKit().AddReviewKit();

        Assert.Single(services, d => d.ServiceType == typeof(IReviewAnalyzer));
        Assert.Single(services, d => d.ServiceType == typeof(IReviewTriage));
    }

    [Fact]
    public void AddReviewKit_TheHostsAnalyzerWins()
    {
        var mine = ReviewAnalyzer.Create(new AnalysisOptions { MinThemeConfidence = 0.9 });
        using var provider = new ServiceCollection().AddSingleton<IReviewAnalyzer>(mine).AddReviewKit().BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IReviewAnalyzer>());
    }

    [Fact]
    public void AddReviewKit_BindsAThemeFromConfiguration_AndTheAnalyzerUsesIt()
    {
        var configuration = Json("""
            { "ReviewKit": { "Analysis": { "Themes": [
              { "Id": "parking", "UnmetNeedEnglish": "Somewhere to park.", "UnmetNeedFrench": "Pouvoir se garer.",
                "English": { "Add": [ "no parking", "parking * full" ] }, "French": { "Add": [ "pas de parking", "impossible de se garer" ] } },
              { "Id": "cleanliness", "Enabled": false }
            ] } } }
            """);
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var analyzer = provider.GetRequiredService<IReviewAnalyzer>();
        var analysis = analyzer.Analyze("Impossible de se garer, et la chambre était sale.");

        Assert.NotNull(analysis.FindTheme("parking"));
        Assert.Null(analysis.FindTheme(ThemeIds.Cleanliness));
    }

    [Fact]
    public void AddReviewKit_InvalidAnalysisOptions_FailAtStartWithEveryPath()
    {
        var configuration = Json("""
            { "ReviewKit": { "Analysis": { "MinThemeConfidence": 2, "Themes": [
              { "Id": "ok_theme", "UnmetNeedEnglish": "x", "UnmetNeedFrench": "y", "English": { "Add": [ "fine" ] } },
              { "Id": "Bad Id!" },
              { "Id": "delay", "French": { "Add": [ "ab*" ], "Remove": [ "not a default pattern" ] } },
              { "Id": "newtheme", "English": { "Add": [ "* first" ] } }
            ] }, "Triage": { "InfluencerAudience": 0 } } }
            """);
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.StartsWith("ReviewKit:Analysis:MinThemeConfidence:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("ReviewKit:Analysis:Themes:1:Id:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("ReviewKit:Analysis:Themes:2:French:Add:0:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("ReviewKit:Analysis:Themes:2:French:Remove:0:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("ReviewKit:Analysis:Themes:3:UnmetNeedEnglish:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("ReviewKit:Analysis:Themes:3:English:Add:0:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("ReviewKit:Triage:InfluencerAudience:", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("Themes:0", StringComparison.Ordinal));
    }
}
