namespace ReviewKit.Cases;

/// <summary>An internal note was added to the case (never shown to the customer).</summary>
public sealed record NoteAdded : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="text">The note (not blank).</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public NoteAdded(CaseEventId id, Instant at, Actor by, string text)
        : base(id, at, by)
    {
        Text = Guard.NotBlank(text, nameof(text), Guard.MaxTextLength);
    }

    /// <summary>Gets the note.</summary>
    public string Text { get; }
}
