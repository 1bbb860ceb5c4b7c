using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Improvement;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

/// <summary>The merge laws of the period aggregates, over random observation sets and random partitions.</summary>
public class AggregateTablePropertyTests
{
    /// <summary>Random observations cut in three random parts.</summary>
    public sealed record Parts(ReviewObservation[] All, ReviewObservation[] A, ReviewObservation[] B, ReviewObservation[] C, AggregationOptions Options)
    {
        public override string ToString() => $"{All.Length} observations split {A.Length}/{B.Length}/{C.Length}, {Options}";
    }

    private static readonly AggregationOptions[] OptionChoices =
    [
        new(PeriodGranularity.Month),
        new(PeriodGranularity.Week, DateTimeZoneProviders.Tzdb["Europe/Paris"], byLocation: true, bySource: true),
        new(PeriodGranularity.Day, DateTimeZoneProviders.Tzdb["America/Martinique"], byLocation: false, byDimension: true),
        new(PeriodGranularity.Quarter, null, byLocation: true, bySource: true, byDimension: true),
    ];

    public static Arbitrary<Parts> PartsArb() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from count in Gen.Choose(0, 300)
         from option in Gen.Choose(0, OptionChoices.Length - 1)
         select Split(seed, count, OptionChoices[option])).ToArbitrary();

    private static Parts Split(int seed, int count, AggregationOptions options)
    {
        var all = RandomObservations(seed, count);
        var rng = new Random(seed ^ 0x5bd1e995);
        var parts = all.GroupBy(_ => rng.Next(3)).ToDictionary(g => g.Key, g => g.ToArray());
        return new Parts(all, parts.GetValueOrDefault(0, []), parts.GetValueOrDefault(1, []), parts.GetValueOrDefault(2, []), options);
    }

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Merge_OfPartitionTables_EqualsTableOfTheUnion(Parts p) =>
        AggregateTable.Merge([Aggregate(p.A, p.Options), Aggregate(p.B, p.Options), Aggregate(p.C, p.Options)]) == Aggregate(p.All, p.Options);

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Merge_IsCommutative(Parts p) =>
        AggregateTable.Merge(Aggregate(p.A, p.Options), Aggregate(p.B, p.Options))
        == AggregateTable.Merge(Aggregate(p.B, p.Options), Aggregate(p.A, p.Options));

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Merge_IsAssociative(Parts p)
    {
        var (a, b, c) = (Aggregate(p.A, p.Options), Aggregate(p.B, p.Options), Aggregate(p.C, p.Options));
        return AggregateTable.Merge(AggregateTable.Merge(a, b), c) == AggregateTable.Merge(a, AggregateTable.Merge(b, c));
    }

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Merge_WithEmpty_IsIdentity(Parts p)
    {
        var table = Aggregate(p.All, p.Options);
        return AggregateTable.Merge(table, AggregateTable.Empty(p.Options)) == table
            && AggregateTable.Merge(AggregateTable.Empty(p.Options), table) == table;
    }

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Aggregate_IsIndependentOfObservationOrder(Parts p) =>
        Aggregate(p.All.Reverse(), p.Options) == Aggregate(p.All, p.Options);

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool StatisticsMerge_OfPartitions_EqualsStatisticsOfTheUnion(Parts p)
    {
        var total = Aggregate(p.All, p.Options).Total();
        var merged = ReviewStatistics.Merge(Aggregate(p.A, p.Options).Total(), ReviewStatistics.Merge(Aggregate(p.B, p.Options).Total(), Aggregate(p.C, p.Options).Total()));
        return merged == total && total.Volume == p.All.Length;
    }

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool RollUp_ToPeriodOnly_EqualsAggregatingWithoutGroupKeys(Parts p)
    {
        var coarse = new AggregationOptions(p.Options.Granularity, p.Options.Zone, byLocation: false);
        var rolled = Aggregate(p.All, p.Options).RollUp(k => k.PeriodOnly());
        var direct = Aggregate(p.All, coarse);
        return rolled.Groups.Count == direct.Groups.Count && direct.Groups.All(g => rolled[g.Key] == g.Value);
    }

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Statistics_MatchANaiveRecount(Parts p)
    {
        var total = Aggregate(p.All, p.Options).Total();
        var negatives = p.All.Count(o => o.IsNegative);
        var themeOk = ImprovementTestData.Themes.All(t => total.Theme(t).Count == p.All.Count(o => o.ThemeIds.Contains(t)));
        var rated = p.All.Where(o => o.NormalizedRating is not null).ToArray();
        var meanOk = rated.Length == 0 ? total.MeanRating is null : Math.Abs(total.MeanRating!.Value - rated.Average(o => o.NormalizedRating!.Value)) < 1e-9;
        return total.NegativeCount == negatives && themeOk && meanOk && total.RatingHistogram.Sum() == rated.Length
            && total.Severity.Total == p.All.Length && total.RecoveredCount == p.All.Count(o => o.IsRecovered);
    }

    /// <summary>Random observations cut in up to 24 random parts, some of them empty.</summary>
    public sealed record ManyParts(ReviewObservation[] All, ReviewObservation[][] Parts, AggregationOptions Options)
    {
        public override string ToString() => $"{All.Length} observations in {Parts.Length} parts, {Options}";
    }

    public static Arbitrary<ManyParts> ManyPartsArb() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from count in Gen.Choose(0, 400)
         from partCount in Gen.Choose(1, 24)
         from option in Gen.Choose(0, OptionChoices.Length - 1)
         select SplitMany(seed, count, partCount, OptionChoices[option])).ToArbitrary();

    private static ManyParts SplitMany(int seed, int count, int partCount, AggregationOptions options)
    {
        var all = RandomObservations(seed, count);
        var rng = new Random(seed ^ 0x27d4eb2d);
        var parts = new List<ReviewObservation>[partCount];
        for (var i = 0; i < partCount; i++)
        {
            parts[i] = [];
        }

        foreach (var o in all)
        {
            parts[rng.Next(partCount)].Add(o);
        }

        return new ManyParts(all, [.. parts.Select(p => p.ToArray())], options);
    }

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Merge_OfManyPartitionTables_EqualsTableOfTheUnion_WithADenseGridOrAHashMap(ManyParts p)
    {
        var tables = p.Parts.Select(part => Aggregate(part, p.Options)).ToArray();
        var direct = Aggregate(p.All, p.Options);
        return AggregateTable.Merge(tables) == direct
            && AggregateTable.Merge(tables, denseGrid: true) == direct
            && AggregateTable.Merge(tables, denseGrid: false) == direct;
    }

    /// <summary>
    /// The columnar layout's invariants hold for every table the library builds (aggregated, merged either way, rolled up):
    /// theme names in strictly ascending ordinal order, each group's theme ids strictly ascending, a volume equal to the
    /// severity total, a rated count equal to the histogram total, a theme count equal to the theme's severity total.
    /// </summary>
    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Layout_InvariantsHold_ForAggregatedMergedAndRolledUpTables(ManyParts p)
    {
        var tables = p.Parts.Select(part => Aggregate(part, p.Options)).ToArray();
        AggregateTable[] built =
        [
            .. tables,
            AggregateTable.Merge(tables, denseGrid: true),
            AggregateTable.Merge(tables, denseGrid: false),
            Aggregate(p.All, p.Options).RollUp(k => k.PeriodOnly()),
            Aggregate(p.All, p.Options).RollUp(k => new AggregateKey(new LocalDate(2026, 1, 1), k.LocationId)),
        ];
        return built.All(t => t.CheckInvariants() is null);
    }

    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Statistics_DerivedCounts_EqualTheirParts(Parts p)
    {
        var table = Aggregate(p.All, p.Options);
        return table.Groups.Values.All(s =>
            s.Volume == s.Severity.Total
            && s.RatedCount == s.RatingHistogram.Sum()
            && s.Themes.Values.All(t => t.Count == t.Severity.Total && t.Count >= 1 && t.NegativeCount <= t.Count));
    }

    /// <summary>The columnar <see cref="AggregateTable.Total"/> agrees with folding the groups' statistics one by one.</summary>
    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Total_EqualsTheFoldOfTheGroupsStatistics(Parts p)
    {
        var table = AggregateTable.Merge([Aggregate(p.A, p.Options), Aggregate(p.B, p.Options), Aggregate(p.C, p.Options)]);
        var fold = table.Groups.Values.Aggregate(ReviewStatistics.Empty, ReviewStatistics.Merge);
        var paris = table.Groups.Where(g => g.Key.LocationId == "paris").Select(g => g.Value).Aggregate(ReviewStatistics.Empty, ReviewStatistics.Merge);
        return table.Total() == fold && table.Total(k => k.LocationId == "paris") == paris;
    }

    /// <summary>The <see cref="AggregateTable.Groups"/> view agrees with the indexer, its keys and its lookups.</summary>
    [Property(Arbitrary = [typeof(AggregateTablePropertyTests)])]
    public bool Groups_View_AgreesWithTheIndexerAndLookups(Parts p)
    {
        var table = AggregateTable.Merge(Aggregate(p.A, p.Options), Aggregate(p.B, p.Options));
        var groups = table.Groups;
        var pairs = groups.ToArray();
        return pairs.Length == groups.Count
            && groups.Keys.Distinct().Count() == groups.Count
            && groups.Values.SequenceEqual(pairs.Select(kv => kv.Value))
            && pairs.All(kv => table[kv.Key] == kv.Value && groups[kv.Key] == kv.Value && groups.ContainsKey(kv.Key)
                && groups.TryGetValue(kv.Key, out var v) && ReferenceEquals(v, kv.Value))
            && table.Periods.SequenceEqual(groups.Keys.Select(k => k.Period).Distinct().Order());
    }
}
