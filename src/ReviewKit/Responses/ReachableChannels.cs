namespace ReviewKit.Responses;

/// <summary>The private channels through which the business can reach the customer of a case (the host knows a phone number, an e-mail address, or the platform has private messages).</summary>
[Flags]
public enum ReachableChannels
{
    /// <summary>No private channel is known: the public reply must invite the customer to get in touch.</summary>
    None = 0,

    /// <summary>A phone number is known.</summary>
    Phone = 1,

    /// <summary>An e-mail address is known.</summary>
    Email = 2,

    /// <summary>The review platform or social network has private messages with this customer.</summary>
    PrivateMessage = 4,
}
