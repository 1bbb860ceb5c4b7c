namespace ReviewKit.Improvement;

/// <summary>Whether a <see cref="ResponseFiguresRow"/> is about one agent or a team.</summary>
public enum ResponderKind
{
    /// <summary>One agent who replies to customers.</summary>
    Agent = 0,

    /// <summary>A team of agents.</summary>
    Team = 1,
}
