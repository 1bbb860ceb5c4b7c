using System.Runtime.CompilerServices;

namespace ReviewKit.Calendars;

/// <summary>
/// The open intervals of one local year of a calendar, as nanoseconds since the Unix epoch, clipped to the year's
/// instants [start of 1 January, start of the next 1 January): sorted, disjoint, non-empty and not adjacent, with the
/// running total of open time so that business time up to any instant is a table look-up away. Immutable.
/// </summary>
/// <remarks>
/// Finding the interval at an instant does not search the whole year: the year is cut into buckets of 2^46 ns (about 19.5 hours) from its
/// first instant, and each bucket knows the first interval that ends after the bucket starts; from there at most the
/// few intervals of one day are scanned.
/// </remarks>
internal sealed class YearBlock
{
    private const int BucketShift = 46; // 2^46 ns, about 19.5 hours: a shift, not a division, and a few intervals per bucket
    private readonly long _blockStart;
    private readonly int[] _firstByBucket;

    public YearBlock(int year, long blockStart, long blockEnd, long[] starts, long[] ends)
    {
        Year = year;
        _blockStart = blockStart;
        BlockEnd = blockEnd;
        Starts = starts;
        Ends = ends;
        Cumulative = new long[starts.Length + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            Cumulative[i + 1] = Cumulative[i] + (ends[i] - starts[i]);
        }

        Total = Cumulative[^1];

        var buckets = (int)((blockEnd - blockStart) >> BucketShift) + 1;
        _firstByBucket = new int[buckets];
        var index = 0;
        for (var b = 0; b < buckets; b++)
        {
            var bucketStart = blockStart + ((long)b << BucketShift);
            while (index < ends.Length && ends[index] <= bucketStart)
            {
                index++;
            }

            _firstByBucket[b] = index;
        }
    }

    /// <summary>Gets the local year.</summary>
    public int Year { get; }

    /// <summary>Gets the first instant of the year (nanoseconds since the Unix epoch).</summary>
    public long BlockStart => _blockStart;

    /// <summary>Gets the first instant of the next year.</summary>
    public long BlockEnd { get; }

    public long[] Starts { get; }

    public long[] Ends { get; }

    /// <summary>Cumulative[i] is the open time of the intervals before interval i; the last item is <see cref="Total"/>.</summary>
    public long[] Cumulative { get; }

    public int Count => Starts.Length;

    public long Total { get; }

    /// <summary>The index of the last interval starting at or before <paramref name="t"/> (a time within the block), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexAtOrBefore(long t)
    {
        // Every interval before the bucket's first ends at or before the bucket's start, so it also starts before t.
        var i = _firstByBucket[(int)((t - _blockStart) >> BucketShift)];
        var starts = Starts;
        while ((uint)i < (uint)starts.Length && starts[i] <= t)
        {
            i++;
        }

        return i - 1;
    }

    /// <summary>The open time from the start of the block to <paramref name="t"/> (a time within the block).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long OpenTimeBefore(long t)
    {
        var i = IndexAtOrBefore(t);
        if (i < 0)
        {
            return 0;
        }

        var end = Ends[i];
        return t < end ? Cumulative[i] + (t - Starts[i]) : Cumulative[i + 1];
    }

    /// <summary>
    /// The earliest time at which the open time from the start of the block reaches <paramref name="target"/>
    /// (0 &lt; target &lt;= <see cref="Total"/>): an interval's end when it runs out exactly there.
    /// </summary>
    /// <param name="target">The open time to reach.</param>
    /// <param name="hint">An interval index at or before the answer (the interval of the start): short amounts end a
    /// few intervals later, so the search gallops from there and stays O(1) for them, O(log n) for long ones.</param>
    public long TimeAtOpenTime(long target, int hint)
    {
        // The first k with Cumulative[k] >= target (k >= 1); the interval k - 1 holds the answer. Every k below lo has
        // Cumulative[k] < target: Cumulative[hint] is at most the open time before the start, which is under target.
        var cumulative = Cumulative;
        var last = cumulative.Length - 1;
        var lo = Math.Max(hint, 0) + 1;

        // A working day holds a few intervals: scan those first (no branch mispredicted by a search), then gallop.
        var scanEnd = Math.Min(last, lo + 3);
        while (lo < scanEnd && cumulative[lo] < target)
        {
            lo++;
        }

        if (cumulative[lo] >= target)
        {
            return Starts[lo - 1] + (target - cumulative[lo - 1]);
        }

        lo++;
        var hi = lo;
        for (var step = 1; hi < last && cumulative[hi] < target; step <<= 1)
        {
            lo = hi + 1;
            hi = Math.Min(last, hi + step);
        }

        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var i = lo - 1;
        return Starts[i] + (target - cumulative[i]);
    }
}
