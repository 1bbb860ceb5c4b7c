using ReviewKit.Analysis;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Analysis;

public class ThemeCatalogTests
{
    private static readonly ThemeDefinition Delay = new(ThemeIds.Delay, "Reliability.", "Fiabilité.", "Late delivery");
    private static readonly ThemeDefinition Parking = new("car_park", "Somewhere to park.", "Pouvoir se garer.");

    [Fact]
    public void ThemeDefinition_InvalidArguments_NameTheParameter()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new ThemeDefinition(null!, "n", "b")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ThemeDefinition(" ", "n", "b")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ThemeDefinition(new string('a', 257), "n", "b")).ParamName);
        Assert.Equal("unmetNeedEnglish", Assert.Throws<ArgumentNullException>(() => new ThemeDefinition("a", null!, "b")).ParamName);
        Assert.Equal("unmetNeedEnglish", Assert.Throws<ArgumentException>(() => new ThemeDefinition("a", "", "b")).ParamName);
        Assert.Equal("unmetNeedFrench", Assert.Throws<ArgumentNullException>(() => new ThemeDefinition("a", "n", null!)).ParamName);
        Assert.Equal("unmetNeedFrench", Assert.Throws<ArgumentException>(() => new ThemeDefinition("a", "n", new string('b', 513))).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentException>(() => new ThemeDefinition("a", "n", "b", "  ")).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentException>(() => new ThemeDefinition("a", "n", "b", new string('l', 513))).ParamName);
    }

    [Theory]
    [InlineData("customer_service", "Customer service")]
    [InlineData("check-in", "Check in")]
    [InlineData("wifi", "Wifi")]
    [InlineData("_", "_")]
    public void ThemeDefinition_WithoutLabel_DerivesItFromTheId(string id, string expected) =>
        Assert.Equal(expected, new ThemeDefinition(id, "n", "b").Label);

    [Fact]
    public void ThemeDefinition_UnmetNeed_FrenchForFrenchVariants_EnglishOtherwise()
    {
        Assert.Equal("Fiabilité.", Delay.UnmetNeed(LanguageTag.French));
        Assert.Equal("Fiabilité.", Delay.UnmetNeed(LanguageTag.Parse("fr-CA")));
        Assert.Equal("Reliability.", Delay.UnmetNeed(LanguageTag.English));
        Assert.Equal("Reliability.", Delay.UnmetNeed(LanguageTag.Parse("de")));
    }

    [Fact]
    public void ThemeDefinition_ValueEquality_OverEveryProperty()
    {
        var same = new ThemeDefinition(ThemeIds.Delay, "Reliability.", "Fiabilité.", "Late delivery");
        Assert.Equal(Delay, same);
        Assert.True(Delay == same);
        Assert.Equal(Delay.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(Delay, new ThemeDefinition(ThemeIds.Delay, "Reliability.", "Fiabilité."));
        Assert.NotEqual(Delay, new ThemeDefinition(ThemeIds.Delay, "Reliability", "Fiabilité.", "Late delivery"));
        Assert.True(Delay != new ThemeDefinition(ThemeIds.Delay, "Reliability.", "Fiabilité", "Late delivery"));
        Assert.Equal(ThemeIds.Delay, Delay.ToString());
    }

    [Fact]
    public void Constructor_InvalidArguments_NameTheParameter()
    {
        Assert.Equal("themes", Assert.Throws<ArgumentNullException>(() => new ThemeCatalog(null!)).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new ThemeCatalog([Delay, null!])).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => new ThemeCatalog([Delay, Parking, new ThemeDefinition(ThemeIds.Delay, "x", "y")]));
        Assert.Equal("themes", twice.ParamName);
        Assert.Contains("'delay' twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_NullId_NameTheParameter()
    {
        var catalog = new ThemeCatalog([Delay]);
        Assert.Equal("themeId", Assert.Throws<ArgumentNullException>(() => catalog.Find(null!)).ParamName);
        Assert.Equal("themeId", Assert.Throws<ArgumentNullException>(() => catalog.UnmetNeed(null!, LanguageTag.French)).ParamName);
        Assert.Equal("themeId", Assert.Throws<ArgumentNullException>(() => catalog.Label(null!)).ParamName);
    }

    [Fact]
    public void Lookups_ListedTheme_GiveItsDefinition_UnlistedGiveNoNeedAndTheIdAsLabel()
    {
        var catalog = new ThemeCatalog([Delay, Parking]);

        Assert.Same(Parking, catalog.Find("car_park"));
        Assert.Null(catalog.Find("Car_Park"));
        Assert.Equal("Pouvoir se garer.", catalog.UnmetNeed("car_park", LanguageTag.French));
        Assert.Equal("Late delivery", catalog.Label(ThemeIds.Delay));
        Assert.Equal("Car park", catalog.Label("car_park"));
        Assert.Null(catalog.UnmetNeed("noise", LanguageTag.English));
        Assert.Equal("noise", catalog.Label("noise"));
    }

    [Fact]
    public void List_KeepsTheGivenOrder()
    {
        var catalog = new ThemeCatalog([Parking, Delay]);

        Assert.Equal(2, catalog.Count);
        Assert.Same(Parking, catalog[0]);
        Assert.Equal([Parking, Delay], catalog.ToArray());
        var ids = new List<string>();
        foreach (var theme in catalog)
        {
            ids.Add(theme.Id);
        }

        Assert.Equal(["car_park", ThemeIds.Delay], ids);
        Assert.Empty(ThemeCatalog.Empty);
    }

    [Fact]
    public void Equality_SameDefinitionsInTheSameOrder()
    {
        var catalog = new ThemeCatalog([Delay, Parking]);
        Assert.Equal(catalog, new ThemeCatalog([Delay, Parking]));
        Assert.True(catalog == new ThemeCatalog([Delay, Parking]));
        Assert.Equal(catalog.GetHashCode(), new ThemeCatalog([Delay, Parking]).GetHashCode());
        Assert.True(catalog != new ThemeCatalog([Parking, Delay]));
        Assert.NotEqual(catalog, ThemeCatalog.Empty);
        Assert.Equal(ThemeCatalog.Empty, new ThemeCatalog([]));
    }
}
