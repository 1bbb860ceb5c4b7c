namespace ReviewKit.Improvement;

/// <summary>The outcome of one run of the <see cref="WeakSignalDetector"/>: every series' result and the signals among them.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeakSignalReport
{
    internal WeakSignalReport(WeakSignalOptions options, IReadOnlyList<WeakSignal> results)
    {
        Options = options;
        Results = results;
        Signals = results.Where(r => r.IsSignal).ToArray();
        TestedCount = results.Count(r => r.IsTested);
    }

    /// <summary>Gets the options the detector ran with.</summary>
    public WeakSignalOptions Options { get; }

    /// <summary>Gets every series' result, smallest p-value first (ties by theme, then location, ordinal).</summary>
    public IReadOnlyList<WeakSignal> Results { get; }

    /// <summary>Gets the signals, smallest p-value first.</summary>
    public IReadOnlyList<WeakSignal> Signals { get; }

    /// <summary>Gets the number of series tested together (the m of the Benjamini–Hochberg procedure).</summary>
    public int TestedCount { get; }
}
