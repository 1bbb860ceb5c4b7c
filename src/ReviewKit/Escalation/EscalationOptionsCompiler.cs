using System.Globalization;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Escalation;

/// <summary>Checks <see cref="EscalationOptions"/> and compiles them into the same rule objects the builder makes.</summary>
internal static class EscalationOptionsCompiler
{
    public static EscalationRuleSet? Compile(EscalationOptions options, string path, List<string> errors)
    {
        var before = errors.Count;
        if (options.DigestWindow <= TimeSpan.Zero)
        {
            errors.Add($"{path}:{nameof(EscalationOptions.DigestWindow)}: must be positive.");
        }

        if (options.Rules is null)
        {
            errors.Add($"{path}:{nameof(EscalationOptions.Rules)}: must not be null.");
            return null;
        }

        var rules = new List<EscalationRule>();
        var seen = new Dictionary<(string, int), int>();
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rulePath = string.Create(CultureInfo.InvariantCulture, $"{path}:{nameof(EscalationOptions.Rules)}:{i}");
            if (options.Rules[i] is not { } rule)
            {
                errors.Add($"{rulePath}: the rule has no definition.");
                continue;
            }

            if (CompileRule(rule, i, rulePath, errors) is { } compiled)
            {
                if (seen.TryGetValue((compiled.Id, compiled.Level), out var first))
                {
                    errors.Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{rulePath}:{nameof(EscalationRuleOptions.Level)}: the rule '{compiled.Id}' level {compiled.Level} is already defined at {path}:{nameof(EscalationOptions.Rules)}:{first}; an id and a level identify one rule."));
                }
                else
                {
                    seen.Add((compiled.Id, compiled.Level), i);
                    rules.Add(compiled);
                }
            }
        }

        return errors.Count == before ? new EscalationRuleSet(rules) : null;
    }

    private static EscalationRule? CompileRule(EscalationRuleOptions rule, int index, string rulePath, List<string> errors)
    {
        var before = errors.Count;
        var who = string.Create(CultureInfo.InvariantCulture, $"(rule '{(string.IsNullOrWhiteSpace(rule.Id) ? "?" : rule.Id)}', level {rule.Level})");
        void Fail(string field, string message) => errors.Add($"{rulePath}:{field}: {message} {who}.");

        if (string.IsNullOrWhiteSpace(rule.Id))
        {
            Fail(nameof(rule.Id), "a rule needs an id");
        }
        else if (rule.Id.Length > Guard.MaxIdLength)
        {
            Fail(nameof(rule.Id), string.Create(CultureInfo.InvariantCulture, $"the id has {rule.Id.Length} characters; the limit is {Guard.MaxIdLength}"));
        }

        if (rule.Level < 1)
        {
            Fail(nameof(rule.Level), string.Create(CultureInfo.InvariantCulture, $"{rule.Level} is not a level; levels start at 1"));
        }

        var conditions = new List<EscalationCondition>();

        // SLA
        var hasSlaCondition = rule.Threshold is not null || rule.DueWithin is not null || rule.OverdueBy is not null || rule.Breached;
        if (rule.Metric is not null)
        {
            if (!TryParseName<SlaMetric>(rule.Metric, out var metric))
            {
                Fail(nameof(rule.Metric), $"'{rule.Metric}' is not a metric (FirstPublicReply, FirstPrivateContact, NextReply, Resolution)");
            }
            else
            {
                if (rule.Threshold is { } threshold)
                {
                    if (!(threshold > 0 && threshold <= 100))
                    {
                        Fail(nameof(rule.Threshold), string.Create(
                            CultureInfo.InvariantCulture,
                            $"{threshold} is {(threshold > 100 ? "above 100% of the goal; use OverdueBy for time past the goal" : "not a percentage of the goal in (0, 100]")}"));
                    }
                    else
                    {
                        conditions.Add(EscalationCondition.GoalUsed(metric, threshold));
                    }
                }
                else if (!hasSlaCondition)
                {
                    if (EscalationCondition.LadderPercent(rule.Level) is { } ladder)
                    {
                        conditions.Add(EscalationCondition.GoalUsed(metric, ladder));
                    }
                    else if (rule.Level >= 1)
                    {
                        Fail(nameof(rule.Threshold), string.Create(
                            CultureInfo.InvariantCulture,
                            $"level {rule.Level} has no default threshold (the default ladder is 50%, 75%, 100% of the goal for levels 1 to 3); give a Threshold, DueWithin, OverdueBy or Breached"));
                    }
                }

                if (Positive(rule.DueWithin, nameof(rule.DueWithin), Fail) is { } dueWithin)
                {
                    conditions.Add(EscalationCondition.DueWithin(metric, dueWithin));
                }

                if (Positive(rule.OverdueBy, nameof(rule.OverdueBy), Fail) is { } overdueBy)
                {
                    conditions.Add(EscalationCondition.OverdueBy(metric, overdueBy));
                }

                if (rule.Breached)
                {
                    conditions.Add(EscalationCondition.Breached(metric));
                }
            }
        }
        else if (hasSlaCondition)
        {
            Fail(nameof(rule.Metric), "Threshold, DueWithin, OverdueBy and Breached need the Metric they apply to");
        }

        // Triage
        if (rule.MinimumSeverity is not null)
        {
            if (TryParseName<Severity>(rule.MinimumSeverity, out var severity))
            {
                conditions.Add(EscalationCondition.SeverityAtLeast(severity));
            }
            else
            {
                Fail(nameof(rule.MinimumSeverity), $"'{rule.MinimumSeverity}' is not a severity (Low, Medium, High, Critical)");
            }
        }

        if (Ids(rule.Risks, nameof(rule.Risks), Fail) is { Count: > 0 } risks)
        {
            conditions.Add(EscalationCondition.AnyRisk(risks));
        }

        if (Ids(rule.Themes, nameof(rule.Themes), Fail) is { Count: > 0 } themes)
        {
            conditions.Add(EscalationCondition.AnyTheme(themes));
        }

        if (rule.MaximumRating is { } maximumRating)
        {
            if (double.IsFinite(maximumRating))
            {
                conditions.Add(EscalationCondition.RatingAtMost(maximumRating));
            }
            else
            {
                Fail(nameof(rule.MaximumRating), "must be a finite number");
            }
        }

        if (rule.MaximumNormalizedRating is { } normalized)
        {
            if (normalized is >= 0 and <= 1)
            {
                conditions.Add(EscalationCondition.NormalizedRatingAtMost(normalized));
            }
            else
            {
                Fail(nameof(rule.MaximumNormalizedRating), string.Create(CultureInfo.InvariantCulture, $"{normalized} is outside [0, 1] (0 the worst rating, 1 the best)"));
            }
        }

        if (rule.MinimumAudience is { } audience)
        {
            if (audience >= 0)
            {
                conditions.Add(EscalationCondition.AudienceAtLeast(audience));
            }
            else
            {
                Fail(nameof(rule.MinimumAudience), "must be zero or more");
            }
        }

        if (rule.Channels is { Count: > 0 } channelNames)
        {
            var channels = new List<ReviewSource>();
            for (var j = 0; j < channelNames.Count; j++)
            {
                try
                {
                    channels.Add(ReviewSource.FromName(channelNames[j]));
                }
                catch (ArgumentException)
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"{nameof(rule.Channels)}:{j}"), $"'{channelNames[j]}' is not a channel name (1 to 64 ASCII letters, digits, '-', '_', '.')");
                }
            }

            if (channels.Count == channelNames.Count)
            {
                conditions.Add(EscalationCondition.Channel(channels));
            }
        }

        if (Ids(rule.Locations, nameof(rule.Locations), Fail) is { Count: > 0 } locations)
        {
            conditions.Add(EscalationCondition.Location(locations));
        }

        if (rule.RepeatComplaints is not null || rule.RepeatComplaintsWithin is not null)
        {
            if (rule.RepeatComplaints is not { } count || count < 1)
            {
                Fail(nameof(rule.RepeatComplaints), "must be 1 or more, with RepeatComplaintsWithin");
            }
            else if (rule.RepeatComplaintsWithin is null)
            {
                Fail(nameof(rule.RepeatComplaintsWithin), "the window of RepeatComplaints is required");
            }
            else if (Positive(rule.RepeatComplaintsWithin, nameof(rule.RepeatComplaintsWithin), Fail) is { } within)
            {
                conditions.Add(EscalationCondition.RepeatComplaints(count, within));
            }
        }

        // Case
        if (Positive(rule.NoPrivateContactAfterPublicReply, nameof(rule.NoPrivateContactAfterPublicReply), Fail) is { } noContact)
        {
            conditions.Add(EscalationCondition.NoPrivateContactAfterPublicReply(noContact));
        }

        if (Positive(rule.WaitingOnCustomerFor, nameof(rule.WaitingOnCustomerFor), Fail) is { } waiting)
        {
            conditions.Add(EscalationCondition.WaitingOnCustomer(waiting));
        }

        if (rule.ReopenedAtLeast is { } reopened)
        {
            if (reopened >= 1)
            {
                conditions.Add(EscalationCondition.Reopened(reopened));
            }
            else
            {
                Fail(nameof(rule.ReopenedAtLeast), "must be 1 or more");
            }
        }

        if (rule.GestureAbovePercentage is not null || rule.GestureAboveValue is not null)
        {
            var valid = true;
            if (rule.GestureAbovePercentage is < 0 or > 100)
            {
                Fail(nameof(rule.GestureAbovePercentage), "must be in [0, 100]");
                valid = false;
            }

            if (rule.GestureAboveValue is < 0)
            {
                Fail(nameof(rule.GestureAboveValue), "must be zero or more");
                valid = false;
            }

            if (valid)
            {
                conditions.Add(EscalationCondition.GestureAwaitingApproval(rule.GestureAbovePercentage, rule.GestureAboveValue));
            }
        }
        else if (rule.GestureRecordedAwaitingApproval)
        {
            conditions.Add(EscalationCondition.GestureAwaitingApproval());
        }

        // Actions
        var recipients = new List<EscalationRecipient>();
        if (rule.Notify is not null)
        {
            for (var j = 0; j < rule.Notify.Count; j++)
            {
                if (TryParseName<EscalationRole>(rule.Notify[j], out var role))
                {
                    recipients.Add(EscalationRecipient.FromRole(role));
                }
                else
                {
                    Fail(
                        string.Create(CultureInfo.InvariantCulture, $"{nameof(rule.Notify)}:{j}"),
                        $"'{rule.Notify[j]}' is not a role (Agent, TeamLead, Manager, Quality, Legal, Communications); name other people in Recipients");
                }
            }
        }

        foreach (var name in Ids(rule.Recipients, nameof(rule.Recipients), Fail))
        {
            recipients.Add(EscalationRecipient.Named(name));
        }

        CasePriority? priority = null;
        if (rule.RaisePriority is not null)
        {
            if (TryParseName<CasePriority>(rule.RaisePriority, out var p))
            {
                priority = p;
            }
            else
            {
                Fail(nameof(rule.RaisePriority), $"'{rule.RaisePriority}' is not a priority (Low, Normal, High, Urgent)");
            }
        }

        if (rule.MoveToQueue is not null && string.IsNullOrWhiteSpace(rule.MoveToQueue))
        {
            Fail(nameof(rule.MoveToQueue), "must not be blank");
        }

        var approvals = new List<ApprovalSubject>();
        if (rule.RequireApproval is not null)
        {
            for (var j = 0; j < rule.RequireApproval.Count; j++)
            {
                if (TryParseName<ApprovalSubject>(rule.RequireApproval[j], out var subject))
                {
                    approvals.Add(subject);
                }
                else
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"{nameof(rule.RequireApproval)}:{j}"), $"'{rule.RequireApproval[j]}' is not an approval subject (Reply, Gesture)");
                }
            }
        }

        var hasActions = (rule.Notify?.Count ?? 0) > 0 || (rule.Recipients?.Count ?? 0) > 0 || rule.RaisePriority is not null
            || rule.MoveToQueue is not null || (rule.RequireApproval?.Count ?? 0) > 0;
        if (!hasActions)
        {
            Fail(nameof(rule.Notify), "the level has no actions: give Notify, Recipients, RaisePriority, MoveToQueue or RequireApproval");
        }

        if (errors.Count > before)
        {
            return null;
        }

        return EscalationRule.Compose(
            rule.Id!, rule.Level, rule.Order ?? index, rule.StopProcessing, conditions, recipients, priority,
            string.IsNullOrWhiteSpace(rule.MoveToQueue) ? null : rule.MoveToQueue, approvals);
    }

    private static Duration? Positive(TimeSpan? value, string field, Action<string, string> fail)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (v <= TimeSpan.Zero)
        {
            fail(field, string.Create(CultureInfo.InvariantCulture, $"{v} is not a positive duration"));
            return null;
        }

        return Duration.FromTimeSpan(v);
    }

    private static List<string> Ids(IList<string>? values, string field, Action<string, string> fail)
    {
        var ids = new List<string>();
        if (values is null)
        {
            return ids;
        }

        for (var j = 0; j < values.Count; j++)
        {
            var value = values[j];
            if (string.IsNullOrWhiteSpace(value) || value.Length > Guard.MaxLabelLength)
            {
                fail(string.Create(CultureInfo.InvariantCulture, $"{field}:{j}"), $"must not be blank or longer than {Guard.MaxLabelLength} characters");
            }
            else
            {
                ids.Add(value);
            }
        }

        return ids;
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
