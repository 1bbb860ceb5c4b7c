namespace ReviewKit.Sla;

/// <summary>
/// One rule choosing a policy, as bound from configuration (<c>ReviewKit:Sla:Rules:{index}</c>). Every condition set
/// must hold; rules are tried in order and the first that matches chooses the policy.
/// </summary>
/// <remarks>A plain mutable options object: not thread-safe while being set.</remarks>
public sealed class SlaPolicyRuleOptions
{
    /// <summary>Gets or sets the name of the policy chosen; required: a key of <see cref="SlaOptions.Policies"/> or <c>default</c>.</summary>
    public string? Policy { get; set; }

    /// <summary>Gets or sets the lowest severity that matches: <c>Low</c>, <c>Medium</c>, <c>High</c> or <c>Critical</c>.</summary>
    public string? MinimumSeverity { get; set; }

    /// <summary>Gets or sets the channel (<c>google</c>, <c>trustpilot</c>, <c>email</c>, ...) the review must come from.</summary>
    public string? Channel { get; set; }

    /// <summary>Gets or sets the location id the review must be about.</summary>
    public string? Location { get; set; }

    /// <summary>Gets or sets the lowest priority that matches: <c>Low</c>, <c>Normal</c>, <c>High</c> or <c>Urgent</c>.</summary>
    public string? MinimumPriority { get; set; }
}
