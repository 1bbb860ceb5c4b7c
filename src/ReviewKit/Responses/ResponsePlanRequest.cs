using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Triage;

namespace ReviewKit.Responses;

/// <summary>What an <see cref="IResponsePlanner"/> needs to plan the response to one case: the case, its triage and analysis, and the facts only the host knows.</summary>
/// <remarks>
/// <para>The host's facts are optional properties: how the customer can be reached privately, whether they asked for a
/// call, how valuable they are, the order value (to cost a percentage discount) and the gesture budget already spent at
/// the review's location (<see cref="Budget"/>). ReviewKit keeps no state between requests.</para>
/// <para>Immutable once created (init-only properties) and thread-safe; reference equality.</para>
/// </remarks>
public sealed class ResponsePlanRequest
{
    private readonly decimal? _orderValue;
    private readonly ReachableChannels _reachableBy;
    private readonly CustomerValue _customerValue;

    /// <summary>Creates a request.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="triage">The case's triage (<see cref="IReviewTriage"/>); a review that is not negative gets a public reply only.</param>
    /// <param name="analysis">The analysis of the review (<see cref="IReviewAnalyzer"/>), for its themes and language; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> or <paramref name="triage"/> is null.</exception>
    public ResponsePlanRequest(ReviewCase reviewCase, TriageResult triage, ReviewAnalysis? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        ArgumentNullException.ThrowIfNull(triage);
        Case = reviewCase;
        Triage = triage;
        Analysis = analysis ?? ReviewAnalysis.Empty;
    }

    /// <summary>Gets the case.</summary>
    public ReviewCase Case { get; }

    /// <summary>Gets the triage.</summary>
    public TriageResult Triage { get; }

    /// <summary>Gets the analysis; <see cref="ReviewAnalysis.Empty"/> when none was given.</summary>
    public ReviewAnalysis Analysis { get; }

    /// <summary>Gets the private channels through which the customer can be reached.</summary>
    /// <value>The default value is <see cref="ReachableChannels.None"/>: no private contact can be started.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value has a flag that is not defined.</exception>
    public ReachableChannels ReachableBy
    {
        get => _reachableBy;
        init => _reachableBy = (value & ~(ReachableChannels.Phone | ReachableChannels.Email | ReachableChannels.PrivateMessage)) == 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "ReachableBy has a flag that is not a ReachableChannels value.");
    }

    /// <summary>Gets a value indicating whether the customer asked to be called (a phone call is then preferred when a number is known).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool CustomerAskedForCall { get; init; }

    /// <summary>Gets how valuable the customer is to the business; it sets one of the gesture caps.</summary>
    /// <value>The default value is <see cref="Responses.CustomerValue.Standard"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public CustomerValue CustomerValue
    {
        get => _customerValue;
        init => _customerValue = Guard.Defined(value, nameof(value));
    }

    /// <summary>Gets the value of the order the review is about, in the policy's currency, used to cost a percentage discount; <see langword="null"/> when unknown.</summary>
    /// <value>The default value is <see langword="null"/>. Must be zero or more.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal? OrderValue
    {
        get => _orderValue;
        init => _orderValue = value is < 0m
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "OrderValue must be zero or more.")
            : value;
    }

    /// <summary>
    /// Gets what the review's location already spent on gestures in the current budget period, as the host counted it;
    /// <see langword="null"/> when unknown, in which case no gesture with a value is offered without approval.
    /// </summary>
    /// <value>The default value is <see langword="null"/>. Its location must be the review's and its currency the policy's.</value>
    public GestureBudgetSnapshot? Budget { get; init; }
}
