using ReviewKit.Reviews;

namespace ReviewKit.Analysis.Tests.Language;

public class LanguageDetectionTests
{
    private static readonly ReviewAnalyzer Analyzer = ReviewAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Colis jamais reçu, service client injoignable.")]
    [InlineData("tres decu, livraison en retard")]
    [InlineData("slt jai cmd un tel il y a 2 sem tjr rien recu")]
    [InlineData("Nul.")]
    [InlineData("Personnel adorable, je recommande !")]
    [InlineData("L'accueil était froid mais la chambre propre")]
    public void Analyze_FrenchText_IsFrench(string text) => Assert.Equal(LanguageTag.French, Analyzer.Analyze(text).Language);

    [Theory]
    [InlineData("The parcel never arrived and nobody answers.")]
    [InlineData("i orderd a phone 2 weeks ago still nothing")]
    [InlineData("Rude staff.")]
    [InlineData("Great location, would stay again!")]
    [InlineData("We waited 2 hours on hold, the retard of a manager hung up")]
    public void Analyze_EnglishText_IsEnglish(string text) => Assert.Equal(LanguageTag.English, Analyzer.Analyze(text).Language);

    [Theory]
    [InlineData("OK")]
    [InlineData("👍👍")]
    [InlineData("12345 !!!")]
    [InlineData("שלום עולם")]
    public void Analyze_NothingToDecideOn_IsUndetermined(string text) => Assert.Equal(LanguageTag.Undetermined, Analyzer.Analyze(text).Language);

    [Fact]
    public void Analyze_MixedText_TakesTheMajorityLanguage()
    {
        Assert.Equal(LanguageTag.French, Analyzer.Analyze("Franchement la livraison était en retard de deux semaines, so disappointed.").Language);
        Assert.Equal(LanguageTag.English, Analyzer.Analyze("The delivery was two weeks late and nobody told us anything, c'est la vie.").Language);
    }

    [Fact]
    public void Analyze_FrenchRetard_IsADelay_NotTheEnglishSlur()
    {
        var analysis = Analyzer.Analyze("Encore un retard de livraison.");

        Assert.Equal(LanguageTag.French, analysis.Language);
        Assert.NotNull(analysis.FindTheme(ThemeIds.Delay));
        Assert.False(analysis.HasRisk);
    }
}
