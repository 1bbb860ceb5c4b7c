using Microsoft.Extensions.Options;
using ReviewKit.Calendars;
using ReviewKit.Escalation;
using ReviewKit.Sla;

namespace ReviewKit;

/// <summary>
/// Serves an <see cref="EscalationEngine"/> compiled from <see cref="ReviewKitOptions.Escalation"/>, recompiled when the
/// options change. A reload that fails validation keeps the rules in force. Thread-safe: each evaluation uses the engine
/// current when it starts.
/// </summary>
internal sealed class OptionsEscalationEngine : IEscalationEngine, IDisposable
{
    private readonly SlaEvaluator _sla;
    private readonly IBusinessCalendarProvider _calendars;
    private readonly string _path;
    private readonly IDisposable? _subscription;
    private volatile EscalationEngine _engine;

    public OptionsEscalationEngine(IOptionsMonitor<ReviewKitOptions> options, SlaEvaluator? sla, IBusinessCalendarProvider calendars, string path)
    {
        _calendars = calendars;
        _sla = sla ?? new SlaEvaluator(SlaPolicy.Default, null, calendars);
        _path = path;
        _engine = Compile(options.CurrentValue);
        _subscription = options.OnChange(Reload);
    }

    public EscalationRuleSet Rules => _engine.Rules;

    public EscalationResult Evaluate(in EscalationContext context, Instant now) => _engine.Evaluate(in context, now);

    public void Dispose() => _subscription?.Dispose();

    private void Reload(ReviewKitOptions options)
    {
        try
        {
            _engine = Compile(options);
        }
        catch (ArgumentException)
        {
            // Invalid rules: keep the ones in force. Validation reports the problem with its path.
        }
    }

    private EscalationEngine Compile(ReviewKitOptions options) =>
        new(EscalationRuleSet.FromOptions(options.Escalation ?? new EscalationOptions(), _path), _sla, _calendars);
}
