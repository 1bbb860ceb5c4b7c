using System.Globalization;
using ReviewKit.Analysis;
using ReviewKit.Analysis.Themes;

namespace ReviewKit.Benchmarks.Analysis;

/// <summary>
/// <c>themes-cv</c>: how well would a learned theme model read reviews by a writer it has never seen? Leave-one-writer-out
/// cross-validation over the development files (never the blind set): for each writer, train on the others, score that
/// writer's rows; print micro precision and recall per held-out writer and pooled, at several thresholds, for a grid of
/// settings, beside the patterns alone (which were tuned on these rows, so their figures are optimistic).
/// </summary>
internal static class ThemeModelCrossValidation
{
    private static readonly double[] Thresholds = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];

    public static int Run(string[] args)
    {
        var examples = ThemeExample.ReadDevelopmentSet(Path.Combine(AppContext.BaseDirectory, "Data"));
        var themes = DefaultTaxonomy.Themes.Select(t => t.Id).ToArray();
        var groups = examples.Select(e => e.Group).Distinct().Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine($"Development examples: {examples.Count}, writers: {string.Join(", ", groups.Select(g => $"{g} ({examples.Count(e => e.Group == g)})"))}");

        var patterns = new AnalysisEngine(new AnalysisOptions(), themeModel: null);
        Console.WriteLine();
        Console.WriteLine("Patterns alone (tuned on the first two writers' rows):");
        var baseline = new Counts[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var e in examples.Where(e => e.Group == groups[g]))
            {
                var found = patterns.Analyze(e.Text, e.Language).Themes.Select(t => t.ThemeId).ToHashSet(StringComparer.Ordinal);
                baseline[g].Add(found, e.Themes);
            }
        }

        Print(groups, baseline);

        var grid = Grid(args);
        var cache = new Dictionary<ThemeFeatureSettings, List<Dictionary<string, float>>>();
        foreach (var settings in grid)
        {
            if (!cache.TryGetValue(settings.Features, out var features))
            {
                cache[settings.Features] = features = ThemeModelTrainer.Extract(patterns, examples, settings.Features);
                foreach (var drop in args.Where(a => a.StartsWith("--drop-", StringComparison.Ordinal)).Select(a => a["--drop-".Length..] + ":"))
                {
                    // For comparisons: leave one kind of feature out (--drop-c: no cue features).
                    features.ForEach(f => f.Keys.Where(k => k.StartsWith(drop, StringComparison.Ordinal)).ToList().ForEach(k => f.Remove(k)));
                }
            }

            var counts = new Counts[Thresholds.Length, groups.Length];
            var at = Array.IndexOf(args, "--at") is var a and >= 0 ? double.Parse(args[a + 1], CultureInfo.InvariantCulture) : -1;
            var perTheme = new Counts[themes.Length];
            var errors = new List<string>();
            var probabilities = OutOfFoldProbabilities(examples, features, settings);
            for (var i = 0; i < examples.Count; i++)
            {
                var g = Array.IndexOf(groups, examples[i].Group);
                var p = probabilities[i];
                if (at > 0)
                {
                    for (var t = 0; t < themes.Length; t++)
                    {
                        var expected = examples[i].Themes.Contains(themes[t]);
                        var found = p[t] >= at;
                        perTheme[t].TruePositives += expected && found ? 1 : 0;
                        perTheme[t].FalsePositives += !expected && found ? 1 : 0;
                        perTheme[t].FalseNegatives += expected && !found ? 1 : 0;
                        if (expected != found)
                        {
                            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{(found ? "FP" : "FN")} {themes[t]} p={p[t]:0.00} {examples[i].Id}: {examples[i].Text}"));
                        }
                    }
                }

                for (var h = 0; h < Thresholds.Length; h++)
                {
                    counts[h, g].Add(themes.Where((_, t) => p[t] >= Thresholds[h]).ToHashSet(StringComparer.Ordinal), examples[i].Themes);
                }
            }

            Console.WriteLine();
            Console.WriteLine($"Model: {settings}");
            if (at > 0)
            {
                for (var t = 0; t < themes.Length; t++)
                {
                    Console.WriteLine($"  {themes[t],-20} {perTheme[t]}  (support {perTheme[t].TruePositives + perTheme[t].FalseNegatives})");
                }

                if (args.Contains("--errors"))
                {
                    errors.Sort(StringComparer.Ordinal);
                    errors.ForEach(e => Console.WriteLine("  " + e));
                }
            }

            for (var h = 0; h < Thresholds.Length; h++)
            {
                var row = Enumerable.Range(0, groups.Length).Select(g => counts[h, g]).ToArray();
                var pooled = Counts.Sum(row);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {Thresholds[h]:0.00}: pooled {pooled}; by writer {string.Join("  ", row.Select((c, g) => $"{groups[g]} {c}"))}"));
            }
        }

        return 0;
    }

    /// <summary>
    /// <c>train-themes [path]</c>: trains the shipped model on every development file with the shipped settings and writes
    /// it (by default to <c>src/ReviewKit.Analysis/Resources/theme-model.tsv</c>, run from the repository root).
    /// </summary>
    public static int Train(string[] args)
    {
        var path = args.Length > 0 ? args[0] : Path.Combine("src", "ReviewKit.Analysis", "Resources", ThemeModel.ResourceName);
        var examples = ThemeExample.ReadDevelopmentSet(Path.Combine(AppContext.BaseDirectory, "Data"));
        var settings = ThemeTrainingSettings.Shipped;
        var engine = new AnalysisEngine(new AnalysisOptions(), themeModel: null);
        var model = ThemeModelTrainer.Train(
            [.. DefaultTaxonomy.Themes.Select(t => t.Id)], examples, ThemeModelTrainer.Extract(engine, examples, settings.Features), settings);
        using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
        {
            model.Write(writer);
        }

        Console.WriteLine($"Trained on {examples.Count} development reviews ({settings}): {model.FeatureCount} features, written to {path}.");
        return 0;
    }

    /// <summary>The settings to compare: each option takes comma-separated values (<c>--stem 5,6 --pairs 0,1 --polarity 0
    /// --l2 0.001 --iterations 300 --min 2</c>); an option not given takes the shipped setting.</summary>
    private static IEnumerable<ThemeTrainingSettings> Grid(string[] args)
    {
        var shipped = ThemeTrainingSettings.Shipped;
        string[] Values(string name, string fallback)
        {
            var at = Array.IndexOf(args, "--" + name);
            return (at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback).Split(',');
        }

        static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        foreach (var stem in Values("stem", shipped.Features.StemLength.ToString(CultureInfo.InvariantCulture)))
        foreach (var pairs in Values("pairs", shipped.Features.Pairs ? "1" : "0"))
        foreach (var polarity in Values("polarity", shipped.Features.Polarity ? "1" : "0"))
        foreach (var l2 in Values("l2", shipped.L2.ToString(CultureInfo.InvariantCulture)))
        foreach (var iterations in Values("iterations", shipped.Iterations.ToString(CultureInfo.InvariantCulture)))
        foreach (var min in Values("min", shipped.MinExamples.ToString(CultureInfo.InvariantCulture)))
        foreach (var rate in Values("rate", shipped.LearningRate.ToString(CultureInfo.InvariantCulture)))
        {
            yield return new ThemeTrainingSettings
            {
                Features = new ThemeFeatureSettings(int.Parse(stem, CultureInfo.InvariantCulture), pairs == "1", polarity == "1"),
                L2 = D(l2),
                Iterations = int.Parse(iterations, CultureInfo.InvariantCulture),
                MinExamples = int.Parse(min, CultureInfo.InvariantCulture),
                LearningRate = D(rate),
            };
        }
    }

    /// <summary>
    /// The themes each development review gets from a model trained with <paramref name="settings"/> on the other writers'
    /// reviews (leave one writer out), by review id.
    /// </summary>
    public static Dictionary<string, HashSet<string>> OutOfFold(List<ThemeExample> examples, ThemeTrainingSettings settings)
    {
        var themes = DefaultTaxonomy.Themes.Select(t => t.Id).ToArray();
        var features = ThemeModelTrainer.Extract(new AnalysisEngine(new AnalysisOptions(), themeModel: null), examples, settings.Features);
        var probabilities = OutOfFoldProbabilities(examples, features, settings);
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < examples.Count; i++)
        {
            result[examples[i].Id] = [.. themes.Where((_, t) => probabilities[i][t] >= 0.5)];
        }

        return result;
    }

    /// <summary>
    /// Leave one writer out: each example's theme probabilities from a model trained on the other writers' examples.
    /// </summary>
    private static double[][] OutOfFoldProbabilities(List<ThemeExample> examples, List<Dictionary<string, float>> features, ThemeTrainingSettings settings)
    {
        var themes = DefaultTaxonomy.Themes.Select(t => t.Id).ToArray();
        var result = new double[examples.Count][];
        foreach (var group in examples.Select(e => e.Group).Distinct())
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => examples[i].Group != group).ToArray();
            var model = ThemeModelTrainer.Train(themes, [.. train.Select(i => examples[i])], [.. train.Select(i => features[i])], settings);
            for (var i = 0; i < examples.Count; i++)
            {
                if (examples[i].Group == group)
                {
                    result[i] = model.Probabilities(features[i]);
                }
            }
        }

        return result;
    }

    private static void Print(string[] groups, Counts[] counts) =>
        Console.WriteLine($"  pooled {Counts.Sum(counts)}; by writer {string.Join("  ", counts.Select((c, g) => $"{groups[g]} {c}"))}");

    private struct Counts
    {
        public int TruePositives;
        public int FalsePositives;
        public int FalseNegatives;

        public static Counts Sum(IEnumerable<Counts> all)
        {
            var sum = default(Counts);
            foreach (var c in all)
            {
                sum.TruePositives += c.TruePositives;
                sum.FalsePositives += c.FalsePositives;
                sum.FalseNegatives += c.FalseNegatives;
            }

            return sum;
        }

        public void Add(IReadOnlySet<string> found, IReadOnlyCollection<string> expected)
        {
            foreach (var f in found)
            {
                if (expected.Contains(f))
                {
                    TruePositives++;
                }
                else
                {
                    FalsePositives++;
                }
            }

            FalseNegatives += expected.Count(e => !found.Contains(e));
        }

        public override readonly string ToString()
        {
            var p = TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);
            var r = TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return string.Create(CultureInfo.InvariantCulture, $"P {p:0.000} R {r:0.000} F {f:0.000}");
        }
    }
}
