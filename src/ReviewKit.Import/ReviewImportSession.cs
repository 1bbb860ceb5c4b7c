using System.Collections.Immutable;
using ReviewKit.Cases;
using ReviewKit.Import.Internal;
using ReviewKit.Reviews;

namespace ReviewKit.Import;

/// <summary>
/// Decides what an imported review means for the host's store: a new review (a case is opened when it is negative), an
/// unchanged one (nothing to do), a new revision (recorded on its case, where a rating raised after resolution is a
/// recovery) or an older copy. Importing the same file twice therefore changes nothing.
/// </summary>
/// <remarks>
/// <para><b>How to use.</b> For each imported row, look up what the host has for <see cref="Review.Id"/> (its latest
/// revision and its case, if any), call <see cref="Decide"/>, and store <see cref="ImportOutcome.Review"/> when
/// <see cref="ImportOutcome.StoresReview"/> and <see cref="ImportOutcome.Events"/> in the case's timeline.</para>
/// <para><b>Revisions.</b> A revision is identified by the review id and its revision instant
/// (<see cref="Review.RevisedAt"/>): a later instant is a new revision, the same instant is unchanged (platforms change the
/// update time whenever the review changes), an earlier one is stale.</para>
/// <para><b>Events.</b> Event ids are derived from the review id and the event's instant (and the case id from the
/// review id, unless the host gives its own), so the same input always yields equal events, and
/// <see cref="ReviewCase.Apply(CaseEvent)"/> treats a repeated one as a no-op. A case is opened at the review's
/// publication (at the revision, for a review that becomes negative when edited) by the session's actor; a revision is
/// by <see cref="Actor.Customer"/> at its instant; the platform's reply at its own time. An event earlier than the
/// case's opening is moved to the opening.</para>
/// <para><b>Replies.</b> The platform's reply carried by a new, revised or unchanged copy is offered to the review's
/// case (one already in the timeline is skipped). A stale copy changes nothing: the platform's latest copy carries the
/// latest reply. Replies stay in <see cref="ImportResult.PublicReply"/> for reviews without a case.</para>
/// <para><b>Order.</b> Whatever the order of the rows and however often they repeat, the same reviews end up stored,
/// and a second import of the same rows stores nothing. Cases depend on the order only when one file holds several
/// revisions of a review out of time order: an older negative copy read after a newer non-negative one opens no case.</para>
/// <para><b>Cases.</b> Only a review whose rating is negative (<see cref="Rating.IsNegative"/>) opens a case; an unrated
/// review never does here. A review revised upward keeps its case: the case records the rating revision.</para>
/// <para>Stateless between calls: instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ReviewImportSession
{
    private readonly Actor _importer;
    private readonly Func<ReviewId, CaseId> _caseIdFor;

    /// <summary>Creates a session.</summary>
    /// <param name="importer">Who opens the cases, for example <c>Actor.System("google-import")</c>.</param>
    /// <param name="caseIdFor">The host's id for a new case of a review; by default one derived from the review id (stable across imports).</param>
    /// <exception cref="ArgumentException"><paramref name="importer"/> is the default value.</exception>
    public ReviewImportSession(Actor importer, Func<ReviewId, CaseId>? caseIdFor = null)
    {
        if (importer == default)
        {
            throw new ArgumentException("importer must not be the default (uninitialised) Actor.", nameof(importer));
        }

        _importer = importer;
        _caseIdFor = caseIdFor ?? StableIds.Case;
    }

    /// <summary>Decides what an imported review means, given what the host already has for its id.</summary>
    /// <param name="imported">An imported row (<see cref="ImportResult.IsImported"/>).</param>
    /// <param name="knownRevision">The host's latest revision of the review, or <see langword="null"/> when unknown (the case's review is used when only the case is known).</param>
    /// <param name="existingCase">The review's case, or <see langword="null"/> when it has none.</param>
    /// <returns>The decision, with the events to store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imported"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="imported"/> is a rejected row, or <paramref name="knownRevision"/> or <paramref name="existingCase"/>
    /// is about another review.
    /// </exception>
    /// <exception cref="InvalidOperationException">The case id returned by the host's case id function is the default value.</exception>
    public ImportOutcome Decide(ImportResult imported, Review? knownRevision, ReviewCase? existingCase)
    {
        ArgumentNullException.ThrowIfNull(imported);
        if (!imported.IsImported)
        {
            throw new ArgumentException($"imported is a rejected row ({imported.Rejection}); only imported rows can be decided.", nameof(imported));
        }

        var review = imported.Review;
        if (knownRevision is not null && knownRevision.Id != review.Id)
        {
            throw new ArgumentException($"knownRevision is of review '{knownRevision.Id}', not '{review.Id}'.", nameof(knownRevision));
        }

        if (existingCase is not null && existingCase.Review.Id != review.Id)
        {
            throw new ArgumentException($"existingCase handles review '{existingCase.Review.Id}', not '{review.Id}'.", nameof(existingCase));
        }

        var known = knownRevision ?? existingCase?.Review;
        var kind = known is null ? ImportOutcomeKind.New
            : review.RevisedAt > known.RevisedAt ? ImportOutcomeKind.Revised
            : review.RevisedAt == known.RevisedAt ? ImportOutcomeKind.Unchanged
            : ImportOutcomeKind.Stale;

        var events = ImmutableArray.CreateBuilder<CaseEvent>();
        var refused = ImmutableArray.CreateBuilder<CaseEvent>();
        var reviewCase = existingCase;
        if (reviewCase is null && kind != ImportOutcomeKind.Stale && review.Rating is { IsNegative: true })
        {
            var openedAt = kind == ImportOutcomeKind.Revised ? review.RevisedAt : review.PublishedAt;
            var opened = new CaseOpened(StableIds.Event("opened", review.Id, openedAt), openedAt, _importer, review);
            var caseId = _caseIdFor(review.Id);
            if (caseId == default)
            {
                throw new InvalidOperationException("The case id function returned the default (uninitialised) CaseId.");
            }

            reviewCase = ReviewCase.Open(caseId, opened);
            events.Add(opened);
        }
        else if (reviewCase is not null && kind == ImportOutcomeKind.Revised)
        {
            var at = Later(review.RevisedAt, reviewCase.OpenedAt);
            reviewCase = Offer(reviewCase, new ReviewRevised(StableIds.Event("revised", review.Id, review.RevisedAt), at, Actor.Customer, review), events, refused);
        }

        if (reviewCase is not null && kind != ImportOutcomeKind.Stale && imported.PublicReply is { } reply)
        {
            var at = Later(reply.At, reviewCase.OpenedAt);
            var placed = at == reply.At ? reply : new PublicReplyPosted(reply.Id, at, reply.By, reply.Text);
            reviewCase = Offer(reviewCase, placed, events, refused);
        }

        return new ImportOutcome(kind, review, reviewCase, events.ToImmutable(), refused.ToImmutable());
    }

    private static ReviewCase Offer(ReviewCase reviewCase, CaseEvent e, ImmutableArray<CaseEvent>.Builder events, ImmutableArray<CaseEvent>.Builder refused)
    {
        if (reviewCase.Contains(e.Id))
        {
            return reviewCase;
        }

        try
        {
            var next = reviewCase.Apply(e);
            events.Add(e);
            return next;
        }
        catch (InvalidCaseEventException)
        {
            refused.Add(e);
            return reviewCase;
        }
    }

    private static Instant Later(Instant a, Instant b) => a > b ? a : b;
}
