namespace ReviewKit.Improvement;

/// <summary>Measures whether an <see cref="ImprovementAction"/> worked: the incidence of its themes before and after its start.</summary>
/// <remarks>
/// <para><b>Windows.</b> With S the action's start, the before window is [S − before, S) and the after window is
/// [S + lag, S + lag + after). A period of the table counts in a window when it lies entirely inside it, so use a table
/// whose periods are short beside the windows (days or weeks); a period that straddles a boundary is left out of both.</para>
/// <para><b>Scope.</b> The groups of the table at the action's locations (all groups when the action applies everywhere).
/// An action limited to locations needs a table grouped by location.</para>
/// <para>The statistics are those of <see cref="ThemeEffect"/> and <see cref="ActionEffect"/>. Stateless and thread-safe.</para>
/// </remarks>
public static class ActionEffectMeasurer
{
    /// <summary>Measures one action.</summary>
    /// <param name="action">The action.</param>
    /// <param name="table">Period aggregates covering both windows.</param>
    /// <param name="options">Windows, lag, level and minimum samples; <see langword="null"/> for <see cref="EffectMeasurementOptions.Default"/>.</param>
    /// <returns>The effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> or <paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The action is limited to locations but <paramref name="table"/> is not grouped by location.</exception>
    public static ActionEffect Measure(ImprovementAction action, AggregateTable table, EffectMeasurementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(table);
        options ??= EffectMeasurementOptions.Default;
        if (!action.LocationIds.IsEmpty && !table.Options.ByLocation)
        {
            throw new ArgumentException($"table is not grouped by location, but action '{action.Id}' applies to locations {string.Join(", ", action.LocationIds)}.", nameof(table));
        }

        var beforeStart = action.Start.Minus(options.BeforeWindow);
        var beforeEnd = action.Start; // exclusive
        var afterStart = action.Start.Plus(options.Lag);
        var afterEnd = afterStart.Plus(options.AfterWindow); // exclusive
        var granularity = table.Options.Granularity;
        bool Inside(AggregateKey k, LocalDate start, LocalDate endExclusive) =>
            k.Period >= start && Periods.Next(k.Period, granularity) <= endExclusive && action.AppliesTo(k.LocationId);

        var before = table.Total(k => Inside(k, beforeStart, beforeEnd));
        var after = table.Total(k => Inside(k, afterStart, afterEnd));
        var k = action.ThemeIds.Length;
        var level = 1 - ((1 - options.ConfidenceLevel) / k);
        var themes = action.ThemeIds
            .Select(t => ThemeEffect.Compute(t, before.Theme(t).Count, before.Volume, after.Theme(t).Count, after.Volume, options, level))
            .ToArray();
        return new ActionEffect(action, new DateInterval(beforeStart, beforeEnd.PlusDays(-1)), new DateInterval(afterStart, afterEnd.PlusDays(-1)), before, after, themes);
    }
}
