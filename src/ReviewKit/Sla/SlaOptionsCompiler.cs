using System.Globalization;
using NodaTime.Text;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Sla;

/// <summary>Checks <see cref="SlaOptions"/> and compiles them into policies and rules.</summary>
internal static class SlaOptionsCompiler
{
    private const string BuiltInDefault = "default";
    private const string AlwaysOpen = "always-open";

    /// <summary>
    /// Compiles the options, or returns null after adding every problem to <c>errors</c>; <c>calendarNames</c> are the
    /// calendar names a target may use, or null not to check them; <c>adopt</c>, when given, chooses the instance the
    /// rules and the default use for each compiled policy (a reload keeps the instances of the policies it did not change).
    /// </summary>
    public static (SlaPolicy DefaultPolicy, List<SlaPolicyRule> Rules)? Compile(
        SlaOptions options, string path, IReadOnlySet<string>? calendarNames, List<string> errors, Func<string, SlaPolicy, SlaPolicy>? adopt = null)
    {
        var before = errors.Count;
        var policies = new Dictionary<string, SlaPolicy>(StringComparer.OrdinalIgnoreCase);
        if (options.Policies is null)
        {
            errors.Add($"{path}:{nameof(SlaOptions.Policies)}: must not be null.");
        }
        else
        {
            foreach (var (name, policy) in options.Policies)
            {
                var policyPath = $"{path}:{nameof(SlaOptions.Policies)}:{name}";
                if (policy is null)
                {
                    errors.Add($"{policyPath}: the policy has no definition (policy '{name}').");
                }
                else if (CompilePolicy(name, policy, policyPath, calendarNames, errors) is { } compiled)
                {
                    policies[name] = adopt is null ? compiled : adopt(name, compiled);
                }
            }
        }

        SlaPolicy? Find(string? name) =>
            name is null ? null : policies.TryGetValue(name.Trim(), out var p) ? p
            : string.Equals(name.Trim(), BuiltInDefault, StringComparison.OrdinalIgnoreCase) ? SlaPolicy.Default : null;

        string Known() => string.Join(", ", ((IEnumerable<string>?)options.Policies?.Keys ?? []).Append(BuiltInDefault).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase));

        var defaultPolicy = SlaPolicy.Default;
        if (options.DefaultPolicy is { } defaultName)
        {
            if (Find(defaultName) is { } found)
            {
                defaultPolicy = found;
            }
            else if (options.Policies?.ContainsKey(defaultName.Trim()) != true)
            {
                errors.Add($"{path}:{nameof(SlaOptions.DefaultPolicy)}: '{defaultName}' is not a configured policy (known: {Known()}).");
            }
        }

        var rules = new List<SlaPolicyRule>();
        if (options.Rules is null)
        {
            errors.Add($"{path}:{nameof(SlaOptions.Rules)}: must not be null.");
        }
        else
        {
            for (var i = 0; i < options.Rules.Count; i++)
            {
                var rulePath = string.Create(CultureInfo.InvariantCulture, $"{path}:{nameof(SlaOptions.Rules)}:{i}");
                var who = string.Create(CultureInfo.InvariantCulture, $"rule {i}");
                if (options.Rules[i] is not { } rule)
                {
                    errors.Add($"{rulePath}: the rule has no definition ({who}).");
                    continue;
                }

                if (CompileRule(rule, rulePath, who, Find, options.Policies, Known, errors) is { } compiled)
                {
                    rules.Add(compiled);
                }
            }
        }

        return errors.Count == before ? (defaultPolicy, rules) : null;
    }

    private static SlaPolicy? CompilePolicy(string name, SlaPolicyOptions policy, string policyPath, IReadOnlySet<string>? calendarNames, List<string> errors)
    {
        var before = errors.Count;
        var who = $"policy '{name}'";
        if (string.IsNullOrWhiteSpace(name) || name.Length > Guard.MaxLabelLength)
        {
            errors.Add($"{policyPath}: a policy name must not be blank or longer than {Guard.MaxLabelLength} characters ({who}).");
        }

        Instant? effectiveFrom = null;
        if (policy.EffectiveFrom is { } text)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(text.Trim());
            if (parsed.Success)
            {
                effectiveFrom = parsed.Value;
            }
            else
            {
                errors.Add($"{policyPath}:{nameof(SlaPolicyOptions.EffectiveFrom)}: '{text}' is not an ISO 8601 instant in UTC such as 2026-12-01T00:00:00Z ({who}).");
            }
        }

        var targets = new SlaTarget?[4];
        var given = 0;
        foreach (var metric in Enum.GetValues<SlaMetric>())
        {
            var options = metric switch
            {
                SlaMetric.FirstPublicReply => policy.FirstPublicReply,
                SlaMetric.FirstPrivateContact => policy.FirstPrivateContact,
                SlaMetric.NextReply => policy.NextReply,
                _ => policy.Resolution,
            };
            if (options is null)
            {
                continue;
            }

            given++;
            targets[(int)metric] = CompileTarget(metric, options, $"{policyPath}:{metric}", who, calendarNames, errors);
        }

        if (given == 0)
        {
            errors.Add($"{policyPath}: the policy has no target; give at least one of FirstPublicReply, FirstPrivateContact, NextReply, Resolution ({who}).");
        }

        return errors.Count > before ? null : new SlaPolicy(name.Trim(), targets[0], targets[1], targets[2], targets[3], effectiveFrom);
    }

    private static SlaTarget? CompileTarget(
        SlaMetric metric, SlaTargetOptions target, string targetPath, string who, IReadOnlySet<string>? calendarNames, List<string> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add($"{targetPath}:{field}: {message} ({who}).");

        if (target.Goal is not { } goal)
        {
            Fail(nameof(target.Goal), "a goal is required");
            goal = TimeSpan.Zero;
        }
        else if (goal <= TimeSpan.Zero)
        {
            Fail(nameof(target.Goal), string.Create(CultureInfo.InvariantCulture, $"{goal} is not a positive duration"));
        }

        var limit = target.Limit ?? goal;
        if (target.Limit is { } l && goal > TimeSpan.Zero && l < goal)
        {
            Fail(nameof(target.Limit), string.Create(CultureInfo.InvariantCulture, $"{l} is under the goal {goal}; the limit is at least the goal"));
        }

        string? calendar = null;
        if (target.Calendar is { } name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                Fail(nameof(target.Calendar), $"must not be blank; name a calendar of ReviewKit:Calendars or '{AlwaysOpen}'");
            }
            else if (!string.Equals(name.Trim(), AlwaysOpen, StringComparison.OrdinalIgnoreCase))
            {
                calendar = name.Trim();
                if (calendarNames is not null && !calendarNames.Contains(calendar))
                {
                    var known = calendarNames.Count == 0 ? "none" : string.Join(", ", calendarNames.Order(StringComparer.OrdinalIgnoreCase));
                    Fail(nameof(target.Calendar), $"'{name}' is not a configured calendar (configured: {known}; '{AlwaysOpen}' counts calendar hours)");
                }
            }
        }

        double[]? fractions = null;
        if (target.WarningPercentages is { } percentages)
        {
            fractions = new double[percentages.Count];
            for (var i = 0; i < percentages.Count; i++)
            {
                var p = percentages[i];
                if (!(p > 0 && p <= 100))
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"{nameof(target.WarningPercentages)}:{i}"), string.Create(CultureInfo.InvariantCulture, $"{p} is not a percentage of the goal in (0, 100]"));
                }

                fractions[i] = p / 100;
            }
        }

        if (target.DueWithin is { } dueWithin)
        {
            for (var i = 0; i < dueWithin.Count; i++)
            {
                if (dueWithin[i] <= TimeSpan.Zero)
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"{nameof(target.DueWithin)}:{i}"), string.Create(CultureInfo.InvariantCulture, $"{dueWithin[i]} is not a positive duration"));
                }
            }
        }

        var paused = new List<CaseStatus>();
        if (target.PausedWhile is null)
        {
            if (metric == SlaMetric.Resolution)
            {
                paused.Add(CaseStatus.WaitingOnCustomer);
            }
        }
        else
        {
            var none = false;
            for (var i = 0; i < target.PausedWhile.Count; i++)
            {
                var text = target.PausedWhile[i];
                if (string.Equals(text?.Trim(), "None", StringComparison.OrdinalIgnoreCase))
                {
                    none = true;
                }
                else if (TryParseName<CaseStatus>(text, out var status))
                {
                    paused.Add(status);
                }
                else
                {
                    Fail(
                        string.Create(CultureInfo.InvariantCulture, $"{nameof(target.PausedWhile)}:{i}"),
                        $"'{text}' is not a case state (Open, InProgress, WaitingOnCustomer, Resolved, Closed, or None alone)");
                }
            }

            if (none && paused.Count > 0)
            {
                Fail(nameof(target.PausedWhile), "None cannot be combined with case states");
            }
        }

        return errors.Count > before
            ? null
            : new SlaTarget(
                Duration.FromTimeSpan(goal), Duration.FromTimeSpan(limit), calendar, paused, fractions,
                target.DueWithin?.Select(Duration.FromTimeSpan));
    }

    private static SlaPolicyRule? CompileRule(
        SlaPolicyRuleOptions rule,
        string rulePath,
        string who,
        Func<string?, SlaPolicy?> find,
        Dictionary<string, SlaPolicyOptions>? configured,
        Func<string> known,
        List<string> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add($"{rulePath}:{field}: {message} ({who}).");

        var policy = find(rule.Policy);
        if (string.IsNullOrWhiteSpace(rule.Policy))
        {
            Fail(nameof(rule.Policy), "a rule must name the policy it chooses");
        }
        else if (policy is null && configured?.ContainsKey(rule.Policy.Trim()) != true)
        {
            Fail(nameof(rule.Policy), $"'{rule.Policy}' is not a configured policy (known: {known()})");
        }

        Severity? severity = null;
        if (rule.MinimumSeverity is not null)
        {
            if (TryParseName<Severity>(rule.MinimumSeverity, out var s))
            {
                severity = s;
            }
            else
            {
                Fail(nameof(rule.MinimumSeverity), $"'{rule.MinimumSeverity}' is not a severity (Low, Medium, High, Critical)");
            }
        }

        ReviewSource? channel = null;
        if (rule.Channel is not null)
        {
            try
            {
                channel = ReviewSource.FromName(rule.Channel.Trim());
            }
            catch (ArgumentException)
            {
                Fail(nameof(rule.Channel), $"'{rule.Channel}' is not a channel name (1 to 64 ASCII letters, digits, '-', '_', '.')");
            }
        }

        if (rule.Location is not null && (string.IsNullOrWhiteSpace(rule.Location) || rule.Location.Length > Guard.MaxLabelLength))
        {
            Fail(nameof(rule.Location), $"must not be blank or longer than {Guard.MaxLabelLength} characters");
        }

        CasePriority? priority = null;
        if (rule.MinimumPriority is not null)
        {
            if (TryParseName<CasePriority>(rule.MinimumPriority, out var p))
            {
                priority = p;
            }
            else
            {
                Fail(nameof(rule.MinimumPriority), $"'{rule.MinimumPriority}' is not a priority (Low, Normal, High, Urgent)");
            }
        }

        // A policy that failed its own checks is reported at its own path; the rule then compiles to nothing.
        return errors.Count > before || policy is null ? null : new SlaPolicyRule(policy, severity, channel, rule.Location, priority);
    }

    /// <summary>Parses an enum member by name (case-insensitive), never by number.</summary>
    private static bool TryParseName<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && char.IsAsciiLetter(text.Trim()[0])
            && Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
