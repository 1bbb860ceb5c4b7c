using BenchmarkDotNet.Attributes;
using ReviewKit.Analysis;
using ReviewKit.Benchmarks.Responses;
using ReviewKit.Responses;
using ReviewKit.Reviews;

namespace ReviewKit.Benchmarks.Analysis;

/// <summary>
/// The one language detector on the reply checker's 1,000-character French reply, tokenized once (as inside a check),
/// against the stop-word count the checker used before the detectors were merged (three stop words and twice as many
/// as the other language).
/// </summary>
[MemoryDiagnoser]
public class LanguageDetectorBenchmarks
{
    private static readonly HashSet<string> French = [.. ReplyLexicon.StopWords(french: true)];
    private static readonly HashSet<string> English = [.. ReplyLexicon.StopWords(french: false)];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchLookup = French.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();
    private TokenizedText _text;

    [GlobalSetup]
    public void Setup()
    {
        _text = TokenizedText.Create(ReplySamples.Reply(1_000));
        _ = LanguageDetector.Default.Detect(_text);
    }

    [GlobalCleanup]
    public void Cleanup() => _text.Dispose();

    [Benchmark(Baseline = true, Description = "Stop-word count (the checker's former detector)")]
    public LanguageTag StopWordCount()
    {
        int french = 0, english = 0;
        foreach (var token in _text.Tokens)
        {
            var word = _text.FoldedOf(token);
            french += FrenchLookup.Contains(word) ? 1 : 0;
            english += EnglishLookup.Contains(word) ? 1 : 0;
        }

        if (french >= 3 && french >= 2 * english)
        {
            return LanguageTag.French;
        }

        return english >= 3 && english >= 2 * french ? LanguageTag.English : LanguageTag.Undetermined;
    }

    [Benchmark(Description = "LanguageDetector.Default.Detect")]
    public LanguageTag Detect() => LanguageDetector.Default.Detect(_text);

    [Benchmark(Description = "LanguageDetector.Default.Detect, every word read")]
    public LanguageTag DetectEveryWord() => LanguageDetector.Default.Detect(_text, stopWhenCertain: false);
}
