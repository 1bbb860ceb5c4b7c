namespace ReviewKit.Responses;

/// <summary>The steps of a <see cref="ResponsePlan"/>, in the order they are taken.</summary>
public enum ResponseStepKind
{
    /// <summary>A public, written reply under the review: courteous, apologetic, never defensive. Every negative review on every public channel gets one.</summary>
    PublicReply = 0,

    /// <summary>A private contact (phone, e-mail or the platform's private messages) to personalise the solution and defuse tension.</summary>
    PrivateContact = 1,

    /// <summary>A solution agreed with the customer and delivered.</summary>
    Solution = 2,

    /// <summary>An optional goodwill gesture that shows esteem; never conditioned on changing the review.</summary>
    GoodwillGesture = 3,

    /// <summary>A follow-up after the resolution, inviting the customer to share how it ended; never tied to a gesture.</summary>
    FollowUp = 4,
}
