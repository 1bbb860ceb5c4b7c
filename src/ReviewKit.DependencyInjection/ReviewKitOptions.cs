using ReviewKit.Analysis;
using ReviewKit.Calendars;
using ReviewKit.Escalation;
using ReviewKit.Responses;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit;

/// <summary>
/// The root options of ReviewKit, bound from the configuration section <c>ReviewKit</c> by
/// <see cref="ReviewKitServiceCollectionExtensions.AddReviewKit(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>.
/// </summary>
/// <remarks>
/// Validated when the host starts (and on first use): every failure is reported at once, each naming its configuration
/// path and the rule it breaks. Options are plain data: set them before the container is built.
/// </remarks>
public sealed class ReviewKitOptions
{
    /// <summary>The name of the configuration section the options are usually bound from.</summary>
    public const string SectionName = "ReviewKit";

    /// <summary>
    /// Gets or sets the IANA time zone id (for example <c>Europe/Paris</c>) in which dates are reported and calendar
    /// hours are counted when nothing more specific is configured.
    /// </summary>
    /// <value>The default value is <c>UTC</c>.</value>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Gets the response options (section <c>ReviewKit:Responses</c>): the reply templates.</summary>
    /// <value>By default, the built-in French and English templates and no configured one.</value>
    public ResponseOptions Responses { get; } = new();

    /// <summary>
    /// Gets or sets the named business calendars, bound from <c>ReviewKit:Calendars:{name}</c> and resolved with
    /// <see cref="IBusinessCalendarProvider.GetCalendar(string)"/>. Names are case-insensitive.
    /// </summary>
    /// <value>The default value is an empty dictionary.</value>
    public Dictionary<string, BusinessCalendarOptions> Calendars { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets the escalation rules, bound from <c>ReviewKit:Escalation</c> and served, compiled, by
    /// <see cref="IEscalationEngine"/>; a reload of the configuration recompiles them.
    /// </summary>
    /// <value>The default value has no rules.</value>
    public EscalationOptions Escalation { get; set; } = new();

    /// <summary>
    /// Gets or sets the SLA policies and the rules that choose them, bound from <c>ReviewKit:Sla</c> and used by the
    /// registered <see cref="SlaEvaluator"/>; read once when it is first resolved.
    /// </summary>
    /// <value>The default value has no policy and no rule: every case is judged by <see cref="SlaPolicy.Default"/>.</value>
    public SlaOptions Sla { get; set; } = new();

    /// <summary>Gets the options of the default review analyzer (section <c>ReviewKit:Analysis</c>): theme taxonomy changes
    /// and the minimum theme confidence.</summary>
    /// <value>The defaults of <see cref="AnalysisOptions"/>: the shipped taxonomy.</value>
    public AnalysisOptions Analysis { get; } = new();

    /// <summary>Gets the thresholds of the default triage (section <c>ReviewKit:Triage</c>).</summary>
    /// <value>The defaults of <see cref="ReviewTriageOptions"/>.</value>
    public ReviewTriageOptions Triage { get; } = new();
}
