using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Analysis;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Analysis;

/// <summary>
/// The one French/English detector, shared by the reply checker and the analyzer (whose own tests check it through
/// <c>ReviewAnalyzer.Analyze(...).Language</c> with the lexicon-wide profile). Here: the core profile.
/// </summary>
public class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Default;

    [Theory]
    [InlineData("Colis jamais reçu, service client injoignable.")]
    [InlineData("tres decu, livraison en retard")]
    [InlineData("slt jai cmd un tel il y a 2 sem tjr rien recu")]
    [InlineData("Nul.")]
    [InlineData("Personnel adorable, je recommande !")]
    [InlineData("L'accueil était froid mais la chambre propre")]
    [InlineData("Merci pour votre retour, désolés pour ce retard. Marie")]
    public void Detect_FrenchText_IsFrench(string text) => Assert.Equal(LanguageTag.French, Detector.Detect(text));

    [Theory]
    [InlineData("The parcel never arrived and nobody answers.")]
    [InlineData("i orderd a phone 2 weeks ago still nothing")]
    [InlineData("Rude staff.")]
    [InlineData("Great location, would stay again!")]
    [InlineData("We waited 2 hours on hold, the retard of a manager hung up")]
    [InlineData("Don't worry, it's fixed.")]
    [InlineData("Thank you for your feedback, sorry about the delay. Mark")]
    public void Detect_EnglishText_IsEnglish(string text) => Assert.Equal(LanguageTag.English, Detector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("OK")]
    [InlineData("👍👍")]
    [InlineData("12345 !!!")]
    [InlineData("שלום עולם")]
    public void Detect_NothingToDecideOn_IsUndetermined(string text) => Assert.Equal(LanguageTag.Undetermined, Detector.Detect(text));

    [Fact]
    public void Detect_MixedText_TakesTheMajorityLanguage()
    {
        Assert.Equal(LanguageTag.French, Detector.Detect("Franchement la livraison était en retard de deux semaines, so disappointed."));
        Assert.Equal(LanguageTag.English, Detector.Detect("The delivery was two weeks late and nobody told us anything, c'est la vie."));
    }

    [Fact]
    public void Add_ElisionVotesFrench_ContractionVotesEnglish()
    {
        var elision = default(LanguageScore);
        Detector.Add(ref elision, "l", "l", elision: true);
        var contraction = default(LanguageScore);
        Detector.Add(ref contraction, "wouldn't", "wouldn't", elision: false);

        Assert.True(elision.Score > 0);
        Assert.True(contraction.Score < 0);
    }

    [Fact]
    public void Add_AfterMaxWords_ReturnsFalseAndCountsNothingMore()
    {
        var score = default(LanguageScore);
        for (var i = 0; i < LanguageDetector.MaxWords; i++)
        {
            Assert.True(Detector.Add(ref score, "the", "the", elision: false));
        }

        var before = score;
        Assert.False(Detector.Add(ref score, "le", "le", elision: false));
        Assert.Equal(before.Score, score.Score);
        Assert.Equal(LanguageDetector.MaxWords, score.Words);
    }

    [Fact]
    public void Detect_OnlyTheFirstWordsDecide()
    {
        var text = string.Concat(Enumerable.Repeat("the parcel never arrived ", 150)) + string.Concat(Enumerable.Repeat("le colis n'est jamais arrivé ", 300));

        Assert.Equal(LanguageTag.English, Detector.Detect(text));
    }

    [Fact]
    public void Decide_ThinOrBalancedEvidence_IsUndetermined()
    {
        Assert.Equal(LanguageTag.Undetermined, LanguageDetector.Decide(new LanguageScore { Score = 0.8, Evidence = 0.8 }));
        Assert.Equal(LanguageTag.Undetermined, LanguageDetector.Decide(new LanguageScore { Score = 0.4, Evidence = 5 }));
        Assert.Equal(LanguageTag.French, LanguageDetector.Decide(new LanguageScore { Score = 1, Evidence = 1 }));
        Assert.Equal(LanguageTag.English, LanguageDetector.Decide(new LanguageScore { Score = -1, Evidence = 1 }));
    }

    [Fact]
    public void Create_NullVocabulary_Throws()
    {
        Assert.Equal("frenchVocabulary", Assert.Throws<ArgumentNullException>(() => LanguageDetector.Create(null!, [])).ParamName);
        Assert.Equal("englishVocabulary", Assert.Throws<ArgumentNullException>(() => LanguageDetector.Create([], null!)).ParamName);
    }

    [Fact]
    public void Create_WiderVocabulary_ReadsUnknownWordsOfThatLanguage()
    {
        var widened = LanguageDetector.Create(["abricot", "framboise", "groseille", "myrtille"], ["gooseberry", "raspberry", "blueberry", "apricot"]);
        var core = default(LanguageScore);
        var wide = default(LanguageScore);
        LanguageDetector.Default.Add(ref core, "groseilles", "groseilles", elision: false);
        widened.Add(ref wide, "groseilles", "groseilles", elision: false);

        Assert.True(wide.Score > core.Score);
    }

    [Property(MaxTest = 300)]
    public Property Detect_NeverThrowsOnArbitraryInput() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>().Filter(s => s is not null),
            s =>
            {
                var language = Detector.Detect(s);
                return language == LanguageTag.French || language == LanguageTag.English || language.IsUndetermined;
            });
}
