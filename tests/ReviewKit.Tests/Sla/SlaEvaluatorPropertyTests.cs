using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Cases;
using ReviewKit.Sla;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Sla;

public class SlaEvaluatorPropertyTests
{
    private static readonly SlaEvaluator Default = new(SlaPolicy.Default);

    /// <summary>Resolution in calendar hours: elapsed is wall time minus the waits, first reply is wall time, whatever the waits.</summary>
    [Property]
    public Property ResolutionElapsed_IsWallTimeMinusWaits_FirstReplyNeverPauses()
    {
        var gen =
            from waitStart in Gen.Choose(1, 500)
            // A resumed wait lasts at least a minute: events at one instant are ordered by id (documented on ReviewCase),
            // which would put the resumption ("r") before the wait ("w").
            from waitLength in Gen.Choose(1, 500)
            from after in Gen.Choose(0, 500)
            from stillWaiting in Gen.Elements(true, false)
            select (waitStart, waitLength, after, stillWaiting);
        return Prop.ForAll(Arb.From(gen), p =>
        {
            var events = new List<CaseEvent> { Opened(), new WaitingOnCustomerStarted(Id("w"), At(p.waitStart), Agent) };
            if (!p.stillWaiting)
            {
                events.Add(new CaseResumed(Id("r"), At(p.waitStart + p.waitLength), Agent));
            }

            var reviewCase = ReviewCase.FromTimeline(TheCaseId, events);
            var now = At(p.waitStart + p.waitLength + p.after);
            var evaluation = Default.Evaluate(reviewCase, now);
            var waited = p.stillWaiting ? now - At(p.waitStart) : Duration.FromMinutes(p.waitLength);
            return evaluation.Resolution.Elapsed == now - T0 - waited
                && evaluation.FirstPublicReply.Elapsed == now - T0
                && evaluation.Resolution.Elapsed <= now - T0
                && (evaluation.Resolution.State == SlaState.Paused) == p.stillWaiting;
        });
    }
}
