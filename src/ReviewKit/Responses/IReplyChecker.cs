namespace ReviewKit.Responses;

/// <summary>
/// Checks a public reply to a review before it is posted: personal data, a gesture bought against the review, tone,
/// the parts of a good reply, language, length, style and repetition.
/// </summary>
/// <remarks>Implementations are thread-safe. The default one is <see cref="ReplyChecker.CreateDefault"/>.</remarks>
public interface IReplyChecker
{
    /// <summary>Checks a reply.</summary>
    /// <param name="reply">The reply as the agent wrote it; any string, empty included.</param>
    /// <param name="context">The review being answered and the business's recent public replies.</param>
    /// <returns>The score and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reply"/> or <paramref name="context"/> is null.</exception>
    ReplyReview Check(string reply, ReplyContext context);
}
