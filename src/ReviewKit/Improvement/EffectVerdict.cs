namespace ReviewKit.Improvement;

/// <summary>What the measurement says about an action's effect on its themes.</summary>
public enum EffectVerdict
{
    /// <summary>Too few reviews or mentions before or after to conclude either way.</summary>
    NotEnoughData = 0,

    /// <summary>The confidence interval of the incidence difference contains 0: no change detectable with these samples.</summary>
    NoDetectableChange = 1,

    /// <summary>The whole confidence interval of the incidence difference (after − before) is below 0.</summary>
    Improved = 2,

    /// <summary>The whole confidence interval of the incidence difference (after − before) is above 0.</summary>
    Worse = 3,
}
