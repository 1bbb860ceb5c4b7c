using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Testing;

namespace ReviewKit.DependencyInjection.Tests;

public class ReviewKitServiceCollectionExtensionsTests
{
    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void AddReviewKit_RegistersTheSystemClockAndTzdbByDefault()
    {
        using var provider = new ServiceCollection().AddReviewKit().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(DateTimeZoneProviders.Tzdb, provider.GetRequiredService<IDateTimeZoneProvider>());
        Assert.Equal("UTC", provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value.DefaultTimeZone);
    }

    [Fact]
    public void AddReviewKit_TheHostsClockWins_WhetherRegisteredBeforeOrAfter()
    {
        var fake = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));

        using var before = new ServiceCollection().AddSingleton<IClock>(fake).AddReviewKit().BuildServiceProvider();
        var afterServices = new ServiceCollection().AddReviewKit();
        afterServices.AddSingleton<IClock>(fake);
        using var after = afterServices.BuildServiceProvider();

        Assert.Same(fake, before.GetRequiredService<IClock>());
        Assert.Same(fake, after.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddReviewKit_Twice_IsHarmless()
    {
        var services = new ServiceCollection();
        services.AddReviewKit(o => o.DefaultTimeZone = "Europe/Paris");
        services.AddReviewKit(o => o.DefaultTimeZone = "Europe/Paris");
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(IDateTimeZoneProvider));
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Single(provider.GetServices<IClock>());
        Assert.Single(provider.GetServices<IValidateOptions<ReviewKitOptions>>());
        Assert.Equal("Europe/Paris", provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value.DefaultTimeZone);
    }

    [Fact]
    public void AddReviewKit_BindsTheConfigurationSection()
    {
        var configuration = Json("""{ "ReviewKit": { "DefaultTimeZone": "America/New_York" } }""");

        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();

        Assert.Equal("America/New_York", provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value.DefaultTimeZone);
    }

    [Fact]
    public void AddReviewKit_InvalidConfiguration_FailsWithThePathAndTheRule()
    {
        var configuration = Json("""{ "ReviewKit": { "DefaultTimeZone": "Europe/Pariss" } }""");
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value);

        var failure = Assert.Single(e.Failures);
        Assert.StartsWith("ReviewKit:DefaultTimeZone: 'Europe/Pariss' is not an IANA time zone id", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AddReviewKit_InvalidOptions_FailAtStartUp()
    {
        using var provider = new ServiceCollection().AddReviewKit(o => o.DefaultTimeZone = " ").BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ReviewKit:DefaultTimeZone: a time zone id is required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddReviewKit_NestedSection_NamesItsFullPath()
    {
        var configuration = Json("""{ "Crm": { "Reviews": { "DefaultTimeZone": "Mars/Olympus" } } }""");
        using var provider = new ServiceCollection().AddReviewKit(configuration.GetSection("Crm:Reviews")).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value);

        Assert.StartsWith("Crm:Reviews:DefaultTimeZone:", Assert.Single(e.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddReviewKit_NullArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddReviewKit()).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddReviewKit(_ => { })).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddReviewKit(Json("{}"))).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddReviewKit((Action<ReviewKitOptions>)null!)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddReviewKit((IConfiguration)null!)).ParamName);
    }
}
