using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReviewKit.Analysis.Tests.Sentiment;

/// <summary>French fixed phrases of the domain lexicon: locutions whose meaning is not the sum of their words.</summary>
public class FrenchLocutionTests
{
    private static readonly ReviewAnalyzer Analyzer = ReviewAnalyzer.CreateDefault();

    private static readonly string[] Subjects = ["Le service", "La livraison", "Le film", "Le repas", "L'accueil", "La chambre", "Le vendeur"];

    private static readonly string[] Opinions =
    [
        "excellent", "parfait", "génial", "agréable", "drôle", "efficace", "superbe", "décevant", "médiocre", "lamentable", "ennuyeux",
        "désagréable", "nul", "catastrophique",
    ];

    private static readonly string[] NeutralSentences =
    [
        "Nous y sommes allés un mardi.", "La commande portait le numéro 4521.", "Le colis contenait deux boîtes.",
        "Nous étions quatre à table.", "Le film passait à vingt heures.",
    ];

    private static double S(string text) => Analyzer.Analyze(text, "fr").Sentiment;

    [Theory]
    [InlineData("Passez votre chemin.")]
    [InlineData("Du grand n'importe quoi.")]
    [InlineData("À fuir !")]
    [InlineData("Un scénario tiré par les cheveux.")]
    [InlineData("Ça ne vaut pas le coup.")]
    [InlineData("Le repas ne valait pas la peine.")]
    [InlineData("On a vu mieux.")]
    [InlineData("Pas grand chose à sauver.")]
    public void NegativeLocutions_AreNegative(string text) => Assert.True(S(text) < 0, text);

    [Theory]
    [InlineData("Le musée vaut le détour.")]
    [InlineData("Ça vaut la peine d'y aller.")]
    [InlineData("Le suspense nous tient en haleine.")]
    [InlineData("Un restaurant à ne pas manquer.")]
    [InlineData("Un vrai coup de cœur.")]
    public void PositiveLocutions_ArePositive(string text) => Assert.True(S(text) > 0, text);

    [Theory]
    [InlineData("Je dois dire une chose.")]
    [InlineData("Prise en charge du dossier le lendemain.")]
    [InlineData("Le magasin se trouve au sein du centre commercial.")]
    [InlineData("Il viendra sans doute demain.")]
    [InlineData("Bien sûr, nous avons payé en ligne.")]
    public void NeutralLocutions_CarryNoOpinion(string text) => Assert.Equal(0, S(text));

    [Fact]
    public void SansNulDoute_IsNeitherANegationNorAComplaint() => Assert.True(S("C'est sans nul doute le meilleur accueil de la ville.") > 0);

    /// <summary>A neutral sentence appended to an opinion changes nothing: it has no opinion word to add.</summary>
    [Property(MaxTest = 200)]
    public Property AppendingANeutralSentence_KeepsTheSentiment() =>
        Prop.ForAll(
            Arb.From(Gen.Elements(Subjects).SelectMany(s => Gen.Elements(Opinions).SelectMany(o => Gen.Elements(NeutralSentences).Select(n => (s, o, n))))),
            x =>
            {
                var opinion = $"{x.s} était {x.o}.";
                return S(opinion + " " + x.n) == S(opinion);
            });
}
