namespace ReviewKit.Improvement;

/// <summary>
/// The response figures of one agent or team over the period of a <see cref="QualityReport"/>: cases handled,
/// public response rate, median response time, private-contact rate and recovery rate.
/// </summary>
/// <remarks>
/// <para>Figures that cannot be computed are <see langword="null"/>, never NaN. These rows are where training starts,
/// not a ranking of people: renderers list them in the order given.</para>
/// <para>Value equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ResponseFiguresRow : IEquatable<ResponseFiguresRow>
{
    /// <summary>Creates a response figures row.</summary>
    /// <param name="responder">The agent's or team's display name; 1 to 512 characters, not blank.</param>
    /// <param name="kind">Whether the row is about an agent or a team.</param>
    /// <param name="caseCount">The number of cases handled in the period; not negative.</param>
    /// <param name="responseRate">The share of those cases that got a public reply, in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <param name="medianResponseTime">The median time to the first public reply; not negative; <see langword="null"/> when no reply.</param>
    /// <param name="privateContactRate">The share of cases with a private contact, in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <param name="recoveryRate">The share of negative reviews whose rating was later raised, in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="responder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="responder"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or duration is negative; a share is NaN or outside [0, 1]; <paramref name="kind"/> is undefined.</exception>
    public ResponseFiguresRow(
        string responder,
        ResponderKind kind,
        int caseCount,
        double? responseRate = null,
        Duration? medianResponseTime = null,
        double? privateContactRate = null,
        double? recoveryRate = null)
    {
        Responder = Guard.NotBlank(responder, nameof(responder), Guard.MaxLabelLength);
        Kind = Guard.Defined(kind, nameof(kind));
        CaseCount = ReportChecks.Count(caseCount, nameof(caseCount));
        ResponseRate = ReportChecks.OptionalShare(responseRate, nameof(responseRate));
        MedianResponseTime = ReportChecks.OptionalDuration(medianResponseTime, nameof(medianResponseTime));
        PrivateContactRate = ReportChecks.OptionalShare(privateContactRate, nameof(privateContactRate));
        RecoveryRate = ReportChecks.OptionalShare(recoveryRate, nameof(recoveryRate));
    }

    /// <summary>Gets the agent's or team's display name.</summary>
    public string Responder { get; }

    /// <summary>Gets whether the row is about an agent or a team.</summary>
    public ResponderKind Kind { get; }

    /// <summary>Gets the number of cases handled in the period.</summary>
    public int CaseCount { get; }

    /// <summary>Gets the public response rate in [0, 1], or <see langword="null"/>.</summary>
    public double? ResponseRate { get; }

    /// <summary>Gets the median time to the first public reply, or <see langword="null"/>.</summary>
    public Duration? MedianResponseTime { get; }

    /// <summary>Gets the private-contact rate in [0, 1], or <see langword="null"/>.</summary>
    public double? PrivateContactRate { get; }

    /// <summary>Gets the recovery rate in [0, 1], or <see langword="null"/>.</summary>
    public double? RecoveryRate { get; }

    /// <inheritdoc/>
    public bool Equals(ResponseFiguresRow? other) =>
        other is not null
        && string.Equals(Responder, other.Responder, StringComparison.Ordinal)
        && Kind == other.Kind
        && CaseCount == other.CaseCount
        && Nullable.Equals(ResponseRate, other.ResponseRate)
        && Nullable.Equals(MedianResponseTime, other.MedianResponseTime)
        && Nullable.Equals(PrivateContactRate, other.PrivateContactRate)
        && Nullable.Equals(RecoveryRate, other.RecoveryRate);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponseFiguresRow);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Responder, Kind, CaseCount, ResponseRate, MedianResponseTime, PrivateContactRate, RecoveryRate);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ResponseFiguresRow? left, ResponseFiguresRow? right) => Equals(left, right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ResponseFiguresRow? left, ResponseFiguresRow? right) => !Equals(left, right);
}
