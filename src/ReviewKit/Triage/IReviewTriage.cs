using ReviewKit.Analysis;
using ReviewKit.Reviews;

namespace ReviewKit.Triage;

/// <summary>Decides whether a review is negative and how serious it is, and says why.</summary>
/// <remarks>Implementations must be thread-safe and deterministic: the same inputs give the same result.</remarks>
public interface IReviewTriage
{
    /// <summary>Triages a review.</summary>
    /// <param name="review">The review.</param>
    /// <param name="analysis">What an <see cref="IReviewAnalyzer"/> read in the review.</param>
    /// <param name="repeatComplaints">How many earlier negative reviews the same customer left (as counted by the host, for
    /// example over the last 12 months); zero or more.</param>
    /// <returns>Whether the review is negative, its severity and the reasons that led there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> or <paramref name="analysis"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repeatComplaints"/> is negative.</exception>
    TriageResult Triage(Review review, ReviewAnalysis analysis, int repeatComplaints = 0);
}
