using ReviewKit.Cases;

namespace ReviewKit.Improvement;

/// <summary>
/// What the response figures need to know about the handling of one review: when it was received, whether it is
/// negative, when it first got a public reply and a private contact, when it was recovered, and who handled it.
/// </summary>
/// <remarks>Immutable and thread-safe. The default value is not valid (the figures reject it).</remarks>
public readonly struct CaseResponseFacts : IEquatable<CaseResponseFacts>
{
    /// <summary>Creates the facts of one review.</summary>
    /// <param name="receivedAt">When the review was received (published on its platform).</param>
    /// <param name="isNegative">Whether the review is negative.</param>
    /// <param name="firstPublicReplyAt">When the first public reply was posted, or <see langword="null"/>.</param>
    /// <param name="firstPrivateContactAt">When the customer was first contacted privately, or <see langword="null"/>.</param>
    /// <param name="recoveredAt">When the negative rating was first raised (a recovery), or <see langword="null"/>.</param>
    /// <param name="agent">The agent who handles the case, or <see langword="null"/>.</param>
    /// <param name="team">The team that handles the case, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An instant is before <paramref name="receivedAt"/>; <paramref name="recoveredAt"/> is set on a review that is not negative; the agent or team is blank or too long.</exception>
    public CaseResponseFacts(
        Instant receivedAt,
        bool isNegative,
        Instant? firstPublicReplyAt = null,
        Instant? firstPrivateContactAt = null,
        Instant? recoveredAt = null,
        string? agent = null,
        string? team = null)
    {
        NotBefore(firstPublicReplyAt, receivedAt, nameof(firstPublicReplyAt));
        NotBefore(firstPrivateContactAt, receivedAt, nameof(firstPrivateContactAt));
        NotBefore(recoveredAt, receivedAt, nameof(recoveredAt));
        if (recoveredAt is not null && !isNegative)
        {
            throw new ArgumentException("recoveredAt is only meaningful for a negative review: a recovery is a negative rating later raised.", nameof(recoveredAt));
        }

        ReceivedAt = receivedAt;
        IsNegative = isNegative;
        FirstPublicReplyAt = firstPublicReplyAt;
        FirstPrivateContactAt = firstPrivateContactAt;
        RecoveredAt = recoveredAt;
        Agent = Guard.OptionalNotBlank(agent, nameof(agent), Guard.MaxLabelLength);
        Team = Guard.OptionalNotBlank(team, nameof(team), Guard.MaxLabelLength);
        IsInitialized = true;
    }

    /// <summary>Gets when the review was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets a value indicating whether the review is negative.</summary>
    public bool IsNegative { get; }

    /// <summary>Gets when the first public reply was posted, or <see langword="null"/>.</summary>
    public Instant? FirstPublicReplyAt { get; }

    /// <summary>Gets when the customer was first contacted privately, or <see langword="null"/>.</summary>
    public Instant? FirstPrivateContactAt { get; }

    /// <summary>Gets when the negative rating was first raised, or <see langword="null"/>.</summary>
    public Instant? RecoveredAt { get; }

    /// <summary>Gets the agent, or <see langword="null"/>.</summary>
    public string? Agent { get; }

    /// <summary>Gets the team, or <see langword="null"/>.</summary>
    public string? Team { get; }

    internal bool IsInitialized { get; }

    /// <summary>
    /// Reads the facts from a case: received at the review's publication, negative when its first revision's rating is
    /// negative or absent (a case without rating is a complaint), the case's first public reply and private contact,
    /// the first rating revision that is a recovery (<see cref="RatingRevision.IsRecovery"/>: raised after resolution),
    /// its assignee and team.
    /// </summary>
    /// <param name="reviewCase">The case.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> is null.</exception>
    public static CaseResponseFacts FromCase(ReviewCase reviewCase)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        var first = reviewCase.Revisions.IsDefaultOrEmpty ? reviewCase.Review : reviewCase.Revisions[0];
        var negative = first.Rating is not { } r || r.IsNegative;
        Instant? recovered = null;
        foreach (var revision in reviewCase.RatingRevisions)
        {
            if (revision.IsRecovery)
            {
                recovered = revision.At;
                break;
            }
        }

        var received = first.PublishedAt;
        return new CaseResponseFacts(
            received,
            negative,
            Max(reviewCase.FirstPublicReplyAt, received),
            Max(reviewCase.FirstPrivateContactAt, received),
            negative ? Max(recovered, received) : null,
            reviewCase.Assignee,
            reviewCase.Team);
    }

    /// <inheritdoc/>
    public bool Equals(CaseResponseFacts other) =>
        ReceivedAt == other.ReceivedAt && IsNegative == other.IsNegative && FirstPublicReplyAt == other.FirstPublicReplyAt
        && FirstPrivateContactAt == other.FirstPrivateContactAt && RecoveredAt == other.RecoveredAt
        && string.Equals(Agent, other.Agent, StringComparison.Ordinal) && string.Equals(Team, other.Team, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CaseResponseFacts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ReceivedAt, IsNegative, FirstPublicReplyAt, FirstPrivateContactAt, RecoveredAt, Agent, Team);

    /// <summary>Describes the facts.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"received {ReceivedAt}, replied {FirstPublicReplyAt?.ToString() ?? "never"}, agent {Agent ?? "none"}";

    /// <summary>Compares two facts for equality.</summary>
    /// <param name="left">The first facts.</param>
    /// <param name="right">The second facts.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CaseResponseFacts left, CaseResponseFacts right) => left.Equals(right);

    /// <summary>Compares two facts for inequality.</summary>
    /// <param name="left">The first facts.</param>
    /// <param name="right">The second facts.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CaseResponseFacts left, CaseResponseFacts right) => !left.Equals(right);

    // A reply imported with a clock slightly behind the platform's is clamped to the reception rather than rejected.
    private static Instant? Max(Instant? value, Instant floor) => value is { } v ? (v < floor ? floor : v) : null;

    private static void NotBefore(Instant? value, Instant receivedAt, string paramName)
    {
        if (value is { } v && v < receivedAt)
        {
            throw new ArgumentException($"{paramName} ({v}) is before the review was received ({receivedAt}).", paramName);
        }
    }
}
