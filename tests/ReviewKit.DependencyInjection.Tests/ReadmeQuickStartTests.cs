using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.DependencyInjection.Tests;

/// <summary>
/// The README's quick start is the region below, compiled and run here; a second test checks that README.md shows it
/// word for word, so the documentation cannot drift from the code.
/// </summary>
public class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_RunsAsDocumented()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""{ "ReviewKit": { "DefaultTimeZone": "Europe/Paris" } }""")))
            .Build();
        var fakeClock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var hostServices = new ServiceCollection().AddSingleton<IClock>(fakeClock);

        #region README quick start
        using var services = hostServices
            .AddReviewKit(configuration.GetSection("ReviewKit"))
            .BuildServiceProvider();
        var clock = services.GetRequiredService<IClock>();

        var review = new Review(
            new ReviewId(ReviewSource.Google, "ChZDSUhNMG9nS0VJQ0FnSUR"),
            publishedAt: clock.GetCurrentInstant(),
            text: "Commande reçue avec 3 semaines de retard, et personne pour répondre au téléphone.",
            rating: new Rating(1, RatingScale.FiveStars),
            locationId: "paris-store");

        var reviewCase = ReviewCase.Open(
            CaseId.NewId(),
            new CaseOpened(CaseEventId.NewId(), clock.GetCurrentInstant(), Actor.System("google-import"), review));

        reviewCase = reviewCase.Apply(new PublicReplyPosted(
            CaseEventId.NewId(),
            clock.GetCurrentInstant(),
            Actor.Agent("alice"),
            "Bonjour, nous sommes désolés de ce retard. Pouvons-nous vous appeler pour trouver une solution ? Alice"));

        Console.WriteLine($"{reviewCase.Status}, first reply at {reviewCase.FirstPublicReplyAt}");
        #endregion

        Assert.True(review.Rating!.Value.IsNegative);
        Assert.Equal(CaseStatus.InProgress, reviewCase.Status);
        Assert.Equal(fakeClock.GetCurrentInstant(), reviewCase.FirstPublicReplyAt);
        Assert.Equal(2, reviewCase.Version);
    }

    [Fact]
    public void Readme_ShowsTheQuickStartWordForWord()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + Region(root, "ReadmeQuickStartTests.cs", "README quick start") + "```", readme, StringComparison.Ordinal);
    }

    /// <summary>The lines of a <c>#region</c> of a test file of this project, without their common indentation.</summary>
    internal static string Region(string root, string fileName, string regionName)
    {
        // Read from the source tree (not [CallerFilePath]: CI builds map source paths for determinism).
        var lines = File.ReadAllLines(Path.Combine(root, "tests", "ReviewKit.DependencyInjection.Tests", fileName));
        var start = Array.FindIndex(lines, l => l.Trim() == "#region " + regionName) + 1;
        var end = Array.FindIndex(lines, start, l => l.Trim() == "#endregion");
        Assert.True(start > 0 && end > start, $"The region '{regionName}' is missing from {fileName}.");
        var body = lines[start..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(body.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReviewKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ReviewKit.sln not found above " + AppContext.BaseDirectory);
    }
}
