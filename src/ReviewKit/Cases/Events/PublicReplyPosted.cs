namespace ReviewKit.Cases;

/// <summary>The business posted a public reply under the review.</summary>
public sealed record PublicReplyPosted : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="text">The reply as published (not blank; at most 100,000 characters).</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public PublicReplyPosted(CaseEventId id, Instant at, Actor by, string text)
        : base(id, at, by)
    {
        Text = Guard.NotBlank(text, nameof(text), Guard.MaxTextLength);
    }

    /// <summary>Gets the reply as published.</summary>
    public string Text { get; }
}
