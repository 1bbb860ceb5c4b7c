using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using ReviewKit.Cases;
using ReviewKit.Escalation;

namespace ReviewKit.Samples.EscalationWorker;

/// <summary>
/// Watches the open cases: evaluates each one, dispatches its escalations, and sleeps until the earliest
/// <see cref="EscalationResult.NextEvaluationAt"/> (one timer per case) or the next change of a case. In simulation the
/// sleep is a jump of the worker's own clock, and the run stops by itself after <see cref="WorkerOptions.SimulatedHours"/>.
/// </summary>
public sealed class EscalationWorker(
    IEscalationEngine engine,
    EscalationDispatcher dispatcher,
    OpenCases cases,
    IClock clock,
    ConsoleEscalationNotifier notifier,
    IOptions<ReviewKitOptions> reviewKit,
    WorkerOptions options,
    IHostApplicationLifetime lifetime,
    TextWriter output) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WatchAsync(stoppingToken);
        }
        catch (Exception)
        {
            Environment.ExitCode = 1; // so that CI notices
            lifetime.StopApplication();
            throw;
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var start = clock.GetCurrentInstant();
        var end = start + Duration.FromHours(options.SimulatedHours);
        var timers = new Dictionary<CaseId, Instant?>();
        if (engine.Rules.Rules.IsEmpty)
        {
            throw new InvalidOperationException("No escalation rules: is appsettings.json (ReviewKit:Escalation) beside the worker?");
        }

        output.WriteLine($"Watching {cases.All.Count()} open cases with {engine.Rules.Rules.Length} escalation rules, from {start} to {end}.");
        foreach (var reviewCase in cases.All.ToList())
        {
            timers[reviewCase.Id] = await EvaluateAsync(reviewCase.Id, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = Earliest(timers.Values.Append(cases.NextScriptedAt));
            if (wake is not { } next || next > end)
            {
                break;
            }

            await SleepUntilAsync(next, stoppingToken);
            var now = clock.GetCurrentInstant();
            output.WriteLine($"[{Elapsed(start, now)}]");
            var due = timers.Where(t => t.Value <= now).Select(t => t.Key).Concat(cases.ApplyScriptUpTo(now, output)).Distinct().ToList();
            foreach (var id in due)
            {
                timers[id] = await EvaluateAsync(id, stoppingToken);
            }
        }

        output.WriteLine();
        var window = Duration.FromTimeSpan(reviewKit.Value.Escalation.DigestWindow);
        output.WriteLine($"Digests (window {window}):");
        foreach (var digest in EscalationDigest.Group(notifier.Delivered, window))
        {
            output.WriteLine($"  {digest.Recipient} at {Elapsed(start, digest.Window.Start)}: {string.Join(", ", digest.Notifications.Select(n => $"{n.CaseId}/{n.Decision.RuleId}#{n.Decision.Level}"))}");
        }

        output.WriteLine("Done.");
        lifetime.StopApplication();
    }

    private static Instant? Earliest(IEnumerable<Instant?> instants) =>
        instants.Where(i => i is not null).Select(i => i!.Value).DefaultIfEmpty(Instant.MaxValue).Min() is var min && min == Instant.MaxValue ? null : min;

    private static string Elapsed(Instant start, Instant now) => $"+{(now - start).ToString("H:mm", null)}";

    private async Task<Instant?> EvaluateAsync(CaseId id, CancellationToken cancellationToken)
    {
        var reviewCase = cases.All.Single(c => c.Id == id);
        var now = clock.GetCurrentInstant();
        var result = engine.Evaluate(new EscalationContext(reviewCase, analysis: cases.AnalysisOf(id)), now);
        if (result.HasDecisions)
        {
            cases.Save(await dispatcher.DispatchAsync(reviewCase, result, cancellationToken));
        }

        return result.NextEvaluationAt;
    }

    private async Task SleepUntilAsync(Instant next, CancellationToken cancellationToken)
    {
        if (clock is SimulatedClock simulated)
        {
            simulated.AdvanceTo(next);
            return;
        }

        var wait = next - clock.GetCurrentInstant();
        if (wait > Duration.Zero)
        {
            await Task.Delay(wait.ToTimeSpan(), cancellationToken);
        }
    }

    /// <summary>Parses the simulated start of the options.</summary>
    public static Instant ParseStart(WorkerOptions options) => InstantPattern.ExtendedIso.Parse(options.Start).GetValueOrThrow();
}
