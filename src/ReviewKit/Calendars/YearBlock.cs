namespace ReviewKit.Calendars;

/// <summary>
/// The open intervals of one local year of a calendar, as nanoseconds since the Unix epoch, clipped to the year's
/// instants [start of 1 January, start of the next 1 January): sorted, disjoint, non-empty and not adjacent, with the
/// running total of open time so that business time up to any instant is one binary search away. Immutable.
/// </summary>
internal sealed class YearBlock
{
    public YearBlock(long[] starts, long[] ends)
    {
        Starts = starts;
        Ends = ends;
        Cumulative = new long[starts.Length + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            Cumulative[i + 1] = Cumulative[i] + (ends[i] - starts[i]);
        }
    }

    public long[] Starts { get; }

    public long[] Ends { get; }

    /// <summary>Cumulative[i] is the open time of the intervals before interval i; the last item is <see cref="Total"/>.</summary>
    public long[] Cumulative { get; }

    public int Count => Starts.Length;

    public long Total => Cumulative[^1];

    /// <summary>The index of the last interval starting at or before <paramref name="t"/>, or -1.</summary>
    public int IndexAtOrBefore(long t)
    {
        var i = Array.BinarySearch(Starts, t);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The open time from the start of the block to <paramref name="t"/> (a time within the block).</summary>
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
    public long TimeAtOpenTime(long target)
    {
        var k = Array.BinarySearch(Cumulative, target);
        var i = k >= 0 ? k - 1 : ~k - 1;
        return Starts[i] + (target - Cumulative[i]);
    }
}
