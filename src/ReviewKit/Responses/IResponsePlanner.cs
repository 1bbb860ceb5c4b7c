namespace ReviewKit.Responses;

/// <summary>Plans the response to a negative review: public reply, private contact, solution, goodwill gesture and follow-up, each with its due instant and state.</summary>
/// <remarks>Implementations must be thread-safe, keep no state between calls and be deterministic: the same request at the same instant gives the same plan.</remarks>
public interface IResponsePlanner
{
    /// <summary>Plans the response to a case.</summary>
    /// <param name="request">The case, its triage and analysis, and the host's facts (channels, customer value, budget).</param>
    /// <param name="now">The moment of planning (from the host's <see cref="IClock"/>); not before the case's last event.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request's budget snapshot is for another location or currency than the case's review and the policy.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the case's last event.</exception>
    ResponsePlan Plan(ResponsePlanRequest request, Instant now);
}
