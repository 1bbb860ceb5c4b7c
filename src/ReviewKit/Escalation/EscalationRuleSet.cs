using System.Collections.Immutable;

namespace ReviewKit.Escalation;

/// <summary>
/// The compiled escalation rules of a host: built once (from <see cref="EscalationOptions"/> with
/// <see cref="FromOptions"/>, or in code with <see cref="CreateBuilder"/>), validated, ordered, and evaluated by an
/// <see cref="EscalationEngine"/>. Both ways give the same rule objects.
/// </summary>
/// <remarks>
/// <para>Rules are kept in the order they are tried: by <see cref="EscalationRule.Order"/>, then in the order given.
/// A rule set holds each (id, level) once.</para>
/// <para>Immutable and thread-safe; value equality over the rules in order.</para>
/// </remarks>
public sealed class EscalationRuleSet : IEquatable<EscalationRuleSet>
{
    private readonly EscalationRule[] _rules;

    /// <summary>Creates a rule set.</summary>
    /// <param name="rules">The rules, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> holds a null or two rules with the same id and level.</exception>
    public EscalationRuleSet(IEnumerable<EscalationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var given = rules.ToArray();
        var seen = new HashSet<(string, int)>();
        foreach (var rule in given)
        {
            if (rule is null)
            {
                throw new ArgumentException("rules must not contain null.", nameof(rules));
            }

            if (!seen.Add((rule.Id, rule.Level)))
            {
                throw new ArgumentException($"The rule '{rule.Id}' level {rule.Level} is defined twice: an id and a level identify one rule.", nameof(rules));
            }
        }

        _rules = [.. given.OrderBy(r => r.Order)]; // stable
        Rules = [.. _rules];
        UsesSla = _rules.Any(r => r.UsesSla);
    }

    /// <summary>Gets a rule set without rules.</summary>
    public static EscalationRuleSet Empty { get; } = new([]);

    /// <summary>Gets the rules in the order they are tried.</summary>
    public ImmutableArray<EscalationRule> Rules { get; }

    /// <summary>Gets a value indicating whether a rule reads an SLA clock.</summary>
    internal bool UsesSla { get; }

    /// <summary>The rules as an array, for the engine's loop.</summary>
    internal EscalationRule[] RuleArray => _rules;

    /// <summary>Starts a rule set in code.</summary>
    /// <returns>An empty builder.</returns>
    public static EscalationRuleSetBuilder CreateBuilder() => new();

    /// <summary>Compiles the rules of options, after checking them.</summary>
    /// <param name="options">The options, usually bound from <c>ReviewKit:Escalation</c>.</param>
    /// <param name="path">The configuration path of <paramref name="options"/>, used in messages.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem (see <see cref="Validate"/>).</exception>
    public static EscalationRuleSet FromOptions(EscalationOptions options, string path = EscalationOptions.DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<string>();
        return EscalationOptionsCompiler.Compile(options, path, errors)
            ?? throw new ArgumentException($"The escalation rules are invalid: {string.Join(" ", errors)}", nameof(options));
    }

    /// <summary>Checks options without keeping the rules, reporting every problem at once.</summary>
    /// <param name="options">The options.</param>
    /// <param name="path">The configuration path of <paramref name="options"/>, the prefix of every message.</param>
    /// <returns>
    /// The problems, empty when the options are valid. Each is <c>{path}:Rules:{index}:{field}: {rule} (rule '{id}', level {level}).</c>,
    /// for example <c>ReviewKit:Escalation:Rules:3:Threshold: 120 is above 100% of the goal ...</c>. Checked: a missing id,
    /// a level under 1, an unknown metric, severity, role, priority or approval subject, a threshold outside (0, 100], a
    /// level beyond the default ladder without a threshold, offsets and durations that are not positive, ratings out of
    /// range, an unknown channel, blank ids, a level without actions, and an id and level defined twice.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="path"/> is null.</exception>
    public static IReadOnlyList<string> Validate(EscalationOptions options, string path = EscalationOptions.DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<string>();
        EscalationOptionsCompiler.Compile(options, path, errors);
        return errors;
    }

    /// <summary>Compares two rule sets for equality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when they hold equal rules in the same order.</returns>
    public static bool operator ==(EscalationRuleSet? left, EscalationRuleSet? right) => Equals(left, right);

    /// <summary>Compares two rule sets for inequality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationRuleSet? left, EscalationRuleSet? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(EscalationRuleSet? other) => other is not null && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EscalationRuleSet);

    /// <inheritdoc/>
    public override int GetHashCode() => Rules.Length;

    /// <summary>Lists the rules, one a line.</summary>
    /// <returns>The rules as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Rules);
}
