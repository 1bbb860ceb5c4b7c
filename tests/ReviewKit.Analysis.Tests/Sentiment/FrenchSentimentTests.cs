using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReviewKit.Analysis.Tests.Sentiment;

/// <summary>French opinion rules: negating locutions, concession and questions.</summary>
public class FrenchSentimentTests
{
    private static readonly ReviewAnalyzer Analyzer = ReviewAnalyzer.CreateDefault();

    private static readonly string[] Subjects = ["Le service", "La livraison", "Le film", "Le repas", "L'accueil", "La chambre", "Le vendeur"];

    private static readonly string[] Praise = ["excellent", "parfait", "génial", "agréable", "drôle", "efficace", "superbe"];

    private static readonly string[] Opinions =
    [
        .. Praise, "décevant", "médiocre", "lamentable", "ennuyeux", "désagréable", "nul", "catastrophique",
    ];

    private static double S(string text) => Analyzer.Analyze(text, text.StartsWith("The ", StringComparison.Ordinal) ? "en" : "fr").Sentiment;

    [Theory]
    [InlineData("Un film drôle.", "Un film à peine drôle.")]
    [InlineData("Un accueil aimable.", "Un accueil à peine aimable.")]
    [InlineData("Le service est réussi.", "Le service est loin d'être réussi.")]
    [InlineData("Une livraison parfaite.", "Une livraison loin d'être parfaite.")]
    public void NegatingLocutions_DenyWhatFollows(string plain, string denied)
    {
        Assert.True(S(plain) > 0, plain);
        Assert.True(S(denied) < 0, denied);
    }

    [Fact]
    public void DeLoin_MeansByFar_AndDoesNotNegate() => Assert.True(S("C'est de loin le meilleur restaurant du quartier.") > 0);

    [Fact]
    public void Certes_ConcedesTheRestOfItsClause()
    {
        var plain = S("Le décor est superbe.");
        var conceded = S("Le décor est certes superbe.");

        Assert.True(conceded > 0);
        Assert.True(conceded < plain);
        Assert.True(S("Le décor est certes superbe, mais le service est lamentable.") < 0);
    }

    [Theory]
    [InlineData("Un chef-d'œuvre.", "Un chef-d'œuvre ?")]
    [InlineData("Le service était excellent.", "Le service était excellent ?")]
    [InlineData("La livraison était catastrophique.", "La livraison était catastrophique ?")]
    [InlineData("The room was great.", "The room was great?")]
    public void Question_WeighsLessThanTheSameAssertion(string asserted, string asked)
    {
        Assert.True(Math.Abs(S(asked)) < Math.Abs(S(asserted)), asked);
        Assert.Equal(Math.Sign(S(asserted)), Math.Sign(S(asked)));
    }

    [Fact]
    public void RhetoricalQuestion_DoesNotOutweighTheVerdict() =>
        Assert.True(S("Un bon film ? Franchement, c'était décevant.") < 0);

    /// <summary>Asking never turns an opinion around, and never makes it stronger.</summary>
    [Property(MaxTest = 200)]
    public Property AskingAnOpinion_NeverFlipsOrStrengthensIt() =>
        Prop.ForAll(
            Arb.From(Gen.Elements(Subjects).SelectMany(s => Gen.Elements(Opinions).Select(o => (s, o)))),
            x =>
            {
                var asserted = S($"{x.s} était {x.o}.");
                var asked = S($"{x.s} était {x.o} ?");
                return Math.Sign(asked) == Math.Sign(asserted) && Math.Abs(asked) <= Math.Abs(asserted);
            });

    /// <summary>"à peine" and "loin d'être" before praise always leave the sentence negative.</summary>
    [Property(MaxTest = 200)]
    public Property DeniedPraise_IsAlwaysNegative() =>
        Prop.ForAll(
            Arb.From(Gen.Elements(Subjects).SelectMany(s => Gen.Elements(Praise).SelectMany(o => Gen.Elements("à peine", "loin d'être").Select(d => (s, o, d))))),
            x => S($"{x.s} était {x.d} {x.o}.") < 0 && S($"{x.s} était {x.o}.") > 0);
}
