namespace ReviewKit.Escalation;

/// <summary>
/// The escalation rules of a host as bound from configuration (<c>ReviewKit:Escalation</c>); compile them with
/// <see cref="EscalationRuleSet.FromOptions"/>.
/// </summary>
/// <remarks>
/// <para>Example (JSON):</para>
/// <code>
/// "Escalation": {
///   "DigestWindow": "00:15:00",
///   "Rules": [
///     { "Id": "first-reply", "Level": 1, "Metric": "FirstPublicReply", "Notify": [ "TeamLead" ] },
///     { "Id": "first-reply", "Level": 2, "Metric": "FirstPublicReply", "Notify": [ "Manager" ], "RaisePriority": "High" },
///     { "Id": "legal", "Risks": [ "legal_threat" ], "Notify": [ "Legal" ], "RequireApproval": [ "Reply" ], "StopProcessing": true }
///   ]
/// }
/// </code>
/// <para>A plain mutable options object: not thread-safe while being set. The rule set compiled from it copies what it
/// needs, so changing the options later never changes a compiled rule set.</para>
/// </remarks>
public sealed class EscalationOptions
{
    /// <summary>The configuration path the options are usually bound from.</summary>
    public const string DefaultPath = "ReviewKit:Escalation";

    /// <summary>Gets or sets the rules; each entry is one level of one rule.</summary>
    /// <value>The default value is an empty list (nothing escalates).</value>
    public IList<EscalationRuleOptions> Rules { get; set; } = [];

    /// <summary>
    /// Gets or sets the window within which notifications to one recipient are grouped into a digest by hosts that
    /// send digests (see <see cref="EscalationDigest.Group"/>); positive.
    /// </summary>
    /// <value>The default value is 15 minutes.</value>
    public TimeSpan DigestWindow { get; set; } = TimeSpan.FromMinutes(15);
}
