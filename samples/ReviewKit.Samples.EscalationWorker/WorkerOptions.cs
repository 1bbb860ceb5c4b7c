namespace ReviewKit.Samples.EscalationWorker;

/// <summary>The worker's settings (section <c>Worker</c> of appsettings.json).</summary>
public sealed class WorkerOptions
{
    /// <summary>Gets or sets <c>Simulate</c> (a bounded run on the worker's own clock, for CI) or <c>RealTime</c> (the system clock, until stopped).</summary>
    public string Mode { get; set; } = "Simulate";

    /// <summary>Gets or sets the simulated start, ISO 8601 in UTC.</summary>
    public string Start { get; set; } = "2026-03-02T09:00:00Z";

    /// <summary>Gets or sets how many hours the simulation covers.</summary>
    public int SimulatedHours { get; set; } = 96;
}
