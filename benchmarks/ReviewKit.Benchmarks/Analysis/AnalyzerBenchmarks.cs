using BenchmarkDotNet.Attributes;
using ReviewKit.Analysis;

namespace ReviewKit.Benchmarks.Analysis;

/// <summary>
/// Full analysis (language, sentiment, themes, risks) of a one-sentence review and of a 300-character review, beside a
/// naive split-and-lookup lexicon sum (lower-case, split, one dictionary lookup per word: no language detection, no rules,
/// no themes).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const string Sentence = "Colis livré avec deux semaines de retard et personne au service client pour répondre.";

    private const string Review300 =
        "We booked a double room for three nights. Check-in took 40 minutes because only one receptionist was on duty, "
        + "and she was quite rude. The room was small and the bathroom was not clean, with hair in the shower. "
        + "Breakfast was fine but overpriced. I asked for a refund of the parking fee and never got an answer.";

    private ReviewAnalyzer _analyzer = null!;
    private NaiveLexiconSum _naive = null!;
    private string _text = null!;

    /// <summary>Gets or sets which text is analysed.</summary>
    [Params("sentence", "300 chars")]
    public string Text { get; set; } = "sentence";

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = ReviewAnalyzer.CreateDefault();
        _naive = new NaiveLexiconSum();
        _text = Text == "sentence" ? Sentence : Review300;
        _ = _analyzer.Analyze(_text);
    }

    [Benchmark(Baseline = true)]
    public double NaiveSplitAndLookup() => _naive.Score(_text, french: Text == "sentence");

    [Benchmark]
    public ReviewAnalysis Analyze() => _analyzer.Analyze(_text);
}
