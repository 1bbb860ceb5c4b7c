namespace ReviewKit.Analysis.Tests.Sentiment;

public class SentimentTests
{
    private static readonly ReviewAnalyzer Analyzer = ReviewAnalyzer.CreateDefault();

    private static double S(string text) => Analyzer.Analyze(text).Sentiment;

    [Theory]
    [InlineData("The room was clean.", "The room was not clean.")]
    [InlineData("Le personnel était aimable.", "Le personnel n'était pas aimable.")]
    [InlineData("Service efficace.", "Service jamais efficace.")]
    [InlineData("I liked it.", "I didn't like it.")]
    [InlineData("Vendeur aimable.", "Vendeur peu aimable.")]
    public void Negation_FlipsTheSentiment(string positive, string negated)
    {
        Assert.True(S(positive) > 0, positive);
        Assert.True(S(negated) < 0, negated);
    }

    [Theory]
    [InlineData("Pas de retard, rien à redire.")]
    [InlineData("No delay at all, no problem.")]
    [InlineData("Ce n'est pas mal du tout.")]
    [InlineData("Not bad at all.")]
    [InlineData("Sans aucun problème.")]
    public void NegatedComplaints_ArePositive(string text) => Assert.True(S(text) > 0, text);

    [Theory]
    [InlineData("Jamais reçu.")]
    [InlineData("Produit pas conforme.")]
    [InlineData("Service client injoignable.")]
    [InlineData("The parcel was late.")]
    [InlineData("Overcharged and the refund never came.")]
    [InlineData("C'est pas terrible.")]
    public void ReviewDomainComplaints_AreNegative(string text) => Assert.True(S(text) < 0, text);

    [Fact]
    public void Contrast_WeightsTheClauseAfterIt()
    {
        Assert.True(S("The staff were lovely but the room was filthy.") < 0);
        Assert.True(S("The room was a bit dirty but the staff were wonderful and helpful.") > 0);
        Assert.True(S("Le personnel était adorable mais la chambre était sale.") < 0);
        Assert.True(S("La chambre était un peu petite, mais le personnel était génial.") > 0);
    }

    [Theory]
    [InlineData("C'est sans doute le meilleur restaurant du quartier.")]
    [InlineData("Sans aucun doute le meilleur accueil de la ville.")]
    [InlineData("Non seulement rapide, mais aussi très soigné.")]
    [InlineData("Not only fast but also very friendly.")]
    public void FixedPhrasesWithANegator_DoNotNegate(string text) => Assert.True(S(text) > 0, text);

    [Fact]
    public void Concession_HalvesTheClauseAfterIt()
    {
        Assert.True(S("Although the room was clean, the staff were rude.") < 0);
        Assert.True(S("Malgré une fin un peu décevante, le film est excellent.") > 0);
        Assert.True(S("Même si le personnel est adorable, la chambre était sale.") < 0);
        Assert.True(S("Malgré un accueil désagréable, la chambre était parfaite et très calme.") > 0);
    }

    [Theory]
    [InlineData("Film décevant.", "Films décevants.")]
    [InlineData("Un accueil horrible.", "Un accueil horriblement lent.")]
    public void FrenchInflections_AreReadThroughTheirStem(string listed, string inflected)
    {
        Assert.True(S(listed) < 0, listed);
        Assert.True(S(inflected) < 0, inflected);
    }

    [Fact]
    public void BoostersCapsAndExclamations_Intensify_AndDampenersSoften()
    {
        Assert.True(S("The service was very bad.") < S("The service was bad."));
        Assert.True(S("The service was BAD.") < S("The service was bad."));
        Assert.True(S("The service was bad!!!") < S("The service was bad."));
        Assert.True(S("Le service était très mauvais.") < S("Le service était mauvais."));
        Assert.True(S("The service was slightly bad.") > S("The service was bad."));
        Assert.True(S("C'était un peu cher.") > S("C'était cher."));
    }

    [Fact]
    public void Shares_SumToOne()
    {
        var a = Analyzer.Analyze("Great room but awful breakfast and the staff was ok.");

        Assert.Equal(1, a.Positive + a.Negative + a.Neutral, 2);
        Assert.True(a.Positive > 0);
        Assert.True(a.Negative > 0);
    }
}
