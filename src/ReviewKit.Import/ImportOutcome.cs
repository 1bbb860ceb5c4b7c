using System.Collections.Immutable;
using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Import;

/// <summary>The decision of <see cref="ReviewImportSession.Decide"/> for one imported review: what to store.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImportOutcome
{
    internal ImportOutcome(ImportOutcomeKind kind, Review review, ReviewCase? reviewCase, ImmutableArray<CaseEvent> events, ImmutableArray<CaseEvent> refusedEvents)
    {
        Kind = kind;
        Review = review;
        Case = reviewCase;
        Events = events;
        RefusedEvents = refusedEvents;
    }

    /// <summary>Gets whether the review is new, unchanged, a new revision or an older copy.</summary>
    public ImportOutcomeKind Kind { get; }

    /// <summary>Gets the imported revision of the review.</summary>
    public Review Review { get; }

    /// <summary>
    /// Gets the review's case with <see cref="Events"/> applied: the existing case, a case opened now, or
    /// <see langword="null"/> when the review has no case (its rating is not negative, or it has no rating).
    /// </summary>
    public ReviewCase? Case { get; }

    /// <summary>Gets the case events to store, in time order: the opening, the revision, the public reply. Empty when nothing changed.</summary>
    public ImmutableArray<CaseEvent> Events { get; }

    /// <summary>
    /// Gets the events the case refused where they land, for example a public reply posted after the case was closed;
    /// they are not in <see cref="Case"/>. The host may reopen the case and apply them. Usually empty.
    /// </summary>
    public ImmutableArray<CaseEvent> RefusedEvents { get; }

    /// <summary>Gets a value indicating whether the review is to be stored as the host's latest revision (<see cref="ImportOutcomeKind.New"/> or <see cref="ImportOutcomeKind.Revised"/>).</summary>
    public bool StoresReview => Kind is ImportOutcomeKind.New or ImportOutcomeKind.Revised;

    /// <summary>Returns the kind, the review id and the number of events.</summary>
    /// <returns>For example <c>Revised google:AbC (1 event)</c>.</returns>
    public override string ToString() => $"{Kind} {Review.Id} ({Events.Length} event{(Events.Length == 1 ? string.Empty : "s")})";
}
