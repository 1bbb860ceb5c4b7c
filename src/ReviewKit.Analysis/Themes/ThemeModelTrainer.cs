using System.Globalization;
using ReviewKit.Reviews;

namespace ReviewKit.Analysis.Themes;

/// <summary>One annotated review to learn from: its text, language and the themes a reader found in it.</summary>
internal sealed class ThemeExample
{
    public ThemeExample(string id, string text, LanguageTag language, IReadOnlyCollection<string> themes, string group)
    {
        Id = id;
        Text = text;
        Language = language;
        Themes = themes;
        Group = group;
    }

    /// <summary>Gets the example's id in its file.</summary>
    public string Id { get; }

    /// <summary>Gets the review text.</summary>
    public string Text { get; }

    /// <summary>Gets the language it is written in.</summary>
    public LanguageTag Language { get; }

    /// <summary>Gets the theme ids it carries.</summary>
    public IReadOnlyCollection<string> Themes { get; }

    /// <summary>Gets who wrote it (a batch name): cross-validation holds out one writer at a time.</summary>
    public string Group { get; }

    /// <summary>
    /// Reads the development set the shipped model learns from (never the blind set): <c>annotated_reviews.tsv</c>, whose
    /// rows are by two writers (a: fr-001..155 and en-001..159; b: the rest), and each <c>annotated_reviews_X.tsv</c>, whose
    /// rows are by writer X.
    /// </summary>
    /// <param name="directory">The folder of the files (the analyzer tests' <c>Data</c> folder, or a copy of it).</param>
    /// <returns>The examples, in file order.</returns>
    public static List<ThemeExample> ReadDevelopmentSet(string directory)
    {
        var examples = new List<ThemeExample>();
        foreach (var e in Read(Path.Combine(directory, "annotated_reviews.tsv"), "a"))
        {
            var number = int.Parse(e.Id.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture);
            var second = e.Id.StartsWith("fr", StringComparison.Ordinal) ? number > 155 : number > 159;
            examples.Add(second ? new ThemeExample(e.Id, e.Text, e.Language, e.Themes, "b") : e);
        }

        foreach (var path in Directory.GetFiles(directory, "annotated_reviews_*.tsv").Order(StringComparer.Ordinal))
        {
            examples.AddRange(Read(path, Path.GetFileNameWithoutExtension(path)));
        }

        return examples;
    }

    /// <summary>
    /// Reads an annotated review file (tab-separated, header <c>id lang text themes risks negative notes</c>; see the test
    /// data's README); the group of a row is the letters after the language prefix of its id (<c>fr-c012</c>: c), or
    /// <paramref name="defaultGroup"/> when there are none.
    /// </summary>
    public static List<ThemeExample> Read(string path, string defaultGroup)
    {
        var examples = new List<ThemeExample>();
        var lines = File.ReadAllLines(path);
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }

            var f = lines[n].Split('\t');
            if (f.Length != 7)
            {
                throw new FormatException($"{path}:{n + 1}: expected 7 tab-separated fields, found {f.Length}.");
            }

            var letters = new string([.. f[0].Skip(3).TakeWhile(char.IsLetter)]);
            var themes = f[3].Length == 0 ? [] : f[3].Split(',');
            examples.Add(new ThemeExample(f[0], f[2], f[1] == "fr" ? LanguageTag.French : LanguageTag.English, themes, letters.Length > 0 ? letters : defaultGroup));
        }

        return examples;
    }
}

/// <summary>How a theme model is trained.</summary>
internal sealed class ThemeTrainingSettings
{
    /// <summary>Gets the settings of the shipped model, chosen by leave-one-writer-out cross-validation (<c>themes-cv</c>).</summary>
    public static ThemeTrainingSettings Shipped { get; } = new() { Features = new ThemeFeatureSettings(6, pairs: true, polarity: false), Threshold = 0.3 };

    /// <summary>Gets how words become features.</summary>
    public required ThemeFeatureSettings Features { get; init; }

    /// <summary>Gets the L2 penalty on the weights (not on the biases), per example.</summary>
    public double L2 { get; init; } = 1e-3;

    /// <summary>Gets the number of full passes of gradient descent.</summary>
    public int Iterations { get; init; } = 300;

    /// <summary>Gets the step size of the AdaGrad updates.</summary>
    public double LearningRate { get; init; } = 0.5;

    /// <summary>Gets in how many training examples a word or pair feature must appear to be learned.</summary>
    public int MinExamples { get; init; } = 2;

    /// <summary>Gets the probability from which a theme is reported; folded into the biases of the trained model.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Gets the smallest absolute weight the model keeps.</summary>
    public float MinWeight { get; init; } = 0.01f;

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Features}, L2 {L2}, {Iterations} iterations, rate {LearningRate}, min examples {MinExamples}, threshold {Threshold}");
}

/// <summary>
/// Trains a <see cref="ThemeModel"/>: one L2-regularised logistic regression per theme, fitted by full-batch AdaGrad
/// gradient descent over the features an analyzer without a learned model reads. Deterministic: the same examples and
/// settings give the same model.
/// </summary>
internal static class ThemeModelTrainer
{
    /// <summary>Reads the features of each example once, for training or scoring many models.</summary>
    /// <param name="engine">An engine without a learned model (its patterns give the pattern features).</param>
    /// <param name="examples">The examples.</param>
    /// <param name="settings">How words become features.</param>
    /// <returns>Each example's features in text form with their values, summed when a feature repeats.</returns>
    public static List<Dictionary<string, float>> Extract(AnalysisEngine engine, IReadOnlyList<ThemeExample> examples, ThemeFeatureSettings settings)
    {
        var result = new List<Dictionary<string, float>>(examples.Count);
        foreach (var example in examples)
        {
            var sink = new Collector(new Dictionary<string, float>(StringComparer.Ordinal));
            engine.Features(example.Text, example.Language, settings, ref sink);
            result.Add(sink.Features);
        }

        return result;
    }

    /// <summary>Trains a model.</summary>
    /// <param name="themes">The theme ids the model scores.</param>
    /// <param name="examples">The training examples.</param>
    /// <param name="features">Their features, from <see cref="Extract"/> with <paramref name="settings"/>' feature settings.</param>
    /// <param name="settings">The training settings.</param>
    /// <returns>The model.</returns>
    public static ThemeModel Train(string[] themes, IReadOnlyList<ThemeExample> examples, IReadOnlyList<Dictionary<string, float>> features, ThemeTrainingSettings settings)
    {
        // The vocabulary: pattern and review features always, words and pairs seen in enough examples; ordinal order.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in features)
        {
            foreach (var key in row.Keys)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var vocabulary = counts
            .Where(c => c.Value >= settings.MinExamples || c.Key[0] is 'p' or 'c' or 'r')
            .Select(c => c.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var index = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var f = 0; f < vocabulary.Length; f++)
        {
            index[vocabulary[f]] = f;
        }

        // Rows as sparse (feature, value) lists, in vocabulary order for a deterministic sum.
        var rows = new (int Feature, float Value)[features.Count][];
        for (var r = 0; r < features.Count; r++)
        {
            rows[r] = [.. features[r].Where(kv => index.ContainsKey(kv.Key)).Select(kv => (index[kv.Key], kv.Value)).OrderBy(x => x.Item1)];
        }

        var k = themes.Length;
        var labels = new bool[examples.Count * k];
        for (var r = 0; r < examples.Count; r++)
        {
            foreach (var theme in examples[r].Themes)
            {
                var t = Array.IndexOf(themes, theme);
                if (t >= 0)
                {
                    labels[(r * k) + t] = true;
                }
            }
        }

        var weights = new double[vocabulary.Length * k];
        var bias = new double[k];
        var gradW = new double[weights.Length];
        var gradB = new double[k];
        var accW = new double[weights.Length];
        var accB = new double[k];
        var n = (double)examples.Count;
        for (var iteration = 0; iteration < settings.Iterations; iteration++)
        {
            Array.Clear(gradW);
            Array.Clear(gradB);
            for (var r = 0; r < rows.Length; r++)
            {
                for (var t = 0; t < k; t++)
                {
                    var z = bias[t];
                    foreach (var (f, v) in rows[r])
                    {
                        z += weights[(f * k) + t] * v;
                    }

                    var error = ThemeModel.Sigmoid(z) - (labels[(r * k) + t] ? 1 : 0);
                    gradB[t] += error / n;
                    foreach (var (f, v) in rows[r])
                    {
                        gradW[(f * k) + t] += error * v / n;
                    }
                }
            }

            for (var i = 0; i < weights.Length; i++)
            {
                var g = gradW[i] + (settings.L2 * weights[i]);
                accW[i] += g * g;
                weights[i] -= settings.LearningRate * g / (Math.Sqrt(accW[i]) + 1e-8);
            }

            for (var t = 0; t < k; t++)
            {
                accB[t] += gradB[t] * gradB[t];
                bias[t] -= settings.LearningRate * gradB[t] / (Math.Sqrt(accB[t]) + 1e-8);
            }
        }

        // Report from settings.Threshold: shift the biases so that the model's one half is that threshold.
        var shift = Math.Log(settings.Threshold / (1 - settings.Threshold));
        return ThemeModel.Create(
            settings.Features,
            themes,
            [.. bias.Select(b => (float)(b - shift))],
            vocabulary,
            [.. weights.Select(w => (float)w)],
            settings.MinWeight);
    }

    /// <summary>Collects features in text form (<c>w:retard</c>), summing repeats.</summary>
    private readonly struct Collector : IThemeFeatureSink
    {
        public Collector(Dictionary<string, float> features) => Features = features;

        public Dictionary<string, float> Features { get; }

        public void Add(ThemeFeatureKind kind, ReadOnlySpan<char> key, int firstToken, int lastToken, float value)
        {
            var name = $"{ThemeFeatures.Prefix(kind)}:{key}";
            Features[name] = Features.GetValueOrDefault(name) + value;
        }
    }
}
