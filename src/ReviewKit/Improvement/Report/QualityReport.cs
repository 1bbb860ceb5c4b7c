using System.Collections.Immutable;
using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>
/// What a monthly quality meeting reads, as plain data: for a period and a scope, the headline figures, the irritant
/// Pareto, the weekly negative share with its control limits, SLA compliance, response figures per agent and team,
/// the actions with their measured effect and the weak signals. ReviewKit.Reporting renders it as Markdown and HTML.
/// </summary>
/// <remarks>
/// <para>Create the report with its title, period, scope and headline, then add each section with a <c>WithX</c>
/// method, which returns a copy; a section never given is empty, and renderers leave it out or say it is empty.</para>
/// <para>The report checks its own consistency (shares in [0, 1], no NaN, weeks in increasing order, cumulative
/// shares that never decrease) but does not compute anything: the analysis does, and the host maps its results here.</para>
/// <para>The period is a <see cref="DateInterval"/>: both ends are inclusive days in <see cref="Zone"/>.</para>
/// <para>Value equality over every section (the time zone is compared by id). Immutable and thread-safe.</para>
/// </remarks>
public sealed class QualityReport : IEquatable<QualityReport>
{
    /// <summary>Creates a report with empty sections.</summary>
    /// <param name="title">The report's title, for example <c>Quality meeting, March 2026</c>; 1 to 512 characters, not blank.</param>
    /// <param name="period">The days covered, both ends inclusive, in <paramref name="zone"/>.</param>
    /// <param name="zone">The time zone the days and weeks are counted in.</param>
    /// <param name="scope">The locations and sources covered.</param>
    /// <param name="headline">The headline figures.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank or too long.</exception>
    public QualityReport(string title, DateInterval period, DateTimeZone zone, ReportScope scope, ReportHeadline headline)
    {
        Title = Guard.NotBlank(title, nameof(title), Guard.MaxLabelLength);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(headline);
        Period = period;
        Zone = zone;
        Scope = scope;
        Headline = headline;
    }

    private QualityReport(QualityReport source)
    {
        Title = source.Title;
        Period = source.Period;
        Zone = source.Zone;
        Scope = source.Scope;
        Headline = source.Headline;
        Irritants = source.Irritants;
        NegativeShareWeeks = source.NegativeShareWeeks;
        SlaCompliance = source.SlaCompliance;
        ResponseFigures = source.ResponseFigures;
        Actions = source.Actions;
        WeakSignals = source.WeakSignals;
    }

    /// <summary>Gets the report's title.</summary>
    public string Title { get; }

    /// <summary>Gets the days covered, both ends inclusive.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the time zone the days and weeks are counted in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the locations and sources covered.</summary>
    public ReportScope Scope { get; }

    /// <summary>Gets the headline figures.</summary>
    public ReportHeadline Headline { get; }

    /// <summary>Gets the irritant Pareto rows, most important first (one Pareto after the other when ranked per location); empty when not given.</summary>
    public ImmutableArray<IrritantParetoRow> Irritants { get; private init; } = [];

    /// <summary>Gets the weekly negative-share control chart, weeks in increasing order; empty when not given.</summary>
    public ImmutableArray<NegativeShareWeek> NegativeShareWeeks { get; private init; } = [];

    /// <summary>Gets the SLA compliance rows; empty when not given.</summary>
    public ImmutableArray<SlaComplianceRow> SlaCompliance { get; private init; } = [];

    /// <summary>Gets the response figures per agent and team; empty when not given.</summary>
    public ImmutableArray<ResponseFiguresRow> ResponseFigures { get; private init; } = [];

    /// <summary>Gets the actions with their measured effect; empty when not given.</summary>
    public ImmutableArray<ActionEffectRow> Actions { get; private init; } = [];

    /// <summary>Gets the weak signals; empty when not given.</summary>
    public ImmutableArray<WeakSignalRow> WeakSignals { get; private init; } = [];

    /// <summary>Returns a copy with these irritant Pareto rows.</summary>
    /// <param name="rows">
    /// The rows, most important first. A report ranked per location gives each location's rows together, one Pareto
    /// after the other (see <see cref="IrritantParetoRow.LocationId"/>). Within one Pareto: theme ids distinct, cumulative
    /// shares never decreasing. At most 10,000 rows.
    /// </param>
    /// <returns>A copy of this report with the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null; a theme id repeats within one Pareto; a cumulative share decreases; the rows of a location are split; too many rows.</exception>
    public QualityReport WithIrritants(IEnumerable<IrritantParetoRow> rows)
    {
        var array = ReportChecks.Rows(rows, nameof(rows));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Length; i++)
        {
            var location = array[i].LocationId ?? string.Empty;
            var samePareto = i > 0 && string.Equals(array[i - 1].LocationId ?? string.Empty, location, StringComparison.Ordinal);
            if (!samePareto)
            {
                if (i > 0)
                {
                    finished.Add(array[i - 1].LocationId ?? string.Empty);
                }

                if (finished.Contains(location))
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"rows must keep the rows of one location together (row {i} returns to '{array[i].LocationId ?? "the whole scope"}')."), nameof(rows));
                }

                seen.Clear();
            }

            if (!seen.Add(array[i].ThemeId))
            {
                throw new ArgumentException($"rows must not repeat the theme '{array[i].ThemeId}' within one Pareto.", nameof(rows));
            }

            if (samePareto && array[i].CumulativeShare < array[i - 1].CumulativeShare - 1e-9)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"rows must have cumulative shares that never decrease (row {i})."), nameof(rows));
            }
        }

        return new QualityReport(this) { Irritants = array };
    }

    /// <summary>Returns a copy with this weekly negative-share chart.</summary>
    /// <param name="weeks">The weeks, their start days strictly increasing; at most 10,000.</param>
    /// <returns>A copy of this report with the weeks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weeks"/> is null.</exception>
    /// <exception cref="ArgumentException">A week is null; the weeks are not in strictly increasing order; too many weeks.</exception>
    public QualityReport WithNegativeShareWeeks(IEnumerable<NegativeShareWeek> weeks)
    {
        var array = ReportChecks.Rows(weeks, nameof(weeks));
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i].WeekStart <= array[i - 1].WeekStart)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"weeks must be in strictly increasing order of WeekStart (week {i} is {array[i].WeekStart:uuuu-MM-dd}, after {array[i - 1].WeekStart:uuuu-MM-dd})."),
                    nameof(weeks));
            }
        }

        return new QualityReport(this) { NegativeShareWeeks = array };
    }

    /// <summary>Returns a copy with these SLA compliance rows.</summary>
    /// <param name="rows">The rows; at most 10,000.</param>
    /// <returns>A copy of this report with the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null; too many rows.</exception>
    public QualityReport WithSlaCompliance(IEnumerable<SlaComplianceRow> rows) =>
        new(this) { SlaCompliance = ReportChecks.Rows(rows, nameof(rows)) };

    /// <summary>Returns a copy with these response figures.</summary>
    /// <param name="rows">The rows per agent and team; at most 10,000.</param>
    /// <returns>A copy of this report with the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null; too many rows.</exception>
    public QualityReport WithResponseFigures(IEnumerable<ResponseFiguresRow> rows) =>
        new(this) { ResponseFigures = ReportChecks.Rows(rows, nameof(rows)) };

    /// <summary>Returns a copy with these actions.</summary>
    /// <param name="rows">The actions with their measured effect; at most 10,000.</param>
    /// <returns>A copy of this report with the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null; too many rows.</exception>
    public QualityReport WithActions(IEnumerable<ActionEffectRow> rows) =>
        new(this) { Actions = ReportChecks.Rows(rows, nameof(rows)) };

    /// <summary>Returns a copy with these weak signals.</summary>
    /// <param name="rows">The weak signals; at most 10,000.</param>
    /// <returns>A copy of this report with the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null; too many rows.</exception>
    public QualityReport WithWeakSignals(IEnumerable<WeakSignalRow> rows) =>
        new(this) { WeakSignals = ReportChecks.Rows(rows, nameof(rows)) };

    /// <inheritdoc/>
    public bool Equals(QualityReport? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Title, other.Title, StringComparison.Ordinal)
                && Period.Equals(other.Period)
                && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal)
                && Scope.Equals(other.Scope)
                && Headline.Equals(other.Headline)
                && ReportChecks.SequenceEqual(Irritants, other.Irritants)
                && ReportChecks.SequenceEqual(NegativeShareWeeks, other.NegativeShareWeeks)
                && ReportChecks.SequenceEqual(SlaCompliance, other.SlaCompliance)
                && ReportChecks.SequenceEqual(ResponseFigures, other.ResponseFigures)
                && ReportChecks.SequenceEqual(Actions, other.Actions)
                && ReportChecks.SequenceEqual(WeakSignals, other.WeakSignals)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as QualityReport);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Title, Period, Zone.Id, Scope, Headline, Irritants.Length, NegativeShareWeeks.Length, Actions.Length);

    /// <summary>Returns the title and the period, for example <c>Quality meeting (2026-03-01..2026-03-31, Europe/Paris)</c>.</summary>
    /// <returns>The report's title and period.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Title} ({Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}, {Zone.Id})");

    /// <summary>Compares two reports for equality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(QualityReport? left, QualityReport? right) => Equals(left, right);

    /// <summary>Compares two reports for inequality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(QualityReport? left, QualityReport? right) => !Equals(left, right);
}
