namespace ReviewKit.Improvement;

/// <summary>The direction an irritant took compared with the previous period, as the analysis judged it.</summary>
public enum IrritantTrend
{
    /// <summary>Not judged (no previous period, or too few mentions).</summary>
    Unknown = 0,

    /// <summary>Fewer mentions than before.</summary>
    Falling = 1,

    /// <summary>About as many mentions as before.</summary>
    Stable = 2,

    /// <summary>More mentions than before.</summary>
    Rising = 3,

    /// <summary>Not mentioned in the previous period.</summary>
    New = 4,
}
