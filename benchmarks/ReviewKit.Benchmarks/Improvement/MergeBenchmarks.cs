using BenchmarkDotNet.Attributes;
using ReviewKit.Improvement;

namespace ReviewKit.Benchmarks.Improvement;

/// <summary>
/// Merging 1,000 partial aggregate tables (each from 2,000 observations of 50 locations over a year: about 550 groups and
/// 20 themes per table), as a host does after aggregating per partition or per machine; baseline: merging them pairwise.
/// </summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private AggregateTable[] _partials = [];

    [GlobalSetup]
    public void Setup()
    {
        var options = new AggregationOptions(PeriodGranularity.Month, DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        var observations = AggregationBenchmarks.Observations(2_000_000, 7);
        _partials = new AggregateTable[1000];
        for (var p = 0; p < _partials.Length; p++)
        {
            var aggregator = new ReviewAggregator(options);
            aggregator.AddRange(observations.AsSpan(p * 2000, 2000));
            _partials[p] = aggregator.ToTable();
        }
    }

    [Benchmark(Baseline = true, Description = "Merge pairwise (fold), 1,000 tables")]
    public int MergePairwise()
    {
        var result = _partials[0];
        for (var i = 1; i < _partials.Length; i++)
        {
            result = AggregateTable.Merge(result, _partials[i]);
        }

        return result.Groups.Count;
    }

    [Benchmark(Description = "Merge all at once, 1,000 tables")]
    public int MergeAll() => AggregateTable.Merge(_partials).Groups.Count;
}
