namespace ReviewKit.Cases;

/// <summary>The business contacted the customer privately (phone, e-mail or private message).</summary>
public sealed record PrivateContactMade : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="channel">The channel used; not <see cref="ContactChannel.PublicThread"/>.</param>
    /// <param name="summary">What was said or sent, optional.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public PrivateContactMade(CaseEventId id, Instant at, Actor by, ContactChannel channel, string? summary = null)
        : base(id, at, by)
    {
        Guard.Defined(channel, nameof(channel));
        if (channel == ContactChannel.PublicThread)
        {
            throw new ArgumentException("channel must be a private channel (phone, e-mail or private message), not the public thread: a public answer is a PublicReplyPosted.", nameof(channel));
        }

        Channel = channel;
        Summary = Guard.OptionalText(summary, nameof(summary));
    }

    /// <summary>Gets the channel used.</summary>
    public ContactChannel Channel { get; }

    /// <summary>Gets what was said or sent, or <see langword="null"/>.</summary>
    public string? Summary { get; }
}
