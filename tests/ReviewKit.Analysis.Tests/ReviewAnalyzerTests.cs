using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis.Tests;

public class ReviewAnalyzerTests
{
    private static readonly ReviewAnalyzer Analyzer = ReviewAnalyzer.CreateDefault();

    [Fact]
    public void Analyze_ArgumentValidation_NamesTheParameter()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze((string)null!)).ParamName);
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze((Review)null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => ReviewAnalyzer.Create(null!)).ParamName);
    }

    [Fact]
    public void CreateDefault_ReturnsTheSharedInstance_WithTheThirteenDefaultThemes()
    {
        Assert.Same(Analyzer, ReviewAnalyzer.CreateDefault());
        Assert.Equal(
            ["delay", "cancellation", "lost_or_damaged", "lack_of_information", "promise_gap", "customer_service", "staff_attitude", "waiting_time",
             "product_quality", "price_billing", "refund_return", "cleanliness", "ordering_booking"],
            Analyzer.Themes.Select(t => t.Id));
        Assert.All(Analyzer.Themes, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.UnmetNeedEnglish));
            Assert.False(string.IsNullOrWhiteSpace(t.UnmetNeedFrench));
            Assert.NotEmpty(Analyzer.Patterns(t.Id, LanguageTag.English));
            Assert.NotEmpty(Analyzer.Patterns(t.Id, LanguageTag.French));
        });
        Assert.StartsWith("Fiabilité", Analyzer.Themes[0].UnmetNeed(LanguageTag.Parse("fr-CA")), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Review_ReadsTitleAndText_AndSpansIndexIntoTextOf()
    {
        var review = new Review(
            new ReviewId(ReviewSource.Google, "r-1"), Instant.FromUtc(2026, 3, 2, 9, 0), "Le colis est arrivé avec trois semaines de retard.",
            title: "Très déçu", rating: new Rating(1, RatingScale.FiveStars));

        var analysis = Analyzer.Analyze(review);
        var text = ReviewAnalysis.TextOf(review);

        Assert.Equal(LanguageTag.French, analysis.Language);
        Assert.True(analysis.Sentiment < 0);
        var delay = Assert.IsType<ThemeMatch>(analysis.FindTheme(ThemeIds.Delay));
        Assert.Contains(delay.Evidence, e => e.Of(text) == "retard");
    }

    [Fact]
    public void Analyze_LanguageHint_OverridesDetection_AndAnUnsupportedHintIsIgnored()
    {
        Assert.Equal(LanguageTag.English, Analyzer.Analyze("retard", "en-GB").Language);
        Assert.Equal(LanguageTag.French, Analyzer.Analyze("The parcel is late", "fr").Language);
        Assert.Equal(LanguageTag.English, Analyzer.Analyze("The parcel arrived late and broken", "de").Language);
        Assert.Equal(LanguageTag.English, Analyzer.Analyze("The parcel arrived late and broken", "not a tag!").Language);
    }

    [Fact]
    public void Analyze_EmptyAndBlank_AreEmpty()
    {
        Assert.Equal(ReviewAnalysis.Empty, Analyzer.Analyze(string.Empty));
        Assert.Equal(ReviewAnalysis.Empty, Analyzer.Analyze("   \n\t "));
    }

    [Fact]
    public void Analyze_OneMegabyte_FinishesAndStaysInRange()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append("Livraison en retard, pas de réponse du SAV. The staff were rude!!! 😡 ");
        }

        var analysis = Analyzer.Analyze(builder.ToString());

        Assert.Equal(-1, analysis.Sentiment, 3);
        Assert.NotNull(analysis.FindTheme(ThemeIds.Delay));
    }

    [Fact]
    public void Analyze_UnpairedSurrogatesRtlAndControlCharacters_DoNotThrow()
    {
        var nasty = "\uD83D retard \uDE00\u202Eשלום עולם\u202C مرحبا\0\u0007 \uDBFF\uDFFF 𝕳𝖊𝖑𝖑𝖔 \uFEFF";

        var analysis = Analyzer.Analyze(nasty);

        Assert.InRange(analysis.Sentiment, -1, 1);
    }

    [Fact]
    public void Analyze_EmojiOnly_IsUndeterminedWithTheEmojisSentiment()
    {
        var angry = Analyzer.Analyze("😡😡👎");
        var happy = Analyzer.Analyze("😍👍🏽❤️");

        Assert.Equal(LanguageTag.Undetermined, angry.Language);
        Assert.True(angry.Sentiment < -0.5);
        Assert.True(happy.Sentiment > 0.5);
    }

    [Property(Arbitrary = [typeof(AnalyzerArbitraries)], MaxTest = 300)]
    public void AnalyzeNeverThrowsOnArbitraryInput(string text)
    {
        var analysis = Analyzer.Analyze(text ?? string.Empty);

        Assert.NotNull(analysis);
    }

    [Property(Arbitrary = [typeof(AnalyzerArbitraries)], MaxTest = 300)]
    public bool SentimentIsAlwaysWithinMinusOneAndOne_AndSharesSumToOneOrZero(string text)
    {
        var a = Analyzer.Analyze(text ?? string.Empty);
        var shares = a.Positive + a.Negative + a.Neutral;
        return a.Sentiment is >= -1 and <= 1 && (shares == 0 || Math.Abs(shares - 1) < 0.01);
    }

    [Property(Arbitrary = [typeof(AnalyzerArbitraries)], MaxTest = 300)]
    public bool EvidenceSpansAreAlwaysWithinTheText(string text)
    {
        text ??= string.Empty;
        var a = Analyzer.Analyze(text);
        return a.Themes.SelectMany(t => t.Evidence).Concat(a.Risks.SelectMany(r => r.Evidence)).All(s => s.End <= text.Length && s.Length > 0);
    }

    [Property(MaxTest = 200)]
    public bool AnalyzeIsDeterministic(NonNull<string> text) => Analyzer.Analyze(text.Get).Equals(Analyzer.Analyze(text.Get));
}
