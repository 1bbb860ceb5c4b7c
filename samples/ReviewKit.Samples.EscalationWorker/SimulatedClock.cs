namespace ReviewKit.Samples.EscalationWorker;

/// <summary>The worker's own clock for a simulated run: time moves only when the worker jumps to its next timer.</summary>
public sealed class SimulatedClock(Instant start) : IClock
{
    private Instant _now = start;

    public Instant GetCurrentInstant() => _now;

    public void AdvanceTo(Instant instant)
    {
        if (instant > _now)
        {
            _now = instant;
        }
    }
}
