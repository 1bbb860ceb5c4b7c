using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewKit.Analysis;
using ReviewKit.Calendars;
using ReviewKit.Escalation;
using ReviewKit.Responses;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit;

/// <summary>Registers ReviewKit in an <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// <para>Every default is registered with <c>TryAdd</c>: a service the host registered first (an <see cref="IClock"/>
/// for tests, its own <see cref="IDateTimeZoneProvider"/>) wins. Calling <c>AddReviewKit</c> more than once is
/// harmless: the services are registered once, and each call's configuration is applied in order.</para>
/// <para>Registers <see cref="IReplyChecker"/> (<see cref="ReplyChecker.CreateDefault"/>) and the
/// <see cref="ReplyTemplateSet"/> built from <c>ReviewKit:Responses</c>, both singletons.</para>
/// <para>Named business calendars (<c>ReviewKit:Calendars:{name}</c>) are served by <see cref="IBusinessCalendarProvider"/>;
/// holiday providers the host registers as <see cref="IHolidayProvider"/> (other countries, <see cref="IcsHolidayProvider"/>
/// feeds) can be named in their <c>PublicHolidays:Country</c>, besides the built-in French holidays.</para>
/// <para>Escalation rules (<c>ReviewKit:Escalation</c>) are compiled into the <see cref="IEscalationEngine"/>, which
/// recompiles them when the configuration reloads (an invalid reload keeps the rules in force); its SLA clocks come from
/// the registered <see cref="SlaEvaluator"/>: by default one built from <c>ReviewKit:Sla</c> (named policies and
/// first-match rules, see <see cref="SlaOptions"/>; <see cref="SlaPolicy.Default"/> when nothing is configured) over the
/// named calendars. Both follow configuration reloads from the moment of the reload (from the registered
/// <see cref="IClock"/>): a changed calendar or policy is used by the evaluations that follow, a clock that had stopped
/// keeps its verdict, a breach already reached keeps its date, and a breach only the new version finds is dated at the
/// earliest at the reload (see the remarks of <see cref="SlaEvaluator"/>); an invalid reload keeps what is in force.
/// Register your own evaluator first to replace it (it then never reloads). The
/// <see cref="EscalationDispatcher"/> calls every registered <see cref="IEscalationNotifier"/>.</para>
/// <para>Registers <see cref="IReviewAnalyzer"/> (the default French and English <see cref="ReviewAnalyzer"/>, with the
/// taxonomy changes of <c>ReviewKit:Analysis</c>), <see cref="ThemeCatalog"/> (the registered analyzer's
/// <see cref="IReviewAnalyzer.Themes"/>, whichever analyzer it is) and <see cref="IReviewTriage"/> (<see cref="ReviewTriage"/>
/// with the thresholds of <c>ReviewKit:Triage</c>), all singletons. Inject <see cref="ThemeCatalog"/> to label themes and
/// show their unmet needs (for example in <see cref="Improvement.QualityReportBuilder.Themes"/>).</para>
/// <para>Registers <see cref="IResponsePlanner"/> (a <see cref="ResponsePlanner"/> with the policy of
/// <c>ReviewKit:Responses:Policy</c>, the registered <see cref="SlaEvaluator"/> and the unmet needs of the registered
/// <see cref="ThemeCatalog"/>), a singleton that rebuilds its planner when the configuration
/// reloads (an invalid reload keeps the policy in force; plans already made are unchanged). It keeps no budget count:
/// hosts pass a <see cref="GestureBudgetSnapshot"/> with each request.</para>
/// <para>The options are validated when the host starts (<c>ValidateOnStart</c>) and on first use; an invalid
/// configuration fails with an <see cref="OptionsValidationException"/> listing every failure with its path.</para>
/// </remarks>
public static class ReviewKitServiceCollectionExtensions
{
    /// <summary>Registers ReviewKit with its default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddReviewKit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services, ReviewKitOptions.SectionName);
        return services;
    }

    /// <summary>Registers ReviewKit and configures its options in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddReviewKit(this IServiceCollection services, Action<ReviewKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services, ReviewKitOptions.SectionName).Configure(configure);
        return services;
    }

    /// <summary>Registers ReviewKit and binds its options from a configuration section, usually <c>ReviewKit</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind, for example <c>builder.Configuration.GetSection("ReviewKit")</c>.
    /// Validation messages name the paths below it.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    public static IServiceCollection AddReviewKit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : ReviewKitOptions.SectionName;
        AddCore(services, path).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<ReviewKitOptions> AddCore(IServiceCollection services, string configurationPath)
    {
#pragma warning disable RS0030 // The composition root is the one place where the system clock is chosen.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton<IDateTimeZoneProvider>(DateTimeZoneProviders.Tzdb);
        services.TryAddSingleton<IReplyChecker>(static _ => ReplyChecker.CreateDefault());
        services.TryAddSingleton(static sp => ReplyTemplateSet.FromOptions(sp.GetRequiredService<IOptions<ReviewKitOptions>>().Value.Responses));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReviewKitOptions>, ReviewKitOptionsValidator>(
            sp => new ReviewKitOptionsValidator(
                configurationPath, sp.GetRequiredService<IDateTimeZoneProvider>(), sp.GetServices<IHolidayProvider>())));
        services.TryAddSingleton<IBusinessCalendarProvider, OptionsBusinessCalendarProvider>();
        services.TryAddSingleton(sp => new OptionsSlaPolicies(
            sp.GetRequiredService<IOptionsMonitor<ReviewKitOptions>>(),
            sp.GetRequiredService<IBusinessCalendarProvider>(),
            sp.GetRequiredService<IClock>(),
            $"{configurationPath}:{nameof(ReviewKitOptions.Sla)}"));
        services.TryAddSingleton(static sp => sp.GetRequiredService<OptionsSlaPolicies>().Evaluator);
        services.TryAddSingleton<IEscalationEngine>(sp => new OptionsEscalationEngine(
            sp.GetRequiredService<IOptionsMonitor<ReviewKitOptions>>(),
            sp.GetService<SlaEvaluator>(),
            sp.GetRequiredService<IBusinessCalendarProvider>(),
            $"{configurationPath}:{nameof(ReviewKitOptions.Escalation)}"));
        services.TryAddSingleton(sp => new EscalationDispatcher(sp.GetServices<IEscalationNotifier>()));
        services.TryAddSingleton<IReviewAnalyzer>(sp => CreateAnalyzer(sp.GetRequiredService<IOptions<ReviewKitOptions>>().Value.Analysis));
        services.TryAddSingleton(static sp => sp.GetRequiredService<IReviewAnalyzer>().Themes);
        services.TryAddSingleton<IReviewTriage>(sp => new ReviewTriage(sp.GetRequiredService<IOptions<ReviewKitOptions>>().Value.Triage));
        services.TryAddSingleton<IResponsePlanner>(static sp => new OptionsResponsePlanner(
            sp.GetRequiredService<IOptionsMonitor<ReviewKitOptions>>(),
            sp.GetRequiredService<SlaEvaluator>(),
            sp.GetRequiredService<ThemeCatalog>()));
        return services.AddOptions<ReviewKitOptions>().ValidateOnStart();
    }

    private static ReviewAnalyzer CreateAnalyzer(AnalysisOptions options) =>
        options.Themes.Count == 0 && options.MinThemeConfidence == new AnalysisOptions().MinThemeConfidence
            ? ReviewAnalyzer.CreateDefault()
            : ReviewAnalyzer.Create(options);
}
