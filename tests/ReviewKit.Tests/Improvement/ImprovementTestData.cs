using System.Collections.Immutable;
using ReviewKit.Improvement;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Tests.Improvement;

/// <summary>Builders of observations for the improvement-loop tests.</summary>
internal static class ImprovementTestData
{
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);
    public static readonly string[] Themes = ["delivery", "information", "promise-gap", "service", "reception", "price"];
    public static readonly string[] Locations = ["paris", "lyon", "nantes"];
    public static readonly ReviewSource[] Sources = [ReviewSource.Google, ReviewSource.Trustpilot, ReviewSource.Booking];

    public static ReviewObservation Obs(
        Instant at,
        double? rating = 0.25,
        bool negative = true,
        string[]? themes = null,
        Severity? severity = Severity.Medium,
        string? location = "paris",
        string? id = null,
        ReviewSource? source = null,
        bool recovered = false,
        string? dimension = null) =>
        new(at, source ?? ReviewSource.Google, rating, negative, themes is null ? [] : [.. themes], severity, location, dimension, id, recovered);

    /// <summary>Random but valid observations over about 120 days, with ties on purpose (few instants, few ids).</summary>
    public static ReviewObservation[] RandomObservations(int seed, int count)
    {
        var rng = new Random(seed);
        var result = new ReviewObservation[count];
        for (var i = 0; i < count; i++)
        {
            var stars = rng.Next(0, 6); // 0 = unrated
            double? rating = stars == 0 ? null : (stars - 1) / 4.0;
            var negative = stars is 1 or 2 || (stars == 0 && rng.Next(2) == 0);
            var themeCount = rng.Next(0, 4);
            var themes = ImmutableArray.CreateBuilder<string>(themeCount);
            for (var t = 0; t < themeCount; t++)
            {
                themes.Add(Themes[rng.Next(Themes.Length)]);
            }

            Severity? severity = rng.Next(5) is var s && s == 4 ? null : (Severity)s;
            result[i] = new ReviewObservation(
                Start + Duration.FromHours(rng.Next(0, 120 * 24)),
                Sources[rng.Next(Sources.Length)],
                rating,
                negative,
                themes.ToImmutable(),
                severity,
                rng.Next(5) == 0 ? null : Locations[rng.Next(Locations.Length)],
                rng.Next(3) == 0 ? null : "line-" + rng.Next(2),
                rng.Next(4) == 0 ? null : "r-" + rng.Next(0, count),
                negative && rng.Next(3) == 0);
        }

        return result;
    }

    public static AggregateTable Aggregate(IEnumerable<ReviewObservation> observations, AggregationOptions? options = null)
    {
        var aggregator = new ReviewAggregator(options);
        aggregator.AddRange(observations);
        return aggregator.ToTable();
    }
}
