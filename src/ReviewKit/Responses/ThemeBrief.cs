namespace ReviewKit.Responses;

/// <summary>One irritant of a <see cref="PrivateContactBrief"/>: the theme the customer complained about, the unmet need behind it and the solution the policy lets the agent propose.</summary>
/// <remarks>An immutable value with equality over all members; thread-safe.</remarks>
public readonly struct ThemeBrief : IEquatable<ThemeBrief>
{
    private readonly string? _themeId;

    internal ThemeBrief(string themeId, string? unmetNeed, string? solution)
    {
        _themeId = themeId;
        UnmetNeed = unmetNeed;
        Solution = solution;
    }

    /// <summary>Gets the theme id, for example <c>delay</c>.</summary>
    public string ThemeId => _themeId ?? string.Empty;

    /// <summary>Gets the unmet need behind the theme in the brief's language, or <see langword="null"/> when the planner does not know the theme.</summary>
    public string? UnmetNeed { get; }

    /// <summary>
    /// Gets the solution the agent may propose for this theme, to agree on with the customer: the host's
    /// (<see cref="ResponsePolicy.Solutions"/>, as written), else the built-in suggestion in the brief's language
    /// (<see cref="ResponsePolicy.DefaultSolutions"/>), or <see langword="null"/> when there is none.
    /// </summary>
    public string? Solution { get; }

    /// <summary>Compares two themes for equality.</summary>
    /// <param name="left">The first theme.</param>
    /// <param name="right">The second theme.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(ThemeBrief left, ThemeBrief right) => left.Equals(right);

    /// <summary>Compares two themes for inequality.</summary>
    /// <param name="left">The first theme.</param>
    /// <param name="right">The second theme.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(ThemeBrief left, ThemeBrief right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ThemeBrief other) =>
        string.Equals(ThemeId, other.ThemeId, StringComparison.Ordinal)
        && string.Equals(UnmetNeed, other.UnmetNeed, StringComparison.Ordinal)
        && string.Equals(Solution, other.Solution, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ThemeBrief other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ThemeId, UnmetNeed, Solution);

    /// <summary>Returns the theme id and the unmet need.</summary>
    /// <returns>For example <c>delay: reliability and proactive news</c>.</returns>
    public override string ToString() => UnmetNeed is null ? ThemeId : $"{ThemeId}: {UnmetNeed}";
}
