using System.Globalization;
using ReviewKit.Analysis;
using ReviewKit.Reviews;
using ReviewKit.Sla;

namespace ReviewKit.Improvement;

/// <summary>
/// Turns the results of the improvement loop into a <see cref="QualityReport"/>: the period statistics become the
/// headline, an <see cref="IrritantRanking"/> the irritant Pareto, an <see cref="EwmaChart"/> the weekly negative-share
/// chart, <see cref="WeakSignalReport"/>s the weak signals, <see cref="ActionEffect"/>s the actions, and the
/// <see cref="ResponseFigures"/> and <see cref="SlaMetricCompliance"/> the response and SLA sections.
/// </summary>
/// <remarks>
/// <para>The builder computes nothing: every figure is read from the result that computed it. It only maps, with these
/// rules:</para>
/// <list type="bullet">
/// <item><description>Headline: volume, negative share, mean normalised rating from the statistics; response rate, median
/// response time and recovery rate from the response figures when given (<see langword="null"/> when they have no
/// review), otherwise the recovery rate of the statistics (<see langword="null"/> without negative reviews).</description></item>
/// <item><description>Irritants: the ranking's Pareto order, share of mentions and cumulative share, severity weight; the
/// trend from the ranking's trend factor (see <see cref="AddIrritants"/>); the label and the unmet need (in
/// <see cref="Language"/>) from the theme's definition in <see cref="Themes"/>; the example quote from
/// <see cref="ExampleQuote"/>, masked of personal data by the row (see <see cref="IrritantParetoRow.ExampleQuotes"/>).</description></item>
/// <item><description>Negative share: one row per period of the chart that has reviews, carrying the chart's statistic
/// (the EWMA, which is the period's own share when λ = 1, a Shewhart p-chart), the centre line, the limits of that
/// period and whether the statistic is outside them.</description></item>
/// <item><description>Weak signals: the signals only (the series flagged after false-discovery control), with their
/// p-value and q-value, and the period they were raised in.</description></item>
/// <item><description>Actions: one row per theme of each action, with its incidence before and after, the difference
/// after − before with its interval, the verdict and the sample sizes; and the action's average rating and recovery rate
/// before and after (unknown without rated, or negative, reviews).</description></item>
/// <item><description>SLA: per metric measured at least once, achieved = met on time, breached = met late or breached,
/// with the median and 90th percentile business time; clocks still running are not counted.</description></item>
/// </list>
/// <para>Not thread-safe: a builder is mutable and meant for one thread. The report it builds is immutable.</para>
/// </remarks>
public sealed class QualityReportBuilder
{
    /// <summary>The trend factor (see <see cref="Irritant.Trend"/>) at or above which an irritant is reported as rising.</summary>
    internal const double RisingTrend = 1.25;

    /// <summary>The trend factor at or below which an irritant is reported as falling.</summary>
    internal const double FallingTrend = 0.8;

    private readonly string _title;
    private readonly DateInterval _period;
    private readonly DateTimeZone _zone;
    private readonly ReportScope _scope;
    private readonly ReviewStatistics _statistics;
    private readonly List<IrritantParetoRow> _irritants = [];
    private readonly List<WeakSignalRow> _weakSignals = [];
    private readonly List<ActionEffectRow> _actions = [];
    private List<NegativeShareWeek> _weeks = [];
    private List<SlaComplianceRow> _sla = [];
    private List<ResponseFiguresRow> _responses = [];
    private ResponseFigures? _overallResponses;

    /// <summary>Starts a report.</summary>
    /// <param name="title">The report's title; 1 to 512 characters, not blank.</param>
    /// <param name="period">The days covered, both ends inclusive, in <paramref name="zone"/>.</param>
    /// <param name="zone">The time zone the days and weeks are counted in.</param>
    /// <param name="scope">The locations and sources covered.</param>
    /// <param name="statistics">The statistics of the reviews received in the period and scope (for example
    /// <see cref="AggregateTable.Total(Func{AggregateKey, bool}?)"/> over the period's groups); the headline comes from them.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statistics"/> counts more than <see cref="int.MaxValue"/> reviews.</exception>
    public QualityReportBuilder(string title, DateInterval period, DateTimeZone zone, ReportScope scope, ReviewStatistics statistics)
    {
        _title = Guard.NotBlank(title, nameof(title), Guard.MaxLabelLength);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(statistics);
        ToCount(statistics.Volume, nameof(statistics));
        _period = period;
        _zone = zone;
        _scope = scope;
        _statistics = statistics;
    }

    /// <summary>
    /// Gets the themes the report names: each irritant and weak signal is shown with its theme's
    /// <see cref="ThemeDefinition.Label"/>, and each irritant with the theme's unmet need in <see cref="Language"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: no theme is listed. Pass the <see cref="IReviewAnalyzer.Themes"/>
    /// of the analyzer that read the reviews. A theme the catalogue does not list is shown by its id, without unmet need.</value>
    public ThemeCatalog? Themes { get; init; }

    /// <summary>Gets the language the unmet needs are shown in (see <see cref="ThemeDefinition.UnmetNeed(LanguageTag)"/>).</summary>
    /// <value>The default value is <see cref="LanguageTag.English"/>, the language of the ReviewKit.Reporting renderers.</value>
    public LanguageTag Language { get; init; } = LanguageTag.English;

    /// <summary>
    /// Gets the quote to show under an irritant from the review's id (<see cref="ReviewObservation.ReviewId"/>, kept by the
    /// aggregates as each theme's example) and the theme's id: the review's text, or better the passage about that theme.
    /// The text is masked of personal data before it enters the report.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: no quotes. A <see langword="null"/> or blank result means no quote.</value>
    public Func<string, string, string?>? ExampleQuote { get; init; }

    /// <summary>
    /// Adds the Pareto of a ranking, for the whole scope or for one location. Call it once per location to rank the
    /// irritants per location; each location's rows stay together.
    /// </summary>
    /// <param name="ranking">The ranking; its <see cref="IrritantRanking.Pareto"/> order is kept.</param>
    /// <param name="locationId">The location the ranking is about, or <see langword="null"/> for the whole scope.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The trend shown is read from the ranking's bounded trend factor (count + 1) / (expected + 1): <see cref="IrritantTrend.Unknown"/>
    /// without a baseline, <see cref="IrritantTrend.New"/> when the baseline never mentioned the theme, <see cref="IrritantTrend.Rising"/>
    /// at 1.25 or more, <see cref="IrritantTrend.Falling"/> at 0.8 or less, <see cref="IrritantTrend.Stable"/> between. It is a
    /// description, not a test: the weak signals are the test.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is blank or too long; the Pareto of that location was already added.</exception>
    public QualityReportBuilder AddIrritants(IrritantRanking ranking, string? locationId = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        Guard.OptionalNotBlank(locationId, nameof(locationId), Guard.MaxLabelLength);
        if (_irritants.Any(r => string.Equals(r.LocationId, locationId, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The irritants of '{locationId ?? "the whole scope"}' were already added.", nameof(locationId));
        }

        foreach (var irritant in ranking.Pareto)
        {
            var quote = irritant.ExampleReviewId is { } id && ExampleQuote?.Invoke(id, irritant.ThemeId) is { } text && !string.IsNullOrWhiteSpace(text)
                ? new[] { Guard.MaxLength(text, nameof(ExampleQuote), Guard.MaxTextLength) }
                : null;
            _irritants.Add(new IrritantParetoRow(
                irritant.ThemeId,
                LabelOf(irritant.ThemeId),
                ToCount(irritant.Count, nameof(ranking)),
                Math.Clamp(irritant.ShareOfMentions, 0, 1),
                Math.Clamp(irritant.CumulativeShare, 0, 1),
                irritant.SeverityWeight,
                TrendOf(irritant),
                Themes?.UnmetNeed(irritant.ThemeId, Language),
                quote,
                locationId));
        }

        return this;
    }

    /// <summary>Sets the negative-share control chart, one row per period of <paramref name="chart"/> that has reviews.</summary>
    /// <param name="chart">The chart, built from a table with weekly periods (for example <see cref="EwmaChart.ForNegativeShare"/>
    /// with λ = 1 for a p-chart whose limits apply to each week's share, or λ &lt; 1 for the EWMA of the shares).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period counts more than <see cref="int.MaxValue"/> reviews.</exception>
    public QualityReportBuilder WithNegativeShare(EwmaChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var centre = Math.Clamp(chart.CenterLine, 0, 1);
        _weeks = [.. chart.Points.Where(p => p.Volume > 0).Select(p => new NegativeShareWeek(
            p.Period,
            ToCount(p.Volume, nameof(chart)),
            Math.Clamp(p.Ewma, 0, 1),
            centre,
            Math.Min(centre, p.LowerLimit),
            Math.Max(centre, p.UpperLimit),
            p.IsOutOfControl))];
        return this;
    }

    /// <summary>Adds the signals of one run of the <see cref="WeakSignalDetector"/> (the series that are not signals are left out).</summary>
    /// <param name="report">The detector's report.</param>
    /// <param name="period">The first day of the period the detector tested, to tell the runs of several periods apart; <see langword="null"/> when it is the report's period.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public QualityReportBuilder AddWeakSignals(WeakSignalReport report, LocalDate? period = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var signal in report.Signals)
        {
            var series = signal.LocationId is { } location
                ? $"{LabelOf(signal.ThemeId)} @ {location}"
                : $"{LabelOf(signal.ThemeId)} (all locations)";
            _weakSignals.Add(new WeakSignalRow(series, signal.WindowCount, signal.ExpectedCount, Math.Clamp(signal.PValue, 0, 1), Math.Clamp(signal.AdjustedPValue, 0, 1), period));
        }

        return this;
    }

    /// <summary>Adds the measured effect of an action: one row per theme of the action.</summary>
    /// <param name="effect">The effect, from <see cref="ActionEffectMeasurer.Measure"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="effect"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A window counts more than <see cref="int.MaxValue"/> reviews.</exception>
    public QualityReportBuilder AddActionEffect(ActionEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        foreach (var theme in effect.Themes)
        {
            var measured = theme.BeforeVolume > 0 && theme.AfterVolume > 0;
            var interval = measured && double.IsFinite(theme.DifferenceLower) && double.IsFinite(theme.DifferenceUpper);
            _actions.Add(new ActionEffectRow(
                effect.Action.Title,
                [theme.ThemeId],
                effect.Action.Start,
                VerdictText(theme.Verdict),
                ToCount(theme.BeforeVolume, nameof(effect)),
                ToCount(theme.AfterVolume, nameof(effect)),
                theme.BeforeVolume > 0 ? theme.IncidenceBefore : null,
                theme.AfterVolume > 0 ? theme.IncidenceAfter : null,
                measured ? theme.Difference : null,
                interval ? Math.Min(theme.DifferenceLower, theme.Difference) : null,
                interval ? Math.Max(theme.DifferenceUpper, theme.Difference) : null,
                effect.MeanRatingBefore is { } ratingBefore ? Math.Clamp(ratingBefore, 0, 1) : null,
                effect.MeanRatingAfter is { } ratingAfter ? Math.Clamp(ratingAfter, 0, 1) : null,
                effect.Before.NegativeCount > 0 ? effect.RecoveryRateBefore : null,
                effect.After.NegativeCount > 0 ? effect.RecoveryRateAfter : null));
        }

        return this;
    }

    /// <summary>Sets the response figures: the overall figures feed the headline, the figures per agent and per team the response section.</summary>
    /// <param name="overall">The figures of every review received in the period (from <see cref="ResponseFigures.Compute"/>).</param>
    /// <param name="byAgent">The figures per agent (from <see cref="ResponseFigures.ByAgent"/>), or <see langword="null"/>.</param>
    /// <param name="byTeam">The figures per team (from <see cref="ResponseFigures.ByTeam"/>), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Rows list the teams, then the agents, each in ordinal order of their names. A rate whose denominator is 0 is reported as unknown.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="overall"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is blank or too long, or a figure is null.</exception>
    public QualityReportBuilder WithResponses(
        ResponseFigures overall,
        IReadOnlyDictionary<string, ResponseFigures>? byAgent = null,
        IReadOnlyDictionary<string, ResponseFigures>? byTeam = null)
    {
        ArgumentNullException.ThrowIfNull(overall);
        var rows = new List<ResponseFiguresRow>();
        AddResponders(rows, byTeam, ResponderKind.Team, nameof(byTeam));
        AddResponders(rows, byAgent, ResponderKind.Agent, nameof(byAgent));
        _overallResponses = overall;
        _responses = rows;
        return this;
    }

    /// <summary>Sets the SLA compliance, one row per metric measured at least once (met, met late or breached).</summary>
    /// <param name="compliance">The compliance per metric, from <see cref="SlaEvaluator.Compliance"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compliance"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="compliance"/> holds a null.</exception>
    public QualityReportBuilder WithSlaCompliance(IEnumerable<SlaMetricCompliance> compliance)
    {
        ArgumentNullException.ThrowIfNull(compliance);
        var rows = new List<SlaComplianceRow>();
        foreach (var metric in compliance)
        {
            if (metric is null)
            {
                throw new ArgumentException("compliance must not hold a null.", nameof(compliance));
            }

            if (metric.Met + metric.MetLate + metric.Breached == 0)
            {
                continue;
            }

            var median = metric.MedianBusinessTime;
            var p90 = metric.P90BusinessTime is { } p && median is { } m && p < m ? m : metric.P90BusinessTime;
            rows.Add(new SlaComplianceRow(MetricText(metric.Metric), metric.Met, metric.MetLate + metric.Breached, median, p90));
        }

        _sla = rows;
        return this;
    }

    /// <summary>Builds the report.</summary>
    /// <returns>The report, with every section given so far.</returns>
    public QualityReport Build()
    {
        var responses = _overallResponses;
        double? recovery = responses is not null
            ? (responses.NegativeCount > 0 ? responses.RecoveryRate : null)
            : (_statistics.NegativeCount > 0 ? _statistics.RecoveryRate : null);
        var headline = new ReportHeadline(
            ToCount(_statistics.Volume, "statistics"),
            Math.Clamp(_statistics.NegativeShare, 0, 1),
            _statistics.MeanRating is { } mean ? Math.Clamp(mean, 0, 1) : null,
            responses is { ReviewCount: > 0 } ? responses.ResponseRate : null,
            responses?.MedianResponseTime,
            recovery);
        return new QualityReport(_title, _period, _zone, _scope, headline)
            .WithIrritants(_irritants)
            .WithNegativeShareWeeks(_weeks)
            .WithSlaCompliance(_sla)
            .WithResponseFigures(_responses)
            .WithActions(_actions)
            .WithWeakSignals(_weakSignals);
    }

    /// <summary>The direction shown for an irritant, read from the ranking's trend factor (see <see cref="AddIrritants"/>).</summary>
    internal static IrritantTrend TrendOf(Irritant irritant) =>
        irritant.BaselineVolume == 0 ? IrritantTrend.Unknown
        : irritant.BaselineCount == 0 ? IrritantTrend.New
        : irritant.Trend >= RisingTrend ? IrritantTrend.Rising
        : irritant.Trend <= FallingTrend ? IrritantTrend.Falling
        : IrritantTrend.Stable;

    internal static string VerdictText(EffectVerdict verdict) => verdict switch
    {
        EffectVerdict.Improved => "Improved",
        EffectVerdict.Worse => "Worse",
        EffectVerdict.NoDetectableChange => "No detectable change",
        _ => "Not enough data",
    };

    internal static string MetricText(SlaMetric metric) => metric switch
    {
        SlaMetric.FirstPublicReply => "First public reply",
        SlaMetric.FirstPrivateContact => "First private contact",
        SlaMetric.NextReply => "Next reply",
        SlaMetric.Resolution => "Resolution",
        _ => metric.ToString(),
    };

    private static int ToCount(long value, string paramName) =>
        value <= int.MaxValue
            ? (int)value
            : throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} counts {value} reviews; a report shows at most {int.MaxValue}."));

    private static void AddResponders(List<ResponseFiguresRow> rows, IReadOnlyDictionary<string, ResponseFigures>? figures, ResponderKind kind, string paramName)
    {
        if (figures is null)
        {
            return;
        }

        foreach (var (name, f) in figures.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (f is null)
            {
                throw new ArgumentException($"{paramName} must not hold a null figure ('{name}').", paramName);
            }

            Guard.NotBlank(name, paramName, Guard.MaxLabelLength);
            rows.Add(new ResponseFiguresRow(
                name,
                kind,
                ToCount(f.ReviewCount, paramName),
                f.ReviewCount > 0 ? f.ResponseRate : null,
                f.MedianResponseTime,
                f.NegativeCount > 0 ? f.PrivateContactRate : null,
                f.NegativeCount > 0 ? f.RecoveryRate : null));
        }
    }

    private string LabelOf(string themeId) => Themes?.Label(themeId) ?? themeId;
}
