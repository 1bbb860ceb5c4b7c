using ReviewKit.Reviews;

namespace ReviewKit.Analysis.Tests.Themes;

public class ThemeTests
{
    private static readonly ReviewAnalyzer Analyzer = ReviewAnalyzer.CreateDefault();

    private static string[] Themes(string text) => [.. Analyzer.Analyze(text).Themes.Select(t => t.ThemeId).Order(StringComparer.Ordinal)];

    /// <summary>The themes the patterns alone find: the negation rules of the pattern matcher, apart from the learned model.</summary>
    private static string[] PatternThemes(string text) =>
        [.. new AnalysisEngine(new AnalysisOptions(), themeModel: null).Analyze(text, forced: null).Themes.Select(t => t.ThemeId).Order(StringComparer.Ordinal)];

    private static string[] Risks(string text) => [.. Analyzer.Analyze(text).Risks.Select(t => t.RiskId).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Livraison avec 3 semaines de retard.", ThemeIds.Delay)]
    [InlineData("The parcel arrived two weeks late.", ThemeIds.Delay)]
    [InlineData("Ils ont annulé ma commande sans raison.", ThemeIds.Cancellation)]
    [InlineData("Our flight was cancelled the day before.", ThemeIds.Cancellation)]
    [InlineData("Le colis est arrivé abîmé.", ThemeIds.LostOrDamaged)]
    [InlineData("They lost my luggage.", ThemeIds.LostOrDamaged)]
    [InlineData("Aucune nouvelle depuis ma commande, personne ne nous a prévenus.", ThemeIds.LackOfInformation)]
    [InlineData("We were never informed of the change.", ThemeIds.LackOfInformation)]
    [InlineData("Produit non conforme à la description.", ThemeIds.PromiseGap)]
    [InlineData("The room was nothing like the photos.", ThemeIds.PromiseGap)]
    [InlineData("Le SAV ne répond jamais.", ThemeIds.CustomerService)]
    [InlineData("Customer service never replied to my emails.", ThemeIds.CustomerService)]
    [InlineData("Réceptionniste impolie et hautaine.", ThemeIds.StaffAttitude)]
    [InlineData("The waiter was incredibly rude.", ThemeIds.StaffAttitude)]
    [InlineData("On a attendu 45 minutes pour être servis.", ThemeIds.WaitingTime)]
    [InlineData("We were on hold for an hour.", ThemeIds.WaitingTime)]
    [InlineData("L'appareil est tombé en panne après une semaine.", ThemeIds.ProductQuality)]
    [InlineData("The kettle stopped working after two days.", ThemeIds.ProductQuality)]
    [InlineData("Beaucoup trop cher pour ce que c'est.", ThemeIds.PriceBilling)]
    [InlineData("We were charged twice for the room.", ThemeIds.PriceBilling)]
    [InlineData("Toujours pas remboursé.", ThemeIds.RefundReturn)]
    [InlineData("They refused to refund me.", ThemeIds.RefundReturn)]
    [InlineData("Chambre sale, cheveux dans la douche.", ThemeIds.Cleanliness)]
    [InlineData("The bathroom was filthy and smelled of mould.", ThemeIds.Cleanliness)]
    [InlineData("Le site plante au moment de payer.", ThemeIds.OrderingBooking)]
    [InlineData("They overbooked and had no record of our reservation.", ThemeIds.OrderingBooking)]
    public void Analyze_NamedComplaint_FindsTheTheme(string text, string theme) => Assert.Contains(theme, Themes(text));

    [Theory]
    [InlineData("Pas de retard, livreur sympa.")]
    [InlineData("No delay at all, delivered on time.")]
    [InlineData("Aucune casse, rien de perdu.")]
    [InlineData("The receptionist wasn't rude, just busy.")]
    [InlineData("Chambre propre, personnel aimable.")]
    [InlineData("Late checkout was offered, great stay.")]
    public void Analyze_NegatedOrPraisedMention_PatternsFindNoTheme(string text) => Assert.Empty(PatternThemes(text));

    [Fact]
    public void Analyze_NegationThatIsTheComplaint_PatternsCount()
    {
        Assert.Contains(ThemeIds.Delay, PatternThemes("The parcel was not delivered on time."));
        Assert.Contains(ThemeIds.StaffAttitude, PatternThemes("Vendeur pas aimable du tout."));
        Assert.Contains(ThemeIds.CustomerService, PatternThemes("Je n'ai jamais eu de réponse du service client."));
    }

    [Fact]
    public void Analyze_SeveralThemes_AreAllReported_WithEvidence()
    {
        const string text = "Livraison en retard, colis abîmé et le service client ne répond pas.";
        var analysis = Analyzer.Analyze(text);

        Assert.Equal([ThemeIds.CustomerService, ThemeIds.Delay, ThemeIds.LostOrDamaged], analysis.Themes.Select(t => t.ThemeId).Order(StringComparer.Ordinal));
        Assert.All(analysis.Themes, t => Assert.InRange(t.Confidence, 0.5, 1));
        Assert.Contains(analysis.FindTheme(ThemeIds.LostOrDamaged)!.Evidence, e => e.Of(text) == "abîmé");
    }

    [Theory]
    [InlineData("Je vais contacter mon avocat.", RiskIds.LegalThreat)]
    [InlineData("I will be taking legal action.", RiskIds.LegalThreat)]
    [InlineData("Intoxication alimentaire après le repas.", RiskIds.HealthSafety)]
    [InlineData("My son had an allergic reaction.", RiskIds.HealthSafety)]
    [InlineData("Accueil raciste.", RiskIds.Discrimination)]
    [InlineData("Refused because of my disability, pure discrimination.", RiskIds.Discrimination)]
    [InlineData("C'est une arnaque.", RiskIds.FraudAccusation)]
    [InlineData("These people are scammers.", RiskIds.FraudAccusation)]
    [InlineData("Je vais le partager partout sur les réseaux sociaux.", RiskIds.PublicExposure)]
    [InlineData("I'll be sharing this with my 50k followers.", RiskIds.PublicExposure)]
    [InlineData("Bande d'incapables !", RiskIds.Abuse)]
    [InlineData("You useless idiots.", RiskIds.Abuse)]
    public void Analyze_Risk_IsFound(string text, string risk) => Assert.Contains(risk, Risks(text));

    [Theory]
    [InlineData("Ce n'est pas une arnaque, juste une erreur.")]
    [InlineData("Aucune intoxication à signaler.")]
    [InlineData("I won't be suing anyone.")]
    [InlineData("Toast à l'avocat délicieux.")]
    public void Analyze_NegatedOrUnrelatedRiskWord_IsNoRisk(string text) => Assert.Empty(Risks(text));

    [Fact]
    public void Create_WithOptions_AddsRemovesAndDisablesThemes()
    {
        var options = new AnalysisOptions();
        var parking = new ThemeOptions { Id = "parking", UnmetNeedEnglish = "Somewhere to park.", UnmetNeedFrench = "Pouvoir se garer." };
        parking.English.Add.Add("no parking");
        parking.French.Add.Add("impossible de se garer");
        var delay = new ThemeOptions { Id = ThemeIds.Delay };
        delay.French.Remove.Add("retard*");
        options.Themes.Add(parking);
        options.Themes.Add(delay);
        options.Themes.Add(new ThemeOptions { Id = ThemeIds.Cleanliness, Enabled = false });

        var analyzer = ReviewAnalyzer.Create(options);

        Assert.Contains(analyzer.Analyze("No parking anywhere near, awful.").Themes, t => t.ThemeId == "parking");
        Assert.Contains(analyzer.Analyze("Impossible de se garer.").Themes, t => t.ThemeId == "parking");
        Assert.DoesNotContain(analyzer.Analyze("Un retard énorme.").Themes, t => t.ThemeId == ThemeIds.Delay);
        Assert.DoesNotContain(analyzer.Analyze("Chambre sale.").Themes, t => t.ThemeId == ThemeIds.Cleanliness);
        Assert.DoesNotContain(analyzer.Themes, t => t.Id == ThemeIds.Cleanliness);
        Assert.Equal("Pouvoir se garer.", analyzer.Themes.Single(t => t.Id == "parking").UnmetNeedFrench);
    }

    [Fact]
    public void Themes_ListTheDefaultsInOrderThenTheHostsOwn_WithoutTheDisabledOnes()
    {
        var options = new AnalysisOptions();
        var parking = new ThemeOptions { Id = "car_park", UnmetNeedEnglish = "Somewhere to park.", UnmetNeedFrench = "Pouvoir se garer." };
        parking.English.Add.Add("no parking");
        var noise = new ThemeOptions { Id = "noise", UnmetNeedEnglish = "A quiet night.", UnmetNeedFrench = "Une nuit calme.", Label = "Noise at night" };
        noise.English.Add.Add("noisy");
        options.Themes.Add(parking);
        options.Themes.Add(new ThemeOptions { Id = ThemeIds.Cleanliness, Enabled = false });
        options.Themes.Add(new ThemeOptions { Id = ThemeIds.Delay, UnmetNeedFrench = "Être livré le jour dit.", Label = "Late delivery" });
        options.Themes.Add(noise);

        var themes = ReviewAnalyzer.Create(options).Themes;

        var defaults = typeof(ThemeIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.Equal(13, defaults.Length);
        Assert.Equal([.. defaults.Where(id => id != ThemeIds.Cleanliness), "car_park", "noise"], themes.Select(t => t.Id));
        Assert.Null(themes.Find(ThemeIds.Cleanliness));
        var delay = themes.Find(ThemeIds.Delay)!;
        Assert.Equal("Late delivery", delay.Label);
        Assert.Equal("Être livré le jour dit.", delay.UnmetNeed(LanguageTag.French));
        Assert.Equal(ReviewAnalyzer.CreateDefault().Themes.Find(ThemeIds.Delay)!.UnmetNeedEnglish, delay.UnmetNeedEnglish);
        Assert.Equal("Car park", themes.Label("car_park"));
        Assert.Equal("Noise at night", themes.Label("noise"));
        Assert.Equal("Une nuit calme.", themes.UnmetNeed("noise", LanguageTag.French));
    }

    [Fact]
    public void Themes_OfTheDefaultAnalyzer_HaveTheShippedLabels()
    {
        var themes = ReviewAnalyzer.CreateDefault().Themes;

        Assert.Equal(13, themes.Count);
        Assert.Equal("Price and billing", themes.Label(ThemeIds.PriceBilling));
        Assert.Equal("Not as promised", themes.Label(ThemeIds.PromiseGap));
        Assert.Equal("Customer service", themes.Label(ThemeIds.CustomerService));
        Assert.All(themes, t => Assert.NotEqual(t.Id, t.Label));
        Assert.Same(themes, ReviewAnalyzer.CreateDefault().Themes);
    }

    [Fact]
    public void Patterns_GiveThePatternsInForce_EmptyForAnIdThatIsNoTheme()
    {
        var options = new AnalysisOptions();
        var delay = new ThemeOptions { Id = ThemeIds.Delay };
        delay.French.Remove.Add("retard*");
        delay.French.Add.Add("livre avec # jours de decalage");
        options.Themes.Add(delay);
        var analyzer = ReviewAnalyzer.Create(options);

        Assert.Contains("retard*", ReviewAnalyzer.CreateDefault().Patterns(ThemeIds.Delay, LanguageTag.Parse("fr-BE")));
        Assert.DoesNotContain("retard*", analyzer.Patterns(ThemeIds.Delay, LanguageTag.French));
        Assert.Equal("livre avec # jours de decalage", analyzer.Patterns(ThemeIds.Delay, LanguageTag.French)[^1]);
        Assert.Contains("late", analyzer.Patterns(ThemeIds.Delay, LanguageTag.English));
        Assert.Empty(analyzer.Patterns(RiskIds.LegalThreat, LanguageTag.English));
        Assert.Empty(analyzer.Patterns("parking", LanguageTag.English));
        Assert.Equal("themeId", Assert.Throws<ArgumentNullException>(() => analyzer.Patterns(null!, LanguageTag.English)).ParamName);
    }

    [Fact]
    public void Create_BlankOrLongLabel_FailsWithItsPath()
    {
        var options = new AnalysisOptions();
        options.Themes.Add(new ThemeOptions { Id = ThemeIds.Delay, Label = " " });
        options.Themes.Add(new ThemeOptions { Id = ThemeIds.Cleanliness, Label = new string('l', 513) });

        var error = Assert.Throws<ArgumentException>(() => ReviewAnalyzer.Create(options));

        Assert.Contains("Themes:0:Label", error.Message, StringComparison.Ordinal);
        Assert.Contains("Themes:1:Label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsWithEveryFailure()
    {
        var options = new AnalysisOptions { MinThemeConfidence = -1 };
        var bad = new ThemeOptions { Id = "new_theme" };
        bad.English.Add.Add("ab*");
        bad.English.Add.Add("* first");
        options.Themes.Add(bad);
        options.Themes.Add(new ThemeOptions { Id = "Nope" });

        var error = Assert.Throws<ArgumentException>(() => ReviewAnalyzer.Create(options));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("MinThemeConfidence", error.Message, StringComparison.Ordinal);
        Assert.Contains("Themes:0:English:Add:0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Themes:0:English:Add:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Themes:0:UnmetNeedFrench", error.Message, StringComparison.Ordinal);
        Assert.Contains("Themes:1:Id", error.Message, StringComparison.Ordinal);
    }
}
