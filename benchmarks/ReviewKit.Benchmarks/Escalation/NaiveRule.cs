using System.Globalization;
using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Sla;

namespace ReviewKit.Benchmarks.Escalation;

/// <summary>
/// The baseline: the same rules kept as string dictionaries (as a rules engine reading JSON would hold them) and
/// interpreted against a per-case bag of facts keyed by strings, with LINQ. It computes the decisions only, not the
/// next evaluation instant.
/// </summary>
internal sealed class NaiveRule
{
    public required string Id { get; init; }

    public required int Level { get; init; }

    public required List<Dictionary<string, string>> Conditions { get; init; }

    /// <summary>Turns compiled rules back into string dictionaries, as a naive engine would have read them.</summary>
    public static List<NaiveRule> From(EscalationRuleSet rules) =>
        [.. rules.Rules.Select(r => new NaiveRule { Id = r.Id, Level = r.Level, Conditions = [.. r.Conditions.Select(Describe)] })];

    public static Dictionary<string, object?> Facts(in EscalationContext context, Instant now)
    {
        var c = context.Case;
        var facts = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["severity"] = context.Severity?.ToString(),
            ["risks"] = context.Analysis?.Risks.Select(r => r.RiskId).ToList() ?? [],
            ["themes"] = context.Analysis?.Themes.Select(t => t.ThemeId).ToList() ?? [],
            ["rating"] = c.Review.Rating?.Value,
            ["audience"] = c.Review.Author.AudienceSize,
            ["channel"] = c.Review.Source.Name,
            ["location"] = c.Review.LocationId,
            ["repeat"] = context.RepeatComplaints,
            ["repeatWindowHours"] = context.RepeatComplaintWindow.TotalHours,
            ["reopened"] = c.ReopenCount,
            ["publicReplyAt"] = c.FirstPublicReplyAt,
            ["privateContactAt"] = c.FirstPrivateContactAt,
            ["waitingSince"] = c.WaitingSince,
            ["now"] = now,
            ["gestures"] = c.Timeline.OfType<GoodwillGestureOffered>().Where(g => g.By.Kind == ActorKind.Agent).ToList(),
        };
        foreach (var metric in Enum.GetValues<SlaMetric>())
        {
            var clock = context.Sla[metric];
            facts[$"{metric}.open"] = clock.StartedAt is not null && clock.StoppedAt is null;
            facts[$"{metric}.percent"] = clock.FractionOfGoalUsed * 100;
            facts[$"{metric}.remainingHours"] = clock.Remaining.TotalHours;
            facts[$"{metric}.breached"] = clock.BreachedAt is not null;
        }

        return facts;
    }

    public static bool Holds(Dictionary<string, string> condition, Dictionary<string, object?> facts)
    {
        double Number(string key) => double.Parse(condition[key], CultureInfo.InvariantCulture);
        var metric = condition.GetValueOrDefault("metric");
        switch (condition["type"])
        {
            case "GoalUsed":
                return (bool)facts[$"{metric}.open"]! && (double)facts[$"{metric}.percent"]! >= Number("percent");
            case "DueWithin":
                return (bool)facts[$"{metric}.open"]! && (double)facts[$"{metric}.remainingHours"]! <= Number("hours");
            case "OverdueBy":
                return (bool)facts[$"{metric}.open"]! && -(double)facts[$"{metric}.remainingHours"]! >= Number("hours");
            case "Breached":
                return (bool)facts[$"{metric}.breached"]!;
            case "SeverityAtLeast":
                return facts["severity"] is string s && Enum.Parse<Triage.Severity>(s) >= Enum.Parse<Triage.Severity>(condition["value"]);
            case "AnyRisk":
                return ((List<string>)facts["risks"]!).Intersect(condition["values"].Split(',')).Any();
            case "AnyTheme":
                return ((List<string>)facts["themes"]!).Intersect(condition["values"].Split(',')).Any();
            case "RatingAtMost":
                return facts["rating"] is double r && r <= Number("value");
            case "AudienceAtLeast":
                return facts["audience"] is long a && a >= Number("value");
            case "Channel":
                return condition["values"].Split(',').Contains((string)facts["channel"]!, StringComparer.OrdinalIgnoreCase);
            case "Location":
                return facts["location"] is string l && condition["values"].Split(',').Contains(l);
            case "RepeatComplaints":
                return (int)facts["repeat"]! >= Number("value") && (double)facts["repeatWindowHours"]! <= Number("hours");
            case "Reopened":
                return (int)facts["reopened"]! >= Number("value");
            case "NoPrivateContactAfterPublicReply":
                return facts["publicReplyAt"] is Instant p && facts["privateContactAt"] is null && ((Instant)facts["now"]! - p).TotalHours >= Number("hours");
            case "WaitingOnCustomer":
                return facts["waitingSince"] is Instant w && ((Instant)facts["now"]! - w).TotalHours >= Number("hours");
            case "GestureAwaitingApproval":
                return ((List<GoodwillGestureOffered>)facts["gestures"]!).Any(g => g.Kind == GestureKind.PercentageDiscount ? g.Amount > (decimal)Number("percent") : g.Amount > (decimal)Number("value"));
            default:
                throw new InvalidOperationException(condition["type"]);
        }
    }

    private static Dictionary<string, string> Describe(EscalationCondition condition)
    {
        // The baseline reads its parameters back from the condition's text, as a rules engine reading strings would.
        var text = condition.ToString();
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"\d+(\.\d+)?").Select(m => m.Value).ToList();
        var d = new Dictionary<string, string> { ["type"] = condition.Kind.ToString() };
        var metric = Enum.GetNames<SlaMetric>().FirstOrDefault(m => text.StartsWith(m, StringComparison.Ordinal));
        if (metric is not null)
        {
            d["metric"] = metric;
        }

        switch (condition.Kind)
        {
            case EscalationConditionKind.GoalUsed:
                d["percent"] = numbers[0];
                break;
            case EscalationConditionKind.DueWithin or EscalationConditionKind.OverdueBy or EscalationConditionKind.NoPrivateContactAfterPublicReply or EscalationConditionKind.WaitingOnCustomer:
                d["hours"] = numbers[0]; // "H:mm:ss": the whole hours
                break;
            case EscalationConditionKind.SeverityAtLeast:
                d["value"] = text.Split(' ')[^1];
                break;
            case EscalationConditionKind.AnyRisk or EscalationConditionKind.AnyTheme or EscalationConditionKind.Channel or EscalationConditionKind.Location:
                d["values"] = text[(text.LastIndexOf(" of ", StringComparison.Ordinal) + 4)..].Replace(" ", string.Empty, StringComparison.Ordinal);
                break;
            case EscalationConditionKind.RepeatComplaints:
                d["value"] = numbers[0];
                d["hours"] = (double.Parse(numbers[1], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
                break;
            case EscalationConditionKind.GestureAwaitingApproval:
                d["percent"] = numbers[0];
                d["value"] = numbers[1];
                break;
            default:
                d["value"] = numbers.Count > 0 ? numbers[0] : "0";
                break;
        }

        return d;
    }
}
