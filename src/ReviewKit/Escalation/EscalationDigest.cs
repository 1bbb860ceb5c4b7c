using System.Collections.Immutable;

namespace ReviewKit.Escalation;

/// <summary>
/// The notifications of one recipient within one window, to send as one message: nobody receives 40 e-mails at 9:00.
/// Made by <see cref="Group"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality over the recipient, the window and the notifications in order.</remarks>
public sealed class EscalationDigest : IEquatable<EscalationDigest>
{
    private EscalationDigest(EscalationRecipient recipient, Interval window, ImmutableArray<EscalationNotification> notifications)
    {
        Recipient = recipient;
        Window = window;
        Notifications = notifications;
    }

    /// <summary>Gets the recipient.</summary>
    public EscalationRecipient Recipient { get; }

    /// <summary>Gets the window: from the first notification's instant (inclusive) for the window's length (exclusive end).</summary>
    public Interval Window { get; }

    /// <summary>Gets the notifications, oldest first.</summary>
    public ImmutableArray<EscalationNotification> Notifications { get; }

    /// <summary>
    /// Groups notifications per recipient: a recipient's first notification opens a window of <paramref name="window"/>;
    /// every notification of the recipient inside it joins the digest; the first one after it opens the next window.
    /// A notification with several recipients appears in a digest of each.
    /// </summary>
    /// <param name="notifications">The notifications, in any order; duplicates (same idempotency key) are counted once.</param>
    /// <param name="window">The length of a window; positive.</param>
    /// <returns>The digests, ordered by the start of their window, then by recipient in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notifications"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="notifications"/> holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not positive.</exception>
    public static IReadOnlyList<EscalationDigest> Group(IEnumerable<EscalationNotification> notifications, Duration window)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (window <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "window must be positive.");
        }

        var all = notifications.ToArray();
        if (Array.IndexOf(all, null) >= 0)
        {
            throw new ArgumentException("notifications must not contain null.", nameof(notifications));
        }

        var ordered = all.Distinct().OrderBy(n => n.At).ThenBy(n => n.IdempotencyKey, StringComparer.Ordinal).ToArray();
        var perRecipient = new Dictionary<EscalationRecipient, List<EscalationNotification>>();
        var recipients = new List<EscalationRecipient>();
        foreach (var notification in ordered)
        {
            foreach (var recipient in notification.Recipients)
            {
                if (!perRecipient.TryGetValue(recipient, out var list))
                {
                    perRecipient.Add(recipient, list = []);
                    recipients.Add(recipient);
                }

                list.Add(notification);
            }
        }

        var digests = new List<(EscalationDigest Digest, int Rank)>();
        for (var r = 0; r < recipients.Count; r++)
        {
            var list = perRecipient[recipients[r]];
            var start = 0;
            while (start < list.Count)
            {
                var opened = list[start].At;
                var interval = new Interval(opened, opened + window);
                var end = start;
                while (end < list.Count && interval.Contains(list[end].At))
                {
                    end++;
                }

                digests.Add((new EscalationDigest(recipients[r], interval, [.. list.Skip(start).Take(end - start)]), r));
                start = end;
            }
        }

        return [.. digests.OrderBy(d => d.Digest.Window.Start).ThenBy(d => d.Rank).Select(d => d.Digest)];
    }

    /// <summary>Compares two digests for equality.</summary>
    /// <param name="left">The first digest.</param>
    /// <param name="right">The second digest.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EscalationDigest? left, EscalationDigest? right) => Equals(left, right);

    /// <summary>Compares two digests for inequality.</summary>
    /// <param name="left">The first digest.</param>
    /// <param name="right">The second digest.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationDigest? left, EscalationDigest? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(EscalationDigest? other) =>
        other is not null && Recipient == other.Recipient && Window == other.Window && Notifications.SequenceEqual(other.Notifications);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EscalationDigest);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Recipient, Window, Notifications.Length);

    /// <summary>Describes the digest.</summary>
    /// <returns>The recipient, the window and the number of notifications.</returns>
    public override string ToString() => $"{Recipient}: {Notifications.Length} escalation(s) in {Window}";
}
