using ReviewKit.Improvement;
using ReviewKit.Triage;
using static ReviewKit.Tests.Improvement.ImprovementTestData;

namespace ReviewKit.Tests.Improvement;

public class AggregateTableTests
{
    private static readonly Instant March = Instant.FromUtc(2026, 3, 10, 12, 0);
    private static readonly Instant April = Instant.FromUtc(2026, 4, 10, 12, 0);

    [Fact]
    public void Merge_TablesWithDisjointThemes_InterleavesThemeIdsAndKeepsEveryCount()
    {
        var a = Aggregate([Obs(March, themes: ["b-theme", "d-theme"], id: "r1"), Obs(April, themes: ["d-theme"], location: "lyon")]);
        var b = Aggregate([Obs(March, themes: ["a-theme", "c-theme", "b-theme"], severity: Severity.Critical, id: "r2")]);

        var merged = AggregateTable.Merge(a, b);

        Assert.Null(merged.CheckInvariants());
        Assert.Equal(4, merged.ThemeCount);
        var paris = merged[new AggregateKey(new LocalDate(2026, 3, 1), "paris")];
        Assert.Equal(["a-theme", "b-theme", "c-theme", "d-theme"], paris.Themes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, paris.Theme("b-theme").Count);
        Assert.Equal("r2", paris.Theme("b-theme").ExampleReviewId);
        Assert.Equal("r1", paris.Theme("d-theme").ExampleReviewId);
        Assert.Equal(1, merged[new AggregateKey(new LocalDate(2026, 4, 1), "lyon")].Theme("d-theme").Count);
        Assert.Equal(a.Total().Volume + b.Total().Volume, merged.Total().Volume);
    }

    [Fact]
    public void Merge_WithEmptyTables_ReturnsTheOnlyNonEmptyTable()
    {
        var table = Aggregate([Obs(March, themes: ["delivery"])]);
        var empty = AggregateTable.Empty(table.Options);

        Assert.Same(table, AggregateTable.Merge([empty, table, empty]));
        Assert.Same(empty, AggregateTable.Merge([empty, empty]));
    }

    [Fact]
    public void Groups_MissingKey_IndexerThrowsAndLookupsSayAbsent()
    {
        var table = Aggregate([Obs(March)]);
        var missing = new AggregateKey(new LocalDate(2026, 3, 1), "nowhere");

        Assert.Throws<KeyNotFoundException>(() => table.Groups[missing]);
        Assert.False(table.Groups.ContainsKey(missing));
        Assert.False(table.Groups.TryGetValue(missing, out var none));
        Assert.Null(none);
        Assert.Same(ReviewStatistics.Empty, table[missing]);
    }

    [Fact]
    public void Groups_ReadTwice_ReturnsTheSameStatistics()
    {
        var table = Aggregate([Obs(March, themes: ["delivery"]), Obs(April, location: "lyon")]);

        var first = table.Groups.ToDictionary(g => g.Key, g => g.Value);

        Assert.All(table.Groups, g => Assert.Same(first[g.Key], g.Value));
    }

    [Fact]
    public void Merge_ManyGroupsFewThemesEach_UsesTheHashMapAndMatchesTheDenseGrid()
    {
        // 2 x 400 groups (400 locations), each with 1 of 300 themes: the 800 x 300 grid is far sparser than its cells.
        var a = Aggregate(Enumerable.Range(0, 400).Select(i => Obs(March, themes: ["t" + (i % 300)], location: "loc-" + i, id: "a" + i)));
        var b = Aggregate(Enumerable.Range(0, 400).Select(i => Obs(April, themes: ["t" + ((i * 7) % 300)], location: "loc-" + i, id: "b" + i)));

        var chosen = AggregateTable.Merge([a, b]);
        var sparse = AggregateTable.Merge([a, b], denseGrid: false);
        var dense = AggregateTable.Merge([a, b], denseGrid: true);

        Assert.Equal(dense, sparse);
        Assert.Equal(dense, chosen);
        Assert.Null(sparse.CheckInvariants());
        Assert.Equal(800, sparse.Groups.Count);
        Assert.Equal(800, sparse.Total().Themes.Values.Sum(t => t.Count));
    }

    [Fact]
    public void RollUp_ToOneKey_SumsEveryGroup()
    {
        var table = Aggregate([Obs(March, themes: ["delivery"]), Obs(April, themes: ["delivery", "price"], location: "lyon"), Obs(April, negative: false, severity: null)]);
        var key = new AggregateKey(new LocalDate(2026, 1, 1));

        var rolled = table.RollUp(_ => key);

        Assert.Equal(key, Assert.Single(rolled.Groups).Key);
        Assert.Equal(table.Total(), rolled[key]);
        Assert.Null(rolled.CheckInvariants());
    }

    [Fact]
    public void Equals_TablesDifferingInOneExample_AreNotEqual()
    {
        var a = Aggregate([Obs(March, themes: ["delivery"], id: "r1")]);
        var b = Aggregate([Obs(March, themes: ["delivery"], id: "r2")]);
        var c = Aggregate([Obs(March, themes: ["price"], id: "r1")]);

        Assert.NotEqual(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(a, Aggregate([Obs(March, themes: ["delivery"], id: "r1")]));
    }

    [Fact]
    public void Merge_NullTableInTheSequence_Throws() =>
        Assert.Equal("tables", Assert.Throws<ArgumentNullException>(() => AggregateTable.Merge([AggregateTable.Empty(AggregationOptions.Default), null!])).ParamName);
}
