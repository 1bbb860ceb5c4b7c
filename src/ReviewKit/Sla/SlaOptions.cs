namespace ReviewKit.Sla;

/// <summary>
/// The SLA policies of a host and the rules that choose them, as bound from configuration (<c>ReviewKit:Sla</c>);
/// build an evaluator with <see cref="SlaEvaluator.FromOptions"/>.
/// </summary>
/// <remarks>
/// <para>Example (JSON):</para>
/// <code>
/// "Sla": {
///   "Policies": {
///     "store": {
///       "FirstPublicReply": { "Goal": "08:00:00", "Limit": "16:00:00", "Calendar": "paris-store", "DueWithin": [ "02:00:00" ] },
///       "Resolution": { "Goal": "5.00:00:00", "Limit": "10.00:00:00", "PausedWhile": [ "WaitingOnCustomer" ] }
///     },
///     "vip": { "FirstPublicReply": { "Goal": "02:00:00", "Limit": "04:00:00", "WarningPercentages": [ 50, 90 ] } }
///   },
///   "Rules": [
///     { "Policy": "vip", "MinimumSeverity": "Critical" },
///     { "Policy": "store", "Channel": "google", "Location": "paris-store" }
///   ],
///   "DefaultPolicy": "store"
/// }
/// </code>
/// <para>With nothing configured, every case is judged by <see cref="SlaPolicy.Default"/>. The built-in default policy
/// can also be named <c>default</c> by the rules and <see cref="DefaultPolicy"/> unless a configured policy takes that
/// name.</para>
/// <para>A plain mutable options object: not thread-safe while being set. The evaluator built from it copies what it
/// needs.</para>
/// </remarks>
public sealed class SlaOptions
{
    /// <summary>The configuration path the options are usually bound from.</summary>
    public const string DefaultPath = "ReviewKit:Sla";

    /// <summary>Gets or sets the named policies (names are case-insensitive).</summary>
    /// <value>The default value is an empty dictionary.</value>
    public Dictionary<string, SlaPolicyOptions> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the rules that choose a policy for each case, tried in order; the first that matches wins.</summary>
    /// <value>The default value is an empty list.</value>
    public IList<SlaPolicyRuleOptions> Rules { get; set; } = [];

    /// <summary>Gets or sets the name of the policy of cases no rule matches.</summary>
    /// <value>The default value is <see langword="null"/>: the built-in <see cref="SlaPolicy.Default"/>.</value>
    public string? DefaultPolicy { get; set; }
}
