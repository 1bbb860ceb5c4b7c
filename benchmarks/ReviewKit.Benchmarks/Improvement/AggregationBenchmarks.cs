using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ReviewKit.Improvement;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Benchmarks.Improvement;

/// <summary>
/// One streaming pass of the period aggregator (monthly, by location: 50 locations x 12 months = 600 groups, 20 themes,
/// 0 to 3 themes per review), against the naive LINQ GroupBy a host would write, on 1,000,000 observations; then the same
/// aggregator over 10,000,000 observations. The observations cycle through a pool of 65,536 pre-built ones so that the
/// measure is the aggregation, not the generation (the analysis that produces themes is measured by its own benchmarks).
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private const int PoolSize = 1 << 16;
    private ReviewObservation[] _pool = [];
    private ReviewObservation[] _million = [];
    private readonly AggregationOptions _options = new(PeriodGranularity.Month, DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    [GlobalSetup]
    public void Setup()
    {
        _pool = Observations(PoolSize, 42);
        _million = new ReviewObservation[1_000_000];
        for (var i = 0; i < _million.Length; i++)
        {
            _million[i] = _pool[i & (PoolSize - 1)];
        }
    }

    public static ReviewObservation[] Observations(int count, int seed)
    {
        var rng = new Random(seed);
        var themes = Enumerable.Range(0, 20).Select(i => "theme-" + i).ToArray();
        var locations = Enumerable.Range(0, 50).Select(i => "store-" + i).ToArray();
        ReviewSource[] sources = [ReviewSource.Google, ReviewSource.Trustpilot, ReviewSource.Booking];
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var result = new ReviewObservation[count];
        for (var i = 0; i < count; i++)
        {
            var stars = rng.Next(1, 6);
            var themeCount = rng.Next(0, 4);
            var ids = ImmutableArray.CreateBuilder<string>(themeCount);
            for (var t = 0; t < themeCount; t++)
            {
                ids.Add(themes[rng.Next(themes.Length)]);
            }

            result[i] = new ReviewObservation(
                start + Duration.FromMinutes(rng.Next(0, 365 * 24 * 60)),
                sources[rng.Next(sources.Length)],
                (stars - 1) / 4.0,
                stars <= 2,
                ids.MoveToImmutable(),
                stars <= 2 ? (Severity)rng.Next(0, 4) : null,
                locations[rng.Next(locations.Length)],
                reviewId: "r-" + i);
        }

        return result;
    }

    [Benchmark(Baseline = true, Description = "LINQ GroupBy, 1M")]
    public int LinqGroupBy1M()
    {
        var zone = _options.Zone;
        var groups = _million
            .GroupBy(o => (Month: new LocalDate(o.ReceivedAt.InZone(zone).Year, o.ReceivedAt.InZone(zone).Month, 1), o.LocationId))
            .Select(g => new
            {
                g.Key,
                Volume = g.Count(),
                Negative = g.Count(o => o.IsNegative),
                MeanRating = g.Where(o => o.NormalizedRating is not null).Select(o => o.NormalizedRating!.Value).DefaultIfEmpty().Average(),
                Histogram = g.Where(o => o.NormalizedRating is not null).GroupBy(o => Math.Min(4, (int)(o.NormalizedRating!.Value * 5))).ToDictionary(h => h.Key, h => h.Count()),
                Severity = g.GroupBy(o => o.Severity).ToDictionary(s => s.Key?.ToString() ?? "none", s => s.Count()),
                Themes = g.SelectMany(o => o.ThemeIds.Distinct()).GroupBy(t => t).ToDictionary(t => t.Key, t => t.Count()),
            })
            .ToList();
        return groups.Count;
    }

    [Benchmark(Description = "ReviewAggregator, 1M")]
    public int Aggregator1M()
    {
        var aggregator = new ReviewAggregator(_options);
        aggregator.AddRange(_million);
        return aggregator.ToTable().Groups.Count;
    }

    [Benchmark(Description = "ReviewAggregator, 10M single pass", OperationsPerInvoke = 1)]
    public int Aggregator10M()
    {
        var aggregator = new ReviewAggregator(_options);
        var pool = _pool;
        for (var i = 0; i < 10_000_000; i++)
        {
            aggregator.Add(in pool[i & (PoolSize - 1)]);
        }

        return aggregator.ToTable().Groups.Count;
    }
}
