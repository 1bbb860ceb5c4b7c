namespace ReviewKit.Sla;

/// <summary>A clock measured on every review case.</summary>
public enum SlaMetric
{
    /// <summary>From the opening to the first public reply. Not applicable to reviews from a private channel (e-mail, phone, web form, survey).</summary>
    FirstPublicReply = 0,

    /// <summary>From the opening to the first private contact with the customer (phone, e-mail, private message).</summary>
    FirstPrivateContact = 1,

    /// <summary>From the customer's oldest unanswered message to the next public reply or private contact; not applicable while every message has an answer.</summary>
    NextReply = 2,

    /// <summary>From the opening to the resolution (or the closing of an unresolved case); a reopening resumes it.</summary>
    Resolution = 3,
}
