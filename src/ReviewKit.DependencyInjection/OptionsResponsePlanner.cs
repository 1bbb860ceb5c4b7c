using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using ReviewKit.Analysis;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Sla;

namespace ReviewKit;

/// <summary>
/// Serves a <see cref="ResponsePlanner"/> built from <see cref="ResponseOptions.Policy"/>, rebuilt when the options
/// change. A reload that fails validation keeps the policy in force. Thread-safe: each plan uses the planner current
/// when it starts. The unmet needs of the brief come from the theme definitions of the registered analyzer when it is a
/// <see cref="ReviewAnalyzer"/>.
/// </summary>
internal sealed class OptionsResponsePlanner : IResponsePlanner, IDisposable
{
    private readonly SlaEvaluator _sla;
    private readonly Func<string, LanguageTag, string?> _unmetNeed;
    private readonly IDisposable? _subscription;
    private volatile ResponsePlanner _planner;

    public OptionsResponsePlanner(IOptionsMonitor<ReviewKitOptions> options, SlaEvaluator sla, IReviewAnalyzer analyzer)
    {
        _sla = sla;

        // A host's own analyzer does not expose theme definitions: its briefs then carry no unmet needs (loading the
        // default analyzer only for them would cost the host what it replaced the analyzer to avoid).
        var themes = analyzer is ReviewAnalyzer known
            ? known.Themes.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal)
            : FrozenDictionary<string, ThemeDefinition>.Empty;
        _unmetNeed = (id, language) => themes.TryGetValue(id, out var theme) ? theme.UnmetNeed(language) : null;
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

    private ResponsePlanner Build(ReviewKitOptions options) => new(options.Responses.Policy, _sla, _unmetNeed);
}
