using System.Collections.Concurrent;

namespace ReviewKit.Cases;

/// <summary>
/// The position of each event id in a timeline, shared by the successive values of a case the way their
/// <see cref="SharedPrefixList{T}"/> is: a case of n events asks for ids at positions under n, so the later entries
/// added for its successors are invisible to it.
/// </summary>
/// <remarks>
/// Built only for timelines longer than <see cref="Threshold"/> (a scan is cheaper below). Thread-safe: the positions are
/// a concurrent dictionary, and the right to add the next position is claimed with one compare-and-swap; a case that
/// loses it (a branch from an older case) builds an index of its own.
/// </remarks>
internal sealed class EventIdIndex
{
    /// <summary>Timelines up to this length are scanned rather than indexed.</summary>
    public const int Threshold = 16;

    private readonly ConcurrentDictionary<CaseEventId, int> _positions;
    private int _count;

    private EventIdIndex(ReadOnlySpan<CaseEvent> timeline)
    {
        _positions = new ConcurrentDictionary<CaseEventId, int>(concurrencyLevel: 1, capacity: timeline.Length * 2);
        for (var i = 0; i < timeline.Length; i++)
        {
            _positions[timeline[i].Id] = i;
        }

        _count = timeline.Length;
    }

    /// <summary>An index of <paramref name="timeline"/>, or null when it is short enough to scan.</summary>
    public static EventIdIndex? For(ReadOnlySpan<CaseEvent> timeline) => timeline.Length > Threshold ? new EventIdIndex(timeline) : null;

    /// <summary>The position of <paramref name="id"/> in <paramref name="timeline"/> (a prefix of what <paramref name="index"/> serves), or -1.</summary>
    public static int Find(EventIdIndex? index, ReadOnlySpan<CaseEvent> timeline, CaseEventId id)
    {
        if (index is not null)
        {
            return index._positions.TryGetValue(id, out var position) && position < timeline.Length ? position : -1;
        }

        for (var i = 0; i < timeline.Length; i++)
        {
            if (timeline[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index of <paramref name="extended"/>, a timeline that is the one <paramref name="index"/> was serving with one
    /// event appended: <paramref name="index"/> itself when its next position was free, else a new index.
    /// </summary>
    public static EventIdIndex? Appended(EventIdIndex? index, ReadOnlySpan<CaseEvent> extended)
    {
        var previous = extended.Length - 1;
        if (index is not null && Interlocked.CompareExchange(ref index._count, previous + 1, previous) == previous)
        {
            index._positions[extended[previous].Id] = previous;
            return index;
        }

        return For(extended);
    }
}
