namespace ReviewKit.Responses;

/// <summary>How serious a <see cref="ReplyFinding"/> is. Ordered: a higher value is more serious.</summary>
public enum ReplyFindingSeverity
{
    /// <summary>A hint; the reply can be posted as it is.</summary>
    Info = 0,

    /// <summary>The reply breaks a good practice; post it only after a second look.</summary>
    Warning = 1,

    /// <summary>The reply must not be posted: it leaks personal data or buys a review.</summary>
    Error = 2,
}
