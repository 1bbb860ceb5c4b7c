using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Analysis.Themes;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis.Tests.Themes;

public class ThemeModelTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "Data");

    private static readonly AnalysisEngine PatternsOnly = new(new AnalysisOptions(), themeModel: null);

    [Fact]
    public void Shipped_IsWhatTrainingOnTheDevelopmentSetGives()
    {
        // The shipped weights are reproducible: training again with the shipped settings gives the same model, so the
        // resource is nothing but the development set and the training code (rounding may differ in the last digit).
        var examples = ThemeExample.ReadDevelopmentSet(DataDirectory);
        var settings = ThemeTrainingSettings.Shipped;
        var trained = ThemeModelTrainer.Train(
            [.. DefaultTaxonomy.Themes.Select(t => t.Id)], examples, ThemeModelTrainer.Extract(PatternsOnly, examples, settings.Features), settings);
        var shipped = ThemeModel.Shipped;

        Assert.Equal(settings.Features, shipped.Settings);
        Assert.Equal(trained.Themes, shipped.Themes);
        Assert.Equal(trained.FeatureCount, shipped.FeatureCount, tolerance: Math.Max(3, trained.FeatureCount / 200));
        for (var t = 0; t < trained.Themes.Length; t++)
        {
            Assert.Equal(trained.Bias[t], shipped.Bias[t], 0.01f);
        }

        var shippedRows = Rows(shipped);
        var differing = Rows(trained).Where(kv => !shippedRows.TryGetValue(kv.Key, out var w) || Math.Abs(w - kv.Value) > 0.01f).Take(5).ToList();
        Assert.True(differing.Count == 0, "Weights differ from a fresh training: " + string.Join(", ", differing));
    }

    [Fact]
    public void Shipped_ScoresEveryDefaultTheme() =>
        Assert.Equal(DefaultTaxonomy.Themes.Select(t => t.Id), ThemeModel.Shipped.Themes);

    [Fact]
    public void WriteThenRead_GivesTheSameModel()
    {
        var model = ThemeModel.Shipped;
        var copy = RoundTrip(model);

        Assert.Equal(model.Settings, copy.Settings);
        Assert.Equal(model.Themes, copy.Themes);
        Assert.Equal(model.Bias, copy.Bias);
        Assert.Equal(Text(model), Text(copy));
    }

    [Property(MaxTest = 50)]
    public Property CreateWriteRead_KeepsEveryWeightToThreeDecimals() => Prop.ForAll(
        Arb.From(Gen.Choose(-5000, 5000).Select(n => n / 1000f).ArrayOf(3 * 4)),
        weights =>
        {
            var model = ThemeModel.Create(
                new ThemeFeatureSettings(6, pairs: true, polarity: false), ["delay", "cleanliness", "waiting_time"], [0.5f, -1.25f, 0f], ["w:retard", "n:retard", "b:trop long", "p:delay"], weights, minWeight: 0.001f);
            var copy = RoundTrip(model);
            var rows = Rows(copy);
            string[] features = ["w:retard", "n:retard", "b:trop long", "p:delay"];
            for (var f = 0; f < features.Length; f++)
            {
                for (var t = 0; t < 3; t++)
                {
                    var expected = MathF.Round(weights[(f * 3) + t], 3);
                    var actual = rows.GetValueOrDefault($"{features[f]}#{t}");
                    if (Math.Abs(expected) >= 0.001f && Math.Abs(actual - expected) > 1e-6f)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Theory]
    [InlineData("not a model\n", "first line")]
    [InlineData("# ReviewKit theme model\nsettings\tstem=6\tpairs=0\tpolarity=0\tcolour=1\n", "colour")]
    [InlineData("# ReviewKit theme model\nsettings\tstem=6\tpairs=0\tpolarity=0\nthemes\tdelay\nbias\t0\t1\n", "one bias per theme")]
    [InlineData("# ReviewKit theme model\nsettings\tstem=6\tpairs=0\tpolarity=0\nthemes\tdelay\nbias\t0\nw:retard\t3:1.5\n", "names theme 3")]
    [InlineData("# ReviewKit theme model\nsettings\tstem=6\tpairs=0\tpolarity=0\nthemes\tdelay\nbias\t0\nretard\t0:1.5\n", "Not a feature row")]
    [InlineData("# ReviewKit theme model\nsettings\tstem=6\tpairs=0\tpolarity=0\nthemes\tdelay\nbias\t0\nw:retard\t0:1.5\nw:retard\t0:1\n", "appears twice")]
    public void Read_NotAModel_ThrowsNamingTheProblem(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ThemeModel.Read(new StringReader(text)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SameExamplesTwice_GivesTheSameModel()
    {
        var examples = Toy();
        var settings = new ThemeTrainingSettings { Features = new ThemeFeatureSettings(6, pairs: true, polarity: true), Iterations = 50 };
        var features = ThemeModelTrainer.Extract(PatternsOnly, examples, settings.Features);

        Assert.Equal(Text(ThemeModelTrainer.Train(["delay", "cleanliness"], examples, features, settings)), Text(ThemeModelTrainer.Train(["delay", "cleanliness"], examples, features, settings)));
    }

    [Fact]
    public void Train_WordThatAlwaysCarriesATheme_LearnsIt()
    {
        // "zorglub" is in no lexicon and no pattern: only learning can tie it to cleanliness.
        var examples = Toy();
        var settings = new ThemeTrainingSettings { Features = new ThemeFeatureSettings(6, pairs: false, polarity: false) };
        var model = ThemeModelTrainer.Train(["delay", "cleanliness"], examples, ThemeModelTrainer.Extract(PatternsOnly, examples, settings.Features), settings);

        var with = Score(model, "Encore du zorglub partout dans la salle.", 1);
        var without = Score(model, "Encore du monde partout dans la salle.", 1);
        Assert.True(with > 0.5 && without < 0.5, $"P(cleanliness) with the word {with:0.000}, without {without:0.000}");
    }

    [Theory]
    [InlineData("Pas de retard cette fois.", "n:retard")]
    [InlineData("Un retard énorme.", "w:retard")]
    [InlineData("Livraison en retard de 3 semaines.", "w:#")]
    public void Extract_ReadsStemsWithTheirNegation(string text, string feature)
    {
        var features = ThemeModelTrainer.Extract(PatternsOnly, [new ThemeExample("x", text, LanguageTag.French, [], "t")], new ThemeFeatureSettings(6, pairs: true, polarity: true))[0];
        Assert.Contains(feature, features.Keys);
    }

    [Fact]
    public void Extract_PositiveSentenceWithPolarity_MarksItsWords()
    {
        var settings = new ThemeFeatureSettings(6, pairs: false, polarity: true);
        var features = ThemeModelTrainer.Extract(PatternsOnly, [new ThemeExample("x", "Livraison rapide, parfait, merci !", LanguageTag.French, [], "t")], settings)[0];

        Assert.Contains("g:livrai", features.Keys);
        Assert.DoesNotContain("w:livrai", features.Keys);
    }

    [Fact]
    public void Extract_PairsAndPatterns_AreFeatures()
    {
        var features = ThemeModelTrainer.Extract(PatternsOnly, [new ThemeExample("x", "Colis toujours pas arrivé, trop long.", LanguageTag.French, [], "t")], new ThemeFeatureSettings(6, pairs: true, polarity: false))[0];

        Assert.Contains("b:trop long", features.Keys);
        Assert.Contains("p:delay", features.Keys);
        Assert.Contains("r:negative", features.Keys);
    }

    [Fact]
    public void Analyze_ThemeFoundFromWordsAlone_HasTheWeightiestWordAsEvidence()
    {
        // A theme with no pattern match still shows where it was read: a span of the text, never empty.
        var analyzer = ReviewAnalyzer.CreateDefault();
        foreach (var e in ThemeExample.ReadDevelopmentSet(DataDirectory).Take(200))
        {
            foreach (var theme in analyzer.Analyze(e.Text, e.Language.ToString()).Themes)
            {
                Assert.NotEmpty(theme.Evidence);
                Assert.All(theme.Evidence, s => Assert.True(s.Length > 0 && s.Start + s.Length <= e.Text.Length));
            }
        }
    }

    [Fact]
    public void Analyze_DisabledDefaultTheme_IsNeverReported()
    {
        var options = new AnalysisOptions();
        options.Themes.Add(new ThemeOptions { Id = ThemeIds.Delay, Enabled = false });
        var analyzer = ReviewAnalyzer.Create(options);

        Assert.DoesNotContain(analyzer.Analyze("Trois semaines de retard, toujours rien reçu.").Themes, t => t.ThemeId == ThemeIds.Delay);
        Assert.Contains(ReviewAnalyzer.CreateDefault().Analyze("Trois semaines de retard, toujours rien reçu.").Themes, t => t.ThemeId == ThemeIds.Delay);
    }

    [Fact]
    public void Analyze_HostTheme_IsFoundByItsPatterns()
    {
        var options = new AnalysisOptions();
        var parking = new ThemeOptions { Id = "parking", UnmetNeedEnglish = "A place to park.", UnmetNeedFrench = "Une place pour se garer." };
        parking.English.Add.Add("no parking");
        options.Themes.Add(parking);

        var themes = ReviewAnalyzer.Create(options).Analyze("Awful: no parking anywhere near the hotel.").Themes;

        Assert.Contains(themes, t => t.ThemeId == "parking");
    }

    [Fact]
    public void Analyze_MinThemeConfidenceOne_ReportsOnlyCertainThemes()
    {
        var options = new AnalysisOptions { MinThemeConfidence = 1 };
        var analyzer = ReviewAnalyzer.Create(options);

        Assert.All(analyzer.Analyze("Trois semaines de retard et un livreur odieux.").Themes, t => Assert.Equal(1, t.Confidence));
    }

    private static List<ThemeExample> Toy()
    {
        var examples = new List<ThemeExample>();
        string[] places = ["la chambre", "le hall", "la cuisine", "les toilettes", "le couloir", "la piscine"];
        for (var i = 0; i < places.Length; i++)
        {
            examples.Add(new ThemeExample($"fr-z{i}", $"Du zorglub dans {places[i]}, c'est inacceptable.", LanguageTag.French, ["cleanliness"], "z"));
            examples.Add(new ThemeExample($"fr-y{i}", $"Beaucoup de monde dans {places[i]}, c'est ainsi.", LanguageTag.French, [], "z"));
            examples.Add(new ThemeExample($"fr-x{i}", $"Colis en retard pour {places[i]}.", LanguageTag.French, ["delay"], "z"));
        }

        return examples;
    }

    private static double Score(ThemeModel model, string text, int theme) =>
        model.Probabilities(ThemeModelTrainer.Extract(PatternsOnly, [new ThemeExample("x", text, LanguageTag.French, [], "t")], model.Settings)[0])[theme];

    private static ThemeModel RoundTrip(ThemeModel model) => ThemeModel.Read(new StringReader(Text(model)));

    private static string Text(ThemeModel model)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        model.Write(writer);
        return writer.ToString();
    }

    /// <summary>Every weight of a model, keyed <c>feature#theme</c>.</summary>
    private static Dictionary<string, float> Rows(ThemeModel model)
    {
        var rows = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var line in Text(model).Split('\n').Skip(4).Where(l => l.Length > 0))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            foreach (var entry in line[(tab + 1)..].Split(' '))
            {
                var colon = entry.IndexOf(':', StringComparison.Ordinal);
                rows[$"{line[..tab]}#{entry[..colon]}"] = float.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return rows;
    }
}
