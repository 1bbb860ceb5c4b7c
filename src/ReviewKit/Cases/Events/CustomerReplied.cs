namespace ReviewKit.Cases;

/// <summary>The customer wrote or spoke to the business again. The message waits for an answer until the next reply or contact; a customer answer also ends a wait on the customer.</summary>
public sealed record CustomerReplied : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="channel">Where the customer wrote.</param>
    /// <param name="text">What the customer said, optional.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CustomerReplied(CaseEventId id, Instant at, Actor by, ContactChannel channel, string? text = null)
        : base(id, at, by)
    {
        Channel = Guard.Defined(channel, nameof(channel));
        Text = Guard.OptionalText(text, nameof(text));
    }

    /// <summary>Gets where the customer wrote.</summary>
    public ContactChannel Channel { get; }

    /// <summary>Gets what the customer said, or <see langword="null"/>.</summary>
    public string? Text { get; }
}
