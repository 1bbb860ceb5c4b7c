namespace ReviewKit.Sla;

/// <summary>How one metric fared over many cases (see <see cref="SlaEvaluator.Compliance"/>).</summary>
/// <remarks>
/// <para>Percentiles use the nearest-rank method over the clocks that stopped (met, met late, or breached and then
/// stopped): business time in the target's calendar with pauses excluded, and calendar (wall-clock) time with pauses
/// included. They are <see langword="null"/> when no clock stopped.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaMetricCompliance
{
    internal SlaMetricCompliance(
        SlaMetric metric, int met, int metLate, int breached, int inProgress,
        Duration? medianBusinessTime, Duration? p90BusinessTime, Duration? medianCalendarTime, Duration? p90CalendarTime)
    {
        Metric = metric;
        Met = met;
        MetLate = metLate;
        Breached = breached;
        InProgress = inProgress;
        MedianBusinessTime = medianBusinessTime;
        P90BusinessTime = p90BusinessTime;
        MedianCalendarTime = medianCalendarTime;
        P90CalendarTime = p90CalendarTime;
    }

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets how many clocks stopped within the goal.</summary>
    public int Met { get; }

    /// <summary>Gets how many clocks stopped after the goal, within the limit.</summary>
    public int MetLate { get; }

    /// <summary>Gets how many clocks went over the limit, stopped or not.</summary>
    public int Breached { get; }

    /// <summary>Gets how many clocks still run (or are paused) within their limit.</summary>
    public int InProgress { get; }

    /// <summary>Gets the share of decided clocks (met, met late, breached) that met their goal, from 0 to 1, or <see langword="null"/> when none is decided.</summary>
    public double? AchievementRate => Met + MetLate + Breached == 0 ? null : (double)Met / (Met + MetLate + Breached);

    /// <summary>Gets the median business time of the stopped clocks.</summary>
    public Duration? MedianBusinessTime { get; }

    /// <summary>Gets the 90th percentile of the business time of the stopped clocks.</summary>
    public Duration? P90BusinessTime { get; }

    /// <summary>Gets the median calendar time of the stopped clocks.</summary>
    public Duration? MedianCalendarTime { get; }

    /// <summary>Gets the 90th percentile of the calendar time of the stopped clocks.</summary>
    public Duration? P90CalendarTime { get; }
}
