using Microsoft.Extensions.Options;
using ReviewKit.Calendars;
using ReviewKit.Sla;

namespace ReviewKit;

/// <summary>
/// Holds the <see cref="SlaEvaluator"/> built from <see cref="ReviewKitOptions.Sla"/> and makes it follow configuration
/// reloads: a reload that changes the policies or rules becomes a new version of them, in force from the moment of the
/// reload (from the registered <see cref="IClock"/>), the earlier versions kept for the clocks they judged (see the
/// remarks of <see cref="SlaEvaluator"/>). A reload that fails validation keeps the policies in force (the options
/// monitor reports the failure with its path to whoever reloaded, as for the calendars). Thread-safe.
/// </summary>
internal sealed class OptionsSlaPolicies : IDisposable
{
    private readonly IClock _clock;
    private readonly string _path;
    private readonly IDisposable? _subscription;

    public OptionsSlaPolicies(IOptionsMonitor<ReviewKitOptions> options, IBusinessCalendarProvider calendars, IClock clock, string path)
    {
        _clock = clock;
        _path = path;
        Evaluator = SlaEvaluator.FromOptions(options.CurrentValue.Sla, calendars, path);
        _subscription = options.OnChange(Reload);
    }

    /// <summary>Gets the evaluator, the same instance for ever; its policies follow the reloads.</summary>
    public SlaEvaluator Evaluator { get; }

    public void Dispose() => _subscription?.Dispose();

    private void Reload(ReviewKitOptions options)
    {
        try
        {
            Evaluator.Reload(options.Sla, _path, _clock.GetCurrentInstant());
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            // Invalid policies: keep the ones in force. Validation reports the problem with its path.
        }
    }
}
