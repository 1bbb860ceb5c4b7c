using BenchmarkDotNet.Attributes;
using ReviewKit.Improvement;

namespace ReviewKit.Benchmarks.Improvement;

/// <summary>
/// Merging 1,000 partial aggregate tables, as a host does after aggregating per partition or per machine; baseline: folding
/// them pairwise. Each partial aggregates <see cref="ObservationsPerPartial"/> observations of 50 locations over a year
/// (monthly, by location): with 10 per partial, about 10 groups and 15 theme entries per table; with 2,000, about 580 groups
/// and 2,600 theme entries per table (2.6 million theme entries to merge in all).
/// </summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private AggregateTable[] _partials = [];

    [Params(10, 2000)]
    public int ObservationsPerPartial { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new AggregationOptions(PeriodGranularity.Month, DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        var observations = AggregationBenchmarks.Observations(1000 * ObservationsPerPartial, 7);
        _partials = new AggregateTable[1000];
        for (var p = 0; p < _partials.Length; p++)
        {
            var aggregator = new ReviewAggregator(options);
            aggregator.AddRange(observations.AsSpan(p * ObservationsPerPartial, ObservationsPerPartial));
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

    /// <summary>
    /// The merge and then every group's <see cref="ReviewStatistics"/> and theme dictionary read once: a table builds the
    /// statistics of a group when it is first read, so this is the full cost for a host that reads the whole result.
    /// </summary>
    [Benchmark(Description = "Merge all at once, then read every group")]
    public long MergeAllAndRead()
    {
        var total = 0L;
        foreach (var (_, stats) in AggregateTable.Merge(_partials).Groups)
        {
            total += stats.Volume + stats.Themes.Count;
        }

        return total;
    }
}
