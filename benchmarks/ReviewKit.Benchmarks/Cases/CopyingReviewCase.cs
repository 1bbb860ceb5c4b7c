using System.Collections.Immutable;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Benchmarks.Cases;

/// <summary>
/// The baseline: <see cref="ReviewCase"/> as it was before its successive values shared one buffer (copied whole from
/// commit 6ac9f11, to measure the change). Each <see cref="Apply(CaseEvent)"/> scans the timeline for the
/// event's id and copies the immutable timeline (and any list the event extends): applying n events one by one is
/// quadratic.
/// </summary>
internal sealed class CopyingReviewCase
{
    private static readonly TimelineOrder Order = new();

    // Every field below is derived from the timeline by Fold, on an instance that is not yet published;
    // once a CopyingReviewCase is returned to a caller nothing changes it again.
    private ImmutableArray<CaseEvent> _timeline = [];
    private bool _opened;
    private Review _review = null!;
    private ImmutableArray<Review> _revisions = [];
    private CaseStatus _status;
    private Severity? _severity;
    private CasePriority _priority = CasePriority.Normal;
    private string? _assignee;
    private string? _team;
    private Instant _openedAt;
    private Instant? _firstPublicReplyAt;
    private Instant? _firstPrivateContactAt;
    private Instant? _firstResolvedAt;
    private Instant? _resolvedAt;
    private Instant? _closedAt;
    private int _reopenCount;
    private Instant? _waitingSince;
    private ImmutableArray<Interval> _waitingPeriods = [];
    private Instant? _oldestUnansweredCustomerMessageAt;
    private ImmutableArray<RatingRevision> _ratingRevisions = [];
    private ImmutableArray<CaseEscalated> _escalations = [];
    private ImmutableArray<CaseEscalated> _escalationsSinceReopening = [];

    private CopyingReviewCase(CaseId id) => Id = id;

    /// <summary>Gets the case's id.</summary>
    public CaseId Id { get; }

    /// <summary>Gets every event of the case, ordered by time (the opening first).</summary>
    public ImmutableArray<CaseEvent> Timeline => _timeline;

    /// <summary>Gets the number of events in the timeline, for optimistic concurrency.</summary>
    public int Version => _timeline.Length;

    /// <summary>Gets the latest revision of the review the case handles.</summary>
    public Review Review => _review;

    /// <summary>Gets every revision of the review, oldest first; the first is the one the case was opened with.</summary>
    public ImmutableArray<Review> Revisions => _revisions;

    /// <summary>Gets where the case stands.</summary>
    public CaseStatus Status => _status;

    /// <summary>Gets the severity from the latest triage, or <see langword="null"/> before any.</summary>
    public Severity? Severity => _severity;

    /// <summary>Gets the priority; <see cref="CasePriority.Normal"/> until changed.</summary>
    public CasePriority Priority => _priority;

    /// <summary>Gets the agent the case is assigned to, or <see langword="null"/>.</summary>
    public string? Assignee => _assignee;

    /// <summary>Gets the team the case is assigned to, or <see langword="null"/>.</summary>
    public string? Team => _team;

    /// <summary>Gets when the case was opened.</summary>
    public Instant OpenedAt => _openedAt;

    /// <summary>Gets when the first public reply was posted, or <see langword="null"/>.</summary>
    public Instant? FirstPublicReplyAt => _firstPublicReplyAt;

    /// <summary>Gets when the customer was first contacted privately, or <see langword="null"/>.</summary>
    public Instant? FirstPrivateContactAt => _firstPrivateContactAt;

    /// <summary>Gets when the case was first resolved, or <see langword="null"/> if it never was.</summary>
    public Instant? FirstResolvedAt => _firstResolvedAt;

    /// <summary>Gets when the case was resolved, or <see langword="null"/> when it is not resolved now (never, or reopened since).</summary>
    public Instant? ResolvedAt => _resolvedAt;

    /// <summary>Gets when the case was closed, or <see langword="null"/> when it is not closed now.</summary>
    public Instant? ClosedAt => _closedAt;

    /// <summary>Gets how many times the case was reopened.</summary>
    public int ReopenCount => _reopenCount;

    /// <summary>Gets when the current wait on the customer started, or <see langword="null"/> when not waiting.</summary>
    public Instant? WaitingSince => _waitingSince;

    /// <summary>Gets the finished periods of waiting on the customer, oldest first (the current one is <see cref="WaitingSince"/>).</summary>
    public ImmutableArray<Interval> WaitingPeriods => _waitingPeriods;

    /// <summary>
    /// Gets when the oldest customer message that has no answer yet arrived (answered by a public reply or a private
    /// contact), or <see langword="null"/> when every message has an answer.
    /// </summary>
    public Instant? OldestUnansweredCustomerMessageAt => _oldestUnansweredCustomerMessageAt;

    /// <summary>Gets every change of rating between revisions of the review, oldest first.</summary>
    public ImmutableArray<RatingRevision> RatingRevisions => _ratingRevisions;

    /// <summary>Gets every escalation recorded, oldest first.</summary>
    public ImmutableArray<CaseEscalated> Escalations => _escalations;

    /// <summary>Opens a case.</summary>
    /// <param name="id">The case's id.</param>
    /// <param name="opened">The opening event, with the review.</param>
    /// <returns>The case, with one event.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="opened"/> is null.</exception>
    public static CopyingReviewCase Open(CaseId id, CaseOpened opened)
    {
        Guard.NotDefault(id, nameof(id));
        ArgumentNullException.ThrowIfNull(opened);
        return FromTimeline(id, [opened]);
    }

    /// <summary>Rebuilds a case from its stored events, in any order.</summary>
    /// <param name="id">The case's id.</param>
    /// <param name="events">The events; exactly one must be a <see cref="CaseOpened"/>, and none may be earlier than it. Exact duplicates are ignored.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or <paramref name="events"/> holds a null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidCaseEventException">An event breaks a rule of the timeline (see the remarks of <see cref="ReviewCase"/>).</exception>
    public static CopyingReviewCase FromTimeline(CaseId id, IEnumerable<CaseEvent> events)
    {
        Guard.NotDefault(id, nameof(id));
        ArgumentNullException.ThrowIfNull(events);
        var sorted = events.ToArray();
        if (Array.IndexOf(sorted, null) >= 0)
        {
            throw new ArgumentException("events must not contain null.", nameof(events));
        }

        Array.Sort(sorted, Order);
        var result = new CopyingReviewCase(id);
        var accepted = ImmutableArray.CreateBuilder<CaseEvent>(sorted.Length);
        var byId = new Dictionary<CaseEventId, CaseEvent>(sorted.Length);
        foreach (var e in sorted)
        {
            // Duplicates are not always adjacent after sorting (same id, different instants): look them up by id.
            if (byId.TryGetValue(e.Id, out var earlier))
            {
                result.ThrowIfConflicting(earlier, e);
                continue;
            }

            result.Accept(e);
            accepted.Add(e);
            byId.Add(e.Id, e);
        }

        if (!result._opened)
        {
            throw new ArgumentException("events must contain a CaseOpened: a case starts with its opening.", nameof(events));
        }

        result._timeline = accepted.DrainToImmutable();
        return result;
    }

    /// <summary>Applies an event: returns the case with the event in its timeline.</summary>
    /// <param name="caseEvent">The event; it may be older than events already in the timeline.</param>
    /// <returns>
    /// A new case with the event in its place in time, or this same case when an equal event with the same id is
    /// already in the timeline.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseEvent"/> is null.</exception>
    /// <exception cref="InvalidCaseEventException">
    /// The event makes no sense where it lands, or another event already has its id.
    /// </exception>
    public CopyingReviewCase Apply(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        foreach (var existing in _timeline)
        {
            if (existing.Id == caseEvent.Id)
            {
                ThrowIfConflicting(existing, caseEvent);
                return this;
            }
        }

        var position = InsertionPoint(caseEvent);
        CopyingReviewCase next;
        if (position == _timeline.Length)
        {
            // The usual case: the event is the newest. Continue the fold from this case's state.
            next = (CopyingReviewCase)MemberwiseClone();
            next.Accept(caseEvent);
        }
        else
        {
            // A late event: check it against the state at its place, then fold the rest after it.
            next = new CopyingReviewCase(Id);
            for (var i = 0; i < position; i++)
            {
                next.Fold(_timeline[i]);
            }

            next.Accept(caseEvent);
            for (var i = position; i < _timeline.Length; i++)
            {
                next.Fold(_timeline[i]);
            }
        }

        next._timeline = _timeline.Insert(position, caseEvent);
        return next;
    }

    /// <summary>Applies an event if the case is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="caseEvent">The event.</param>
    /// <param name="expectedVersion">The <see cref="Version"/> the caller read before deciding on the event.</param>
    /// <returns>See <see cref="Apply(CaseEvent)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseEvent"/> is null.</exception>
    /// <exception cref="CaseVersionConflictException">The case is at another version.</exception>
    /// <exception cref="InvalidCaseEventException">See <see cref="Apply(CaseEvent)"/>.</exception>
    public CopyingReviewCase Apply(CaseEvent caseEvent, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        return expectedVersion == Version
            ? Apply(caseEvent)
            : throw new CaseVersionConflictException(Id, expectedVersion, Version);
    }

    /// <summary>Gets a value indicating whether the timeline holds an event with this id.</summary>
    /// <param name="eventId">The event id.</param>
    /// <returns><see langword="true"/> when an event of the timeline has the id.</returns>
    public bool Contains(CaseEventId eventId)
    {
        foreach (var e in _timeline)
        {
            if (e.Id == eventId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gets a value indicating whether the rule already escalated the case at this level since the case was last
    /// reopened (or ever, if it never was): an escalation fires once per case, rule and level.
    /// </summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when a matching <see cref="CaseEscalated"/> is in the current handling cycle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public bool HasEscalated(string ruleId, int level)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        foreach (var e in _escalationsSinceReopening)
        {
            if (e.Level == level && string.Equals(e.RuleId, ruleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the id, the status and the version.</summary>
    /// <returns>For example <c>case 42 (InProgress, version 5)</c>.</returns>
    public override string ToString() => $"case {Id} ({Status}, version {Version})";

    private int InsertionPoint(CaseEvent caseEvent)
    {
        // Events are nearly always appended: search from the end.
        var i = _timeline.Length;
        while (i > 0 && Order.Compare(_timeline[i - 1], caseEvent) > 0)
        {
            i--;
        }

        return i;
    }

    private void ThrowIfConflicting(CaseEvent existing, CaseEvent candidate)
    {
        if (!existing.Equals(candidate))
        {
            throw new InvalidCaseEventException(
                Id, _opened ? _status : null, candidate, $"the timeline already holds a different event with the id '{candidate.Id}' ({existing}).");
        }
    }

    private void Accept(CaseEvent e)
    {
        if (Reject(e) is { } rule)
        {
            throw new InvalidCaseEventException(Id, _opened ? _status : null, e, rule);
        }

        Fold(e);
    }

    /// <summary>The rule <paramref name="e"/> breaks in the current state, or null when it is acceptable here.</summary>
    private string? Reject(CaseEvent e)
    {
        if (!_opened)
        {
            return e is CaseOpened ? null : "a case must be opened before anything else happens to it (this event is earlier than the opening).";
        }

        if (e is CaseOpened)
        {
            return "the case is already opened; a case is opened once.";
        }

        if (_status == CaseStatus.Closed && e is not (CaseReopened or CustomerReplied or NoteAdded or ReviewRevised))
        {
            return "the case is closed; reopen it first.";
        }

        return e switch
        {
            CaseReopened when _status is not (CaseStatus.Resolved or CaseStatus.Closed) =>
                "only a resolved or closed case can be reopened.",
            WaitingOnCustomerStarted when _status == CaseStatus.WaitingOnCustomer =>
                "the case is already waiting on the customer.",
            WaitingOnCustomerStarted when _status == CaseStatus.Resolved =>
                "the case is resolved; reopen it before waiting on the customer.",
            CaseResumed when _status != CaseStatus.WaitingOnCustomer =>
                "only a case that waits on the customer can be resumed.",
            CaseResolved when _status == CaseStatus.Resolved =>
                "the case is already resolved; reopen it first.",
            ReviewRevised r when r.Revision.Id != _review.Id =>
                $"the revision is of review '{r.Revision.Id}', not of the case's review '{_review.Id}'.",
            _ => null,
        };
    }

    /// <summary>Advances the derived state by one event. Total: it accepts any event after the opening.</summary>
    private void Fold(CaseEvent e)
    {
        switch (e)
        {
            case CaseOpened opened:
                _opened = true;
                _status = CaseStatus.Open;
                _openedAt = opened.At;
                _review = opened.Review;
                _revisions = [opened.Review];
                break;
            case CaseTriaged triaged:
                _severity = triaged.Severity;
                break;
            case CaseAssigned assigned:
                _assignee = assigned.Assignee;
                _team = assigned.Team;
                break;
            case CasePriorityChanged priority:
                _priority = priority.Priority;
                break;
            case PublicReplyPosted:
                _firstPublicReplyAt ??= e.At;
                _oldestUnansweredCustomerMessageAt = null;
                StartWork();
                break;
            case PrivateContactMade:
                _firstPrivateContactAt ??= e.At;
                _oldestUnansweredCustomerMessageAt = null;
                StartWork();
                break;
            case CustomerReplied:
                _oldestUnansweredCustomerMessageAt ??= e.At;
                if (_status == CaseStatus.WaitingOnCustomer)
                {
                    EndWait(e.At);
                    _status = CaseStatus.InProgress;
                }

                break;
            case WaitingOnCustomerStarted:
                if (_status != CaseStatus.WaitingOnCustomer)
                {
                    _waitingSince = e.At;
                }

                _status = CaseStatus.WaitingOnCustomer;
                break;
            case CaseResumed:
                EndWait(e.At);
                _status = CaseStatus.InProgress;
                break;
            case GoodwillGestureOffered:
                StartWork();
                break;
            case CaseResolved:
                EndWait(e.At);
                _status = CaseStatus.Resolved;
                _resolvedAt = e.At;
                _firstResolvedAt ??= e.At;
                break;
            case CaseClosed:
                EndWait(e.At);
                _status = CaseStatus.Closed;
                _closedAt = e.At;
                break;
            case CaseReopened:
                _status = CaseStatus.InProgress;
                _resolvedAt = null;
                _closedAt = null;
                _reopenCount++;
                _escalationsSinceReopening = [];
                break;
            case CaseEscalated escalated:
                _escalations = _escalations.Add(escalated);
                _escalationsSinceReopening = _escalationsSinceReopening.Add(escalated);
                break;
            case ReviewRevised revised:
                var previous = _review.Rating;
                var current = revised.Revision.Rating;
                if (!Nullable.Equals(previous, current))
                {
                    _ratingRevisions = _ratingRevisions.Add(new RatingRevision(previous, current, e.At, _firstResolvedAt is not null));
                }

                _review = revised.Revision;
                _revisions = _revisions.Add(revised.Revision);
                break;
            case NoteAdded:
                break;
            default:
                throw new InvalidOperationException($"Unknown case event type {e.GetType().Name}.");
        }
    }

    private void StartWork()
    {
        if (_status == CaseStatus.Open)
        {
            _status = CaseStatus.InProgress;
        }
    }

    private void EndWait(Instant at)
    {
        if (_waitingSince is { } since)
        {
            _waitingPeriods = _waitingPeriods.Add(new Interval(since, at));
            _waitingSince = null;
        }
    }

    /// <summary>Time order of a timeline: by instant, the opening first at equal instants, then by id.</summary>
    private sealed class TimelineOrder : IComparer<CaseEvent>
    {
        public int Compare(CaseEvent? x, CaseEvent? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var byTime = x.At.CompareTo(y.At);
            if (byTime != 0)
            {
                return byTime;
            }

            var byKind = (x is CaseOpened ? 0 : 1).CompareTo(y is CaseOpened ? 0 : 1);
            return byKind != 0 ? byKind : string.CompareOrdinal(x.Id.Value, y.Id.Value);
        }
    }
}
