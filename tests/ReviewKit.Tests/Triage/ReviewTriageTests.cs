using ReviewKit.Analysis;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Tests.Triage;

public class ReviewTriageTests
{
    private static readonly ReviewTriage Triage = new();

    private static ReviewAnalysis Analysis(double sentiment, string[]? themes = null, string[]? risks = null) =>
        new(
            LanguageTag.French,
            sentiment,
            sentiment > 0 ? 1 : 0,
            sentiment < 0 ? 1 : 0,
            sentiment == 0 ? 1 : 0,
            (themes ?? []).Select(t => new ThemeMatch(t, 0.75, [new TextSpan(0, 1)])),
            (risks ?? []).Select(r => new RiskMatch(r, [new TextSpan(0, 1)])));

    private static Review Review(double? stars, long? audience = null) =>
        new(
            new ReviewId(ReviewSource.Google, "r-1"),
            TestData.T0,
            "texte",
            rating: stars is { } s ? new Rating(s, RatingScale.FiveStars) : null,
            author: new ReviewAuthor("Camille", audienceSize: audience));

    [Fact]
    public void Triage_OneStarWithDelay_IsNegativeHighWithRatingAndThemeReasons()
    {
        var result = Triage.Triage(Review(1), Analysis(-0.7, [ThemeIds.Delay]));

        Assert.True(result.IsNegative);
        Assert.Equal(Severity.High, result.Severity);
        Assert.Equal(["rating", "sentiment", "theme:delay"], result.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Triage_FiveStarsPositiveText_IsNotNegativeAndSaysWhy()
    {
        var result = Triage.Triage(Review(5), Analysis(0.8));

        Assert.False(result.IsNegative);
        Assert.Equal(Severity.Low, result.Severity);
        Assert.Equal("not_negative", Assert.Single(result.Reasons).Code);
    }

    [Fact]
    public void Triage_FiveStarsButStronglyNegativeText_IsNegative()
    {
        var result = Triage.Triage(Review(5), Analysis(-0.8));

        Assert.True(result.IsNegative);
        Assert.Equal(Severity.Medium, result.Severity);
        Assert.Contains(result.Reasons, r => r.Code == "sentiment");
    }

    [Fact]
    public void Triage_AnyRisk_IsCriticalEvenWithAGoodRating()
    {
        var result = Triage.Triage(Review(4), Analysis(0.2, risks: [RiskIds.LegalThreat]));

        Assert.True(result.IsNegative);
        Assert.Equal(Severity.Critical, result.Severity);
        Assert.Contains(result.Reasons, r => r.Code == "risk:legal_threat" && r.Severity == Severity.Critical);
    }

    [Fact]
    public void Triage_UnratedMildlyNegative_IsLow()
    {
        var result = Triage.Triage(Review(null), Analysis(-0.2));

        Assert.True(result.IsNegative);
        Assert.Equal(Severity.Low, result.Severity);
    }

    [Fact]
    public void Triage_InfluencerAuthor_RaisesToHigh()
    {
        var result = Triage.Triage(Review(2, audience: 50_000), Analysis(-0.3));

        Assert.Equal(Severity.High, result.Severity);
        Assert.Contains(result.Reasons, r => r.Code == "audience" && r.Message.Contains("50,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Triage_RepeatComplainant_RaisesToHigh_AndOneEarlierComplaintIsMedium()
    {
        Assert.Equal(Severity.High, Triage.Triage(Review(null), Analysis(-0.2), repeatComplaints: 2).Severity);
        Assert.Equal(Severity.Medium, Triage.Triage(Review(null), Analysis(-0.2), repeatComplaints: 1).Severity);
    }

    [Fact]
    public void Triage_AudienceAndRepeat_DoNotMakeAPositiveReviewNegative()
    {
        var result = Triage.Triage(Review(5, audience: 1_000_000), Analysis(0.9), repeatComplaints: 5);

        Assert.False(result.IsNegative);
        Assert.Equal(Severity.Low, result.Severity);
    }

    [Fact]
    public void Triage_LowConfidenceThemes_AreNotReasons()
    {
        var analysis = new ReviewAnalysis(LanguageTag.English, -0.5, 0, 1, 0, [new ThemeMatch(ThemeIds.Delay, 0.3, [])], []);

        var result = Triage.Triage(Review(1), analysis);

        Assert.DoesNotContain(result.Reasons, r => r.Code.StartsWith("theme:", StringComparison.Ordinal));
    }

    [Fact]
    public void Triage_ArgumentValidation_NamesTheParameter()
    {
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => Triage.Triage(null!, Analysis(0))).ParamName);
        Assert.Equal("analysis", Assert.Throws<ArgumentNullException>(() => Triage.Triage(Review(1), null!)).ParamName);
        Assert.Equal("repeatComplaints", Assert.Throws<ArgumentOutOfRangeException>(() => Triage.Triage(Review(1), Analysis(0), -1)).ParamName);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryFailure()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReviewTriage(new ReviewTriageOptions { NegativeSentiment = 0.5, InfluencerAudience = 0 }));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("NegativeSentiment", error.Message, StringComparison.Ordinal);
        Assert.Contains("InfluencerAudience", error.Message, StringComparison.Ordinal);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new ReviewTriage(null!)).ParamName);
    }
}
