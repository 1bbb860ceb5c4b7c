namespace ReviewKit.Cases;

/// <summary>The channel of a conversation with the customer.</summary>
public enum ContactChannel
{
    /// <summary>A phone call.</summary>
    Phone = 0,

    /// <summary>An e-mail.</summary>
    Email = 1,

    /// <summary>A private message on the review platform or social network.</summary>
    PrivateMessage = 2,

    /// <summary>The public thread under the review (only for messages from the customer).</summary>
    PublicThread = 3,
}
