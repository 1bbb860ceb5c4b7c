using System.Globalization;
using ReviewKit.Analysis;

namespace ReviewKit.Benchmarks.Analysis;

/// <summary>
/// The naive baseline: lower-case the text, split it on white space and punctuation, and sum the lexicon scores of the
/// words (VADER for English, AFINN-fr for French). No negation, no boosters, no domain words, no themes.
/// </summary>
public sealed class NaiveLexiconSum
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '’', '-', '/'];

    private readonly Dictionary<string, double> _english;
    private readonly Dictionary<string, double> _french;

    public NaiveLexiconSum()
    {
        _english = Load("vader_lexicon.txt", 1.0);
        _french = Load("AFINN-fr-165.txt", 0.8);
    }

    /// <summary>Scores a text: the sum of its words' valences.</summary>
    public double Score(string text, bool french)
    {
        var lexicon = french ? _french : _english;
        double sum = 0;
        foreach (var word in text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (lexicon.TryGetValue(word, out var v))
            {
                sum += v;
            }
        }

        return sum;
    }

    private static Dictionary<string, double> Load(string resource, double scale)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        using var stream = typeof(ReviewAnalyzer).Assembly.GetManifestResourceStream("ReviewKit.Analysis.Resources." + resource)
            ?? throw new InvalidOperationException($"Resource {resource} not found.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                result.TryAdd(parts[0], v * scale);
            }
        }

        return result;
    }
}
