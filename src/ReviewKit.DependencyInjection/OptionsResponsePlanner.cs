using Microsoft.Extensions.Options;
using ReviewKit.Analysis;
using ReviewKit.Responses;
using ReviewKit.Sla;

namespace ReviewKit;

/// <summary>
/// Serves a <see cref="ResponsePlanner"/> built from <see cref="ResponseOptions.Policy"/>, rebuilt when the options
/// change. A reload that fails validation keeps the policy in force. Thread-safe: each plan uses the planner current
/// when it starts. The unmet needs of the brief come from the registered <see cref="ThemeCatalog"/> (by default the
/// registered analyzer's <see cref="IReviewAnalyzer.Themes"/>).
/// </summary>
internal sealed class OptionsResponsePlanner : IResponsePlanner, IDisposable
{
    private readonly SlaEvaluator _sla;
    private readonly ThemeCatalog _themes;
    private readonly IDisposable? _subscription;
    private volatile ResponsePlanner _planner;

    public OptionsResponsePlanner(IOptionsMonitor<ReviewKitOptions> options, SlaEvaluator sla, ThemeCatalog themes)
    {
        _sla = sla;
        _themes = themes;
        _planner = Build(options.CurrentValue);
        _subscription = options.OnChange(Reload);
    }

    public ResponsePlan Plan(ResponsePlanRequest request, Instant now) => _planner.Plan(request, now);

    public void Dispose() => _subscription?.Dispose();

    private void Reload(ReviewKitOptions options)
    {
        try
        {
            _planner = Build(options);
        }
        catch (ArgumentException)
        {
            // An invalid policy: keep the one in force. Validation reports the problem with its path.
        }
    }

    private ResponsePlanner Build(ReviewKitOptions options) => new(options.Responses.Policy, _sla, _themes);
}
