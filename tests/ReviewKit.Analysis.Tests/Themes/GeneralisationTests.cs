using ReviewKit.Analysis.Themes;

namespace ReviewKit.Analysis.Tests.Themes;

public class GeneralisationTests
{
    private static readonly ReviewAnalyzer Analyzer = ReviewAnalyzer.CreateDefault();

    private static string[] Themes(string text) => [.. Analyzer.Analyze(text).Themes.Select(t => t.ThemeId)];

    private static string[] Risks(string text) => [.. Analyzer.Analyze(text).Risks.Select(t => t.RiskId)];

    [Theory]
    [InlineData("The quality is honestly very disappointing.", ThemeIds.ProductQuality)]
    [InlineData("My blender broke only a month after I bought it.", ThemeIds.ProductQuality)]
    [InlineData("La qualité est vraiment très décevante.", ThemeIds.ProductQuality)]
    [InlineData("La lampe ne fonctionne déjà plus.", ThemeIds.ProductQuality)]
    [InlineData("The order took nearly three weeks to arrive.", ThemeIds.Delay)]
    [InlineData("La commande a été livrée avec beaucoup de retard.", ThemeIds.Delay)]
    [InlineData("The photos on the site are very misleading.", ThemeIds.PromiseGap)]
    [InlineData("La chambre ne correspond absolument pas aux photos.", ThemeIds.PromiseGap)]
    [InlineData("The staff at the bar were extremely rude to us.", ThemeIds.StaffAttitude)]
    [InlineData("Le personnel était franchement désagréable.", ThemeIds.StaffAttitude)]
    [InlineData("The breakfast was stone cold and rather bland.", ThemeIds.ProductQuality)]
    [InlineData("Le petit déjeuner était vraiment immangeable.", ThemeIds.ProductQuality)]
    public void Analyze_GappedOrInflectedComplaint_FindsTheTheme(string text, string theme) => Assert.Contains(theme, Themes(text));

    [Theory]
    [InlineData("The quality, disappointing as the reviews said, was fine for us.")]
    [InlineData("Quality. Disappointing weather, but a lovely stay.")]
    [InlineData("The quality was not disappointing at all.")]
    [InlineData("La qualité n'est pas du tout décevante.")]
    public void Analyze_GapDoesNotCrossPunctuationOrNegation(string text)
    {
        // The pattern matcher's own rule, so read by the patterns alone (the learned model weighs the words apart).
        var patternsOnly = new AnalysisEngine(new AnalysisOptions(), themeModel: null);
        Assert.DoesNotContain(patternsOnly.Analyze(text, forced: null).Themes, t => t.ThemeId == ThemeIds.ProductQuality);
    }

    [Theory]
    [InlineData("They refused to seat us because I am a woman on my own.", RiskIds.Discrimination)]
    [InlineData("The bouncer was openly racist to my friends.", RiskIds.Discrimination)]
    [InlineData("On m'a refusé l'entrée à cause de ma couleur de peau.", RiskIds.Discrimination)]
    [InlineData("Accueil raciste, je me suis senti discriminé.", RiskIds.Discrimination)]
    [InlineData("The bouncer was horrible to my friend in the hijab and made her wait outside.", RiskIds.Discrimination)]
    [InlineData("The chicken made me sick for two days.", RiskIds.HealthSafety)]
    [InlineData("I slipped on the wet floor and broke my left wrist.", RiskIds.HealthSafety)]
    [InlineData("My son had an allergic reaction after the dessert.", RiskIds.HealthSafety)]
    [InlineData("Mon fils a été malade toute la nuit après le repas.", RiskIds.HealthSafety)]
    [InlineData("Je me suis brûlée avec la bouilloire défectueuse.", RiskIds.HealthSafety)]
    [InlineData("Next time I see that clerk I will smash his face.", RiskIds.Abuse)]
    [InlineData("Bande d'incapables, ça va mal se passer si je reviens.", RiskIds.Abuse)]
    public void Analyze_RiskInGeneralWords_IsFound(string text, string risk) => Assert.Contains(risk, Risks(text));

    [Theory]
    [InlineData("Delivered on time, the quality is excellent.")]
    [InlineData("Livraison rapide, qualité irréprochable.")]
    [InlineData("Lovely staff, and they found a quiet table for my friend in a wheelchair.")]
    public void Analyze_Praise_FindsNoThemeAndNoRisk(string text)
    {
        Assert.Empty(Themes(text));
        Assert.Empty(Risks(text));
    }

    [Theory]
    [InlineData("Two lost parcels in one month.", ThemeIds.LostOrDamaged)]
    [InlineData("I came out in rashes all over my arms.", null)]
    public void Analyze_InflectedPatternWord_Matches(string text, string? theme)
    {
        if (theme is null)
        {
            Assert.Contains(RiskIds.HealthSafety, Risks(text));
        }
        else
        {
            Assert.Contains(theme, Themes(text));
        }
    }

    [Theory]
    [InlineData("parcels", "parcel", false, true)]
    [InlineData("refunded", "refund", false, true)]
    [InlineData("stopped", "stop", false, true)]
    [InlineData("charging", "charge", false, true)]
    [InlineData("replies", "reply", false, true)]
    [InlineData("perdues", "perdu", true, true)]
    [InlineData("perdu", "perdu", true, false)]
    [InlineData("parcelling", "parcel", true, false)]
    [InlineData("at", "a", false, false)]
    [InlineData("latest", "late", false, false)]
    public void IsInflectionOf_RegularFormsOnly(string text, string word, bool french, bool expected) =>
        Assert.Equal(expected, PatternInflection.IsInflectionOf(text, word, french));

    [Fact]
    public void EnglishForms_CoverPluralPastAndGerund()
    {
        Assert.Equal(["refunds", "refunded", "refunding"], PatternInflection.EnglishForms("refund"));
        Assert.Contains("stopped", PatternInflection.EnglishForms("stop"));
        Assert.Contains("replied", PatternInflection.EnglishForms("reply"));
        Assert.Empty(PatternInflection.EnglishForms("no"));
    }
}
