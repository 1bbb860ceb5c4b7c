using System.Globalization;
using System.Text;
using ReviewKit.Analysis.Sentiment;

namespace ReviewKit.Analysis.Themes;

/// <summary>
/// A learned theme model: for each theme, a logistic regression over the features of <see cref="ThemeFeatures"/> (word
/// stems, negated stems, stems of positive sentences, stem pairs, each category's pattern weight, the review's verdict).
/// A theme is reported when its probability reaches one half; the training folds its chosen decision threshold into the
/// biases, so that the probability stays comparable with <see cref="AnalysisOptions.MinThemeConfidence"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Weights are stored sparsely: each feature row lists only the themes it moves.</remarks>
internal sealed class ThemeModel
{
    /// <summary>The first line of the text form.</summary>
    public const string Header = "# ReviewKit theme model";

    /// <summary>The name of the shipped model's embedded resource (<c>Resources/theme-model.tsv</c>).</summary>
    public const string ResourceName = "theme-model.tsv";

    private static readonly Lazy<ThemeModel> ShippedModel = new(
        () =>
        {
            using var reader = new StreamReader(RawLexicons.OpenResource(ResourceName));
            return Read(reader);
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanMap<int>[] _rows;
    private readonly int[] _rowStart;
    private readonly byte[] _entryTheme;
    private readonly float[] _entryWeight;

    private ThemeModel(ThemeFeatureSettings settings, string[] themes, float[] bias, SpanMap<int>[] rows, int[] rowStart, byte[] entryTheme, float[] entryWeight)
    {
        Settings = settings;
        Themes = themes;
        Bias = bias;
        _rows = rows;
        _rowStart = rowStart;
        _entryTheme = entryTheme;
        _entryWeight = entryWeight;
    }

    /// <summary>Gets the model shipped with the package, trained on ReviewKit's development reviews; read once per process.</summary>
    public static ThemeModel Shipped => ShippedModel.Value;

    /// <summary>Gets how the features are read.</summary>
    public ThemeFeatureSettings Settings { get; }

    /// <summary>Gets the ids of the themes the model scores, in output order.</summary>
    public string[] Themes { get; }

    /// <summary>Gets each theme's bias (log-odds with no feature).</summary>
    public float[] Bias { get; }

    /// <summary>Gets the number of features.</summary>
    public int FeatureCount => _rowStart.Length - 1;

    /// <summary>Builds a model from dense weights, dropping the weights too small to matter.</summary>
    /// <param name="settings">How features are read.</param>
    /// <param name="themes">The theme ids (at most 255).</param>
    /// <param name="bias">Each theme's bias.</param>
    /// <param name="features">The features in text form (<c>w:retard</c>), distinct.</param>
    /// <param name="weights">The weight of feature <c>f</c> for theme <c>t</c> at <c>f * themes.Length + t</c>.</param>
    /// <param name="minWeight">The smallest absolute weight kept.</param>
    /// <returns>The model.</returns>
    public static ThemeModel Create(ThemeFeatureSettings settings, string[] themes, float[] bias, IReadOnlyList<string> features, float[] weights, float minWeight)
    {
        var rows = new List<(string Feature, List<(byte Theme, float Weight)> Entries)>();
        for (var f = 0; f < features.Count; f++)
        {
            var entries = new List<(byte, float)>();
            for (var t = 0; t < themes.Length; t++)
            {
                var w = Round(weights[(f * themes.Length) + t]);
                if (Math.Abs(w) >= minWeight)
                {
                    entries.Add(((byte)t, w));
                }
            }

            if (entries.Count > 0)
            {
                rows.Add((features[f], entries));
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Feature, b.Feature));
        return Assemble(settings, themes, [.. bias.Select(Round)], rows);
    }

    /// <summary>Reads a model from its text form.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="FormatException">The text is not a theme model.</exception>
    public static ThemeModel Read(TextReader reader)
    {
        if (reader.ReadLine() != Header)
        {
            throw new FormatException("Not a ReviewKit theme model: the first line must be '" + Header + "'.");
        }

        var settings = ParseSettings(Fields(reader.ReadLine(), "settings"));
        var themes = Fields(reader.ReadLine(), "themes");
        var bias = Fields(reader.ReadLine(), "bias").Select(Parse).ToArray();
        if (themes.Length is 0 or > 255 || bias.Length != themes.Length)
        {
            throw new FormatException("A theme model has 1 to 255 themes and one bias per theme.");
        }

        var rows = new List<(string, List<(byte, float)>)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 3 || line[1] != ':' || !ThemeFeatures.TryParseKind(line[0], out _))
            {
                throw new FormatException($"Not a feature row: '{line}'.");
            }

            var entries = new List<(byte, float)>(themes.Length);
            foreach (var range in line.AsSpan(tab + 1).Split(' '))
            {
                // Spans, not substrings: the shipped model has some 150,000 entries, read at first use.
                var entry = line.AsSpan(tab + 1)[range];
                var colon = entry.IndexOf(':');
                if (colon <= 0
                    || !int.TryParse(entry[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var theme)
                    || !float.TryParse(entry[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                {
                    throw new FormatException($"Feature row '{line[..tab]}' has an entry that is not 'theme:weight': '{entry}'.");
                }

                if (theme >= themes.Length)
                {
                    throw new FormatException($"Feature row '{line[..tab]}' names theme {theme}; the model has {themes.Length}.");
                }

                entries.Add(((byte)theme, weight));
            }

            rows.Add((line[..tab], entries));
        }

        return Assemble(settings, themes, bias, rows);
    }

    /// <summary>Writes the model's text form: a header, the settings, the themes, the biases, then one row per feature.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(TextWriter writer)
    {
        writer.Write(Header + "\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"settings\tstem={Settings.StemLength}\tpairs={(Settings.Pairs ? 1 : 0)}\tpolarity={(Settings.Polarity ? 1 : 0)}\n"));
        writer.Write("themes\t" + string.Join('\t', Themes) + "\n");
        writer.Write("bias\t" + string.Join('\t', Bias.Select(Format)) + "\n");
        var line = new StringBuilder();
        for (var kind = 0; kind < _rows.Length; kind++)
        {
            var keys = _rows[kind].Keys;
            for (var k = 0; k < keys.Length; k++)
            {
                _rows[kind].TryGetValue(keys[k], out var row);
                line.Clear().Append(ThemeFeatures.Prefix((ThemeFeatureKind)kind)).Append(':').Append(keys[k]).Append('\t');
                for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
                {
                    line.Append(e > _rowStart[row] ? " " : string.Empty).Append(_entryTheme[e]).Append(':').Append(Format(_entryWeight[e]));
                }

                writer.Write(line.Append('\n'));
            }
        }
    }

    /// <summary>
    /// Adds a feature's weights to the scores and, for a feature with tokens, remembers it as a theme's evidence when it
    /// weighs more for that theme than any feature before.
    /// </summary>
    /// <param name="kind">The kind of feature.</param>
    /// <param name="key">Its key.</param>
    /// <param name="value">Its value.</param>
    /// <param name="scores">One score per theme.</param>
    /// <param name="best">The heaviest evidence weight so far, per theme.</param>
    /// <param name="bestTokens">The first and last token of that evidence, two per theme.</param>
    /// <param name="firstToken">The feature's first token, or -1 for a feature of the whole review.</param>
    /// <param name="lastToken">The feature's last token.</param>
    public void Add(ThemeFeatureKind kind, ReadOnlySpan<char> key, float value, Span<float> scores, Span<float> best, Span<int> bestTokens, int firstToken, int lastToken)
    {
        if (!_rows[(int)kind].TryGetValue(key, out var row))
        {
            return;
        }

        for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
        {
            var theme = _entryTheme[e];
            var weight = _entryWeight[e];
            scores[theme] += weight * value;
            if (firstToken >= 0 && weight > best[theme])
            {
                best[theme] = weight;
                bestTokens[2 * theme] = firstToken;
                bestTokens[(2 * theme) + 1] = lastToken;
            }
        }
    }

    /// <summary>Each theme's probability for features in text form (<c>w:retard</c>), as training collects them.</summary>
    /// <param name="features">The features and their values.</param>
    /// <returns>One probability per theme, in <see cref="Themes"/> order.</returns>
    public double[] Probabilities(IEnumerable<KeyValuePair<string, float>> features)
    {
        var scores = (float[])Bias.Clone();
        foreach (var (name, value) in features)
        {
            if (ThemeFeatures.TryParseKind(name[0], out var kind))
            {
                Add(kind, name.AsSpan(2), value, scores, default, default, -1, -1);
            }
        }

        return [.. scores.Select(s => Sigmoid(s))];
    }

    /// <summary>The logistic function: the probability of a score in log-odds.</summary>
    public static double Sigmoid(double score) => 1 / (1 + Math.Exp(-score));

    private static ThemeModel Assemble(ThemeFeatureSettings settings, string[] themes, float[] bias, List<(string Feature, List<(byte Theme, float Weight)> Entries)> rows)
    {
        var kinds = Enum.GetValues<ThemeFeatureKind>().Length;
        var keys = new List<string>[kinds];
        var indexes = new List<int>[kinds];
        for (var k = 0; k < kinds; k++)
        {
            keys[k] = [];
            indexes[k] = [];
        }

        var rowStart = new int[rows.Count + 1];
        var total = rows.Sum(r => r.Entries.Count);
        var entryTheme = new byte[total];
        var entryWeight = new float[total];
        var n = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var (feature, entries) = rows[r];
            ThemeFeatures.TryParseKind(feature[0], out var kind);
            keys[(int)kind].Add(feature[2..]);
            indexes[(int)kind].Add(r);
            rowStart[r] = n;
            foreach (var (theme, weight) in entries)
            {
                entryTheme[n] = theme;
                entryWeight[n++] = weight;
            }
        }

        rowStart[rows.Count] = n;
        var maps = new SpanMap<int>[kinds];
        for (var k = 0; k < kinds; k++)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in keys[k])
            {
                if (!distinct.Add(key))
                {
                    throw new FormatException($"Feature '{ThemeFeatures.Prefix((ThemeFeatureKind)k)}:{key}' appears twice.");
                }
            }

            maps[k] = new SpanMap<int>([.. keys[k]], [.. indexes[k]]);
        }

        return new ThemeModel(settings, themes, bias, maps, rowStart, entryTheme, entryWeight);
    }

    private static ThemeFeatureSettings ParseSettings(string[] fields)
    {
        int stem = 0, pairs = -1, polarity = -1;
        foreach (var field in fields)
        {
            var eq = field.IndexOf('=', StringComparison.Ordinal);
            var value = eq > 0 ? int.Parse(field.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture) : -1;
            switch (eq > 0 ? field[..eq] : field)
            {
                case "stem": stem = value; break;
                case "pairs": pairs = value; break;
                case "polarity": polarity = value; break;
                default: throw new FormatException($"Unknown theme model setting '{field}'.");
            }
        }

        if (pairs is not (0 or 1) || polarity is not (0 or 1))
        {
            throw new FormatException("A theme model's settings give stem=N, pairs=0|1 and polarity=0|1.");
        }

        return new ThemeFeatureSettings(stem, pairs == 1, polarity == 1);
    }

    private static string[] Fields(string? line, string name)
    {
        if (line is null || !line.StartsWith(name + "\t", StringComparison.Ordinal))
        {
            throw new FormatException($"A theme model's '{name}' line is missing.");
        }

        return line.Split('\t')[1..];
    }

    private static float Round(float value) => MathF.Round(value, 3);

    private static float Parse(string text) => float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Format(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
