using System.Collections.Immutable;
using System.Globalization;
using ReviewKit.Calendars;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Escalation;

/// <content>The closed set of condition kinds.</content>
public abstract partial class EscalationCondition
{
    /// <summary>Goal used, due within, overdue by, breached: one SLA clock against business time.</summary>
    private sealed class SlaCondition : EscalationCondition
    {
        private const long MicroPercentPerUnit = 100_000_000; // 100% in millionths of a percent
        private readonly SlaMetric _metric;
        private readonly double _percent;
        private readonly long _microPercent;
        private readonly long _wholePercent;
        private readonly Duration _offset;
        private readonly long _offsetNs;

        public SlaCondition(EscalationConditionKind kind, SlaMetric metric, double percent, Duration offset)
            : base(kind)
        {
            _metric = metric;
            _percent = percent;
            _microPercent = (long)Math.Round(percent * 1_000_000);
            _wholePercent = _microPercent % 1_000_000 == 0 ? _microPercent / 1_000_000 : -1;
            _offset = offset;
            _offsetNs = offset.ToInt64Nanoseconds();
        }

        internal override bool UsesSla => true;

        public override string ToString() => Kind switch
        {
            EscalationConditionKind.GoalUsed => $"{_metric}: at least {Format(_percent)}% of the goal used",
            EscalationConditionKind.DueWithin => $"{_metric}: due within {Format(_offset)}",
            EscalationConditionKind.OverdueBy => $"{_metric}: overdue by at least {Format(_offset)}",
            _ => $"{_metric}: breached",
        };

        internal override bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now)
        {
            var clock = sla[_metric];
            return Kind == EscalationConditionKind.Breached
                ? clock.Breached
                : clock.Open && clock.ElapsedNs >= Threshold(clock.GoalNs);
        }

        internal override long MetAfter(in EscalationContext context, in SlaFacts sla, Instant now, IBusinessCalendarProvider? calendars)
        {
            var clock = sla[_metric];
            if (!clock.Open || !clock.HasTarget || clock.Frozen)
            {
                return Never; // stopped, or standing still until the customer answers or the case resumes: an event
            }

            var threshold = Kind == EscalationConditionKind.Breached ? clock.LimitNs + 1 : Threshold(clock.GoalNs);
            var missing = threshold - clock.ElapsedNs;
            if (missing <= 0)
            {
                return Never;
            }

            if (clock.Calendar is null)
            {
                return missing; // calendar hours: business time is wall time
            }

            var calendar = calendars?.GetCalendar(clock.Calendar)
                ?? throw new InvalidOperationException(
                    $"The SLA policy '{sla.PolicyName}' counts {_metric} in the calendar '{clock.Calendar}', but the escalation engine has no calendar provider.");
            try
            {
                return (calendar.AddBusinessTime(now, Duration.FromNanoseconds(missing)) - now).ToInt64Nanoseconds();
            }
            catch (InvalidOperationException)
            {
                return Never; // beyond the calendar's search horizon: no opening in sight
            }
        }

        internal override string Explain(in EscalationContext context, Instant now)
        {
            var clock = context.Clock(_metric);
            return Kind switch
            {
                EscalationConditionKind.GoalUsed => string.Create(
                    CultureInfo.InvariantCulture, $"{_metric}: {clock.FractionOfGoalUsed * 100:0.#}% of the goal used (threshold {Format(_percent)}%)"),
                EscalationConditionKind.DueWithin => $"{_metric}: due in {Format(clock.Remaining)} (within {Format(_offset)})",
                EscalationConditionKind.OverdueBy => $"{_metric}: overdue by {Format(-clock.Remaining)} (at least {Format(_offset)})",
                _ => $"{_metric}: breached at {clock.BreachedAt}",
            };
        }

        private protected override bool EqualsCore(EscalationCondition other) =>
            other is SlaCondition o && _metric == o._metric && _microPercent == o._microPercent && _offset == o._offset;

        private protected override int HashCore() => HashCode.Combine(_metric, _microPercent, _offset);

        /// <summary>The elapsed business time, in nanoseconds, from which the condition holds (inclusive).</summary>
        private long Threshold(long goal)
        {
            switch (Kind)
            {
                case EscalationConditionKind.GoalUsed:
                    if (_wholePercent >= 0 && goal < long.MaxValue / 100)
                    {
                        return ((goal * _wholePercent) + 99) / 100; // ceiling, exact in integers
                    }

                    var product = ((Int128)goal * _microPercent) + (MicroPercentPerUnit - 1);
                    return (long)(product / MicroPercentPerUnit);
                case EscalationConditionKind.DueWithin:
                    return goal - _offsetNs;
                default:
                    return goal + _offsetNs;
            }
        }
    }

    /// <summary>Severity at least.</summary>
    private sealed class SeverityCondition(Severity minimum) : EscalationCondition(EscalationConditionKind.SeverityAtLeast)
    {
        public override string ToString() => $"severity at least {minimum}";

        internal override bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now) => context.Severity is { } s && s >= minimum;

        internal override string Explain(in EscalationContext context, Instant now) => $"severity {context.Severity} (at least {minimum})";

        private protected override bool EqualsCore(EscalationCondition other) => other is SeverityCondition o && o.Minimum == minimum;

        private protected override int HashCore() => (int)minimum;

        private Severity Minimum => minimum;
    }

    /// <summary>Risks, themes and locations: one of a set of ordinal ids.</summary>
    private sealed class IdSetCondition(EscalationConditionKind kind, ImmutableArray<string> ids) : EscalationCondition(kind)
    {
        private readonly ImmutableArray<string> _ids = ids;

        public override string ToString() => Kind switch
        {
            EscalationConditionKind.AnyRisk => $"any risk of {string.Join(", ", _ids)}",
            EscalationConditionKind.AnyTheme => $"any theme of {string.Join(", ", _ids)}",
            _ => $"location one of {string.Join(", ", _ids)}",
        };

        internal override bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now) => Found(context) is not null;

        internal override string Explain(in EscalationContext context, Instant now) => Kind switch
        {
            EscalationConditionKind.AnyRisk => $"risk {Found(context)}",
            EscalationConditionKind.AnyTheme => $"theme {Found(context)}",
            _ => $"location {Found(context)}",
        };

        private protected override bool EqualsCore(EscalationCondition other) => other is IdSetCondition o && _ids.SequenceEqual(o._ids);

        private protected override int HashCore() => _ids.Length;

        private string? Found(in EscalationContext context)
        {
            switch (Kind)
            {
                case EscalationConditionKind.AnyRisk:
                    if (context.Analysis is { } risks)
                    {
                        foreach (var risk in risks.Risks)
                        {
                            if (Contains(risk.RiskId))
                            {
                                return risk.RiskId;
                            }
                        }
                    }

                    return null;
                case EscalationConditionKind.AnyTheme:
                    if (context.Analysis is { } themes)
                    {
                        foreach (var theme in themes.Themes)
                        {
                            if (Contains(theme.ThemeId))
                            {
                                return theme.ThemeId;
                            }
                        }
                    }

                    return null;
                default:
                    return context.Case.Review.LocationId is { } location && Contains(location) ? location : null;
            }
        }

        private bool Contains(string id)
        {
            foreach (var candidate in _ids)
            {
                if (string.Equals(candidate, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Channel one of a set.</summary>
    private sealed class ChannelCondition(ImmutableArray<ReviewSource> channels) : EscalationCondition(EscalationConditionKind.Channel)
    {
        private readonly ImmutableArray<ReviewSource> _channels = channels;

        public override string ToString() => $"channel one of {string.Join(", ", _channels)}";

        internal override bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now)
        {
            var source = context.Case.Review.Source;
            foreach (var channel in _channels)
            {
                if (channel == source)
                {
                    return true;
                }
            }

            return false;
        }

        internal override string Explain(in EscalationContext context, Instant now) => $"channel {context.Case.Review.Source}";

        private protected override bool EqualsCore(EscalationCondition other) => other is ChannelCondition o && _channels.SequenceEqual(o._channels);

        private protected override int HashCore() => _channels.Length;
    }

    /// <summary>Rating at most, on the review's scale or normalised.</summary>
    private sealed class RatingCondition(EscalationConditionKind kind, double maximum) : EscalationCondition(kind)
    {
        private readonly double _maximum = maximum;

        public override string ToString() => Kind == EscalationConditionKind.RatingAtMost
            ? $"rating at most {Format(_maximum)}"
            : $"normalised rating at most {Format(_maximum)}";

        internal override bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now) =>
            context.Case.Review.Rating is { } rating
            && (Kind == EscalationConditionKind.RatingAtMost ? rating.Value : rating.Normalized) <= _maximum;

        internal override string Explain(in EscalationContext context, Instant now) => $"rating {context.Case.Review.Rating} ({ToString()})";

        private protected override bool EqualsCore(EscalationCondition other) => other is RatingCondition o && o._maximum.Equals(_maximum);

        private protected override int HashCore() => _maximum.GetHashCode();
    }

    /// <summary>Audience at least, repeat complaints, reopened: a count against a minimum.</summary>
    private sealed class CountCondition(EscalationConditionKind kind, long minimum, Duration window) : EscalationCondition(kind)
    {
        private readonly long _minimum = minimum;
        private readonly Duration _window = window;

        public override string ToString() => Kind switch
        {
            EscalationConditionKind.AudienceAtLeast => string.Create(CultureInfo.InvariantCulture, $"author audience at least {_minimum}"),
            EscalationConditionKind.RepeatComplaints => string.Create(CultureInfo.InvariantCulture, $"same customer complained at least {_minimum} times within {Format(_window)}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"reopened at least {_minimum} times"),
        };

        internal override bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now) => Kind switch
        {
            EscalationConditionKind.AudienceAtLeast => context.Case.Review.Author.AudienceSize is { } audience && audience >= _minimum,
            EscalationConditionKind.RepeatComplaints => context.RepeatComplaints >= _minimum
                && context.RepeatComplaintWindow > Duration.Zero && context.RepeatComplaintWindow <= _window,
            _ => context.Case.ReopenCount >= _minimum,
        };

        internal override string Explain(in EscalationContext context, Instant now) => Kind switch
        {
            EscalationConditionKind.AudienceAtLeast => string.Create(
                CultureInfo.InvariantCulture, $"author audience {context.Case.Review.Author.AudienceSize} (at least {_minimum})"),
            EscalationConditionKind.RepeatComplaints => string.Create(
                CultureInfo.InvariantCulture, $"{context.RepeatComplaints} complaints within {Format(context.RepeatComplaintWindow)} (at least {_minimum} within {Format(_window)})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"reopened {context.Case.ReopenCount} times (at least {_minimum})"),
        };

        private protected override bool EqualsCore(EscalationCondition other) =>
            other is CountCondition o && o._minimum == _minimum && o._window == _window;

        private protected override int HashCore() => HashCode.Combine(_minimum, _window);
    }

    /// <summary>No private contact after the public reply; waiting on the customer: calendar time since a case instant.</summary>
    private sealed class CaseTimeCondition(EscalationConditionKind kind, Duration duration) : EscalationCondition(kind)
    {
        private readonly Duration _duration = duration;

        public override string ToString() => Kind == EscalationConditionKind.NoPrivateContactAfterPublicReply
            ? $"no private contact {Format(_duration)} after the public reply"
            : $"waiting on the customer for at least {Format(_duration)}";

        internal override bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now) => Since(context) is { } since && now - since >= _duration;

        internal override long MetAfter(in EscalationContext context, in SlaFacts sla, Instant now, IBusinessCalendarProvider? calendars) =>
            Since(context) is { } since ? (since + _duration - now).ToInt64Nanoseconds() : Never;

        internal override string Explain(in EscalationContext context, Instant now) => Kind == EscalationConditionKind.NoPrivateContactAfterPublicReply
            ? $"public reply at {context.Case.FirstPublicReplyAt}, no private contact for {Format(now - Since(context)!.Value)} (limit {Format(_duration)})"
            : $"waiting on the customer since {context.Case.WaitingSince} ({Format(now - Since(context)!.Value)}, limit {Format(_duration)})";

        private protected override bool EqualsCore(EscalationCondition other) => other is CaseTimeCondition o && o._duration == _duration;

        private protected override int HashCore() => _duration.GetHashCode();

        private Instant? Since(in EscalationContext context)
        {
            var reviewCase = context.Case;
            return Kind == EscalationConditionKind.NoPrivateContactAfterPublicReply
                ? (reviewCase.FirstPrivateContactAt is null ? reviewCase.FirstPublicReplyAt : null)
                : reviewCase.WaitingSince;
        }
    }

    /// <summary>A gesture above the agent's limit awaiting approval (see <see cref="GestureAwaitingApproval(decimal?, decimal?)"/>).</summary>
    private sealed class GestureCondition(decimal? maxPercentage, decimal? maxValue) : EscalationCondition(EscalationConditionKind.GestureAwaitingApproval)
    {
        private readonly decimal? _maxPercentage = maxPercentage;
        private readonly decimal? _maxValue = maxValue;
        private readonly Func<GoodwillGestureOffered, bool>? _aboveLimit = maxPercentage is null && maxValue is null
            ? null
            : gesture => gesture.Kind == GestureKind.PercentageDiscount
                ? maxPercentage is { } p && gesture.Amount > p
                : maxValue is { } v && gesture.Amount > v;

        public override string ToString() => _maxPercentage is null && _maxValue is null
            ? "gesture recorded as awaiting approval"
            : string.Create(
            CultureInfo.InvariantCulture,
            $"gesture above the agent's limit (discount {(_maxPercentage is { } p ? $"{p}%" : "unlimited")}, value {(_maxValue is { } v ? v.ToString(CultureInfo.InvariantCulture) : "unlimited")}) awaiting approval");

        internal override bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now) => Pending(context.Case) is not null;

        internal override string Explain(in EscalationContext context, Instant now)
        {
            var gesture = Pending(context.Case)!;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{gesture.Kind} of {gesture.Amount}{(gesture.Kind == GestureKind.PercentageDiscount ? "%" : " " + gesture.Currency)} offered by {gesture.By} at {gesture.At} awaits approval");
        }

        private protected override bool EqualsCore(EscalationCondition other) =>
            other is GestureCondition o && o._maxPercentage == _maxPercentage && o._maxValue == _maxValue;

        private protected override int HashCore() => HashCode.Combine(_maxPercentage, _maxValue);

        private GoodwillGestureOffered? Pending(ReviewCase reviewCase)
        {
            var timeline = reviewCase.Events;
            var index = GestureRules.PendingApproval(timeline, _aboveLimit);
            return index < 0 ? null : (GoodwillGestureOffered)timeline[index];
        }
    }
}
