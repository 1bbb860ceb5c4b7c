using System.Globalization;
using System.Runtime.CompilerServices;

namespace ReviewKit.Calendars;

/// <summary>
/// When a business is open, in its own time zone, and how much business time lies between two instants: the clock of
/// every "reply within 24 business hours" target.
/// </summary>
/// <remarks>
/// <para><b>Intervals.</b> An open interval includes its start and excludes its end: at a closing instant the business is
/// closed (<see cref="IsOpen(Instant)"/> is <see langword="false"/>), at an opening instant it is open.</para>
/// <para><b>Business time is real elapsed time</b> inside open intervals: an always-open 25-hour day (autumn DST change)
/// counts 25 hours, a 23-hour day 23 hours.</para>
/// <para><b>Local rules, exact instants.</b> Week ranges, holidays, closures and exceptional openings are local dates
/// and times in <see cref="Zone"/>. A local time that does not exist (the spring-forward gap) is shifted forward by the
/// length of the gap (02:30 becomes 03:30 in Paris); an ambiguous one (the autumn fall-back overlap) takes the earlier
/// of its two occurrences.</para>
/// <para><b>Identities</b> (for instants in the supported range, with or without the same pauses):
/// <c>BusinessTimeBetween(a, c) == BusinessTimeBetween(a, b) + BusinessTimeBetween(b, c)</c>;
/// <c>BusinessTimeBetween(s, AddBusinessTime(s, d)) == d</c>;
/// <c>AddBusinessTime(AddBusinessTime(s, x), y) == AddBusinessTime(s, x + y)</c> for <c>y &gt; 0</c> (with
/// <c>y == 0</c> the left side moves on from a closing instant to the next opening, by the zero-amount rule);
/// time inside a pause never counts.</para>
/// <para><b>Range and horizon.</b> Instants are supported from the start of 1 January 1900 to the end of
/// 31 December 2149, local time; outside it an <see cref="ArgumentOutOfRangeException"/> is thrown. A search
/// (<see cref="NextOpening(Instant)"/>, <see cref="AddBusinessTime(Instant, Duration)"/>) never looks further than
/// <see cref="SearchHorizon"/> after its start: a result beyond it throws an <see cref="InvalidOperationException"/>.</para>
/// <para><b>Cost.</b> An always-open calendar is plain arithmetic. Otherwise the open intervals of a local year are resolved to instants once, the first time the year is
/// used, with a running total of open time; every operation is then a couple of binary searches, whatever the span,
/// and allocates nothing (the pause overloads allocate a sorted copy of the pauses).</para>
/// <para><b>Thread safety.</b> Immutable and thread-safe: years are built lazily without locks and published
/// atomically; two threads building the same year build equal blocks and one of them is kept. The calendar also
/// remembers the year it used last, to skip the year look-up; any thread may replace that reference, and every year
/// it can point to is immutable.</para>
/// </remarks>
public sealed class BusinessCalendar
{
    /// <summary>The first local year the calendar supports.</summary>
    internal const int MinYear = 1900;

    /// <summary>The last local year the calendar supports.</summary>
    internal const int MaxYear = 2149;

    private const int YearCount = MaxYear - MinYear + 1;
    private const int CoarseShift = 52; // 2^52 ns, about 52 days: shorter than any year, so at most one step to correct
    private const int HorizonDays = 3653;
    private const long HorizonNanoseconds = HorizonDays * 86_400_000_000_000L;

    // A coarse guard on the days since the Unix epoch, wider than the supported local years in any zone, under which
    // converting to nanoseconds cannot overflow; the exact bounds are then compared as nanoseconds.
    private const int GuardFirstDay = -26_000; // before 1 January 1900 (day -25,567)
    private const uint GuardDaySpan = 92_000; // to after 1 January 2150 (day 65,380)

    private readonly CalendarRules _rules;
    private readonly long[] _yearStarts;
    private readonly int[] _yearByCoarse;
    private readonly YearBlock?[] _blocks;

    /// <summary>The year block used last: most operations stay within one year, so this skips the year look-up. Any thread may replace it (a reference write is atomic, and every block is immutable).</summary>
    private YearBlock? _recent;
    private readonly Instant _min;
    private readonly Instant _max;
    private readonly long _minNanoseconds;
    private readonly long _maxNanoseconds;

    private BusinessCalendar(string name, CalendarRules rules, bool isAlwaysOpen)
    {
        Name = name;
        _rules = rules;
        IsAlwaysOpen = isAlwaysOpen;
        _blocks = new YearBlock?[YearCount];
        _yearStarts = new long[YearCount + 1];
        for (var i = 0; i <= YearCount; i++)
        {
            _yearStarts[i] = ToNanoseconds(Zone.AtStartOfDay(new LocalDate(MinYear + i, 1, 1)).ToInstant());
        }

        _yearByCoarse = new int[(int)((_yearStarts[YearCount] - _yearStarts[0]) >> CoarseShift) + 1];
        for (int c = 0, y = 0; c < _yearByCoarse.Length; c++)
        {
            var coarseStart = _yearStarts[0] + ((long)c << CoarseShift);
            while (y < YearCount - 1 && coarseStart >= _yearStarts[y + 1])
            {
                y++;
            }

            _yearByCoarse[c] = y;
        }

        _min = FromNanoseconds(_yearStarts[0]);
        _max = FromNanoseconds(_yearStarts[YearCount]);
        _minNanoseconds = _yearStarts[0];
        _maxNanoseconds = _yearStarts[YearCount];
    }

    /// <summary>A copy sharing the rules, the year tables and the years already built.</summary>
    private BusinessCalendar(BusinessCalendar other, Instant? effectiveFrom)
    {
        Name = other.Name;
        _rules = other._rules;
        IsAlwaysOpen = other.IsAlwaysOpen;
        _blocks = other._blocks;
        _yearStarts = other._yearStarts;
        _yearByCoarse = other._yearByCoarse;
        _min = other._min;
        _max = other._max;
        _minNanoseconds = other._minNanoseconds;
        _maxNanoseconds = other._maxNanoseconds;
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>
    /// Gets how far a search looks ahead of its start: 3,653 days (ten years). <see cref="NextOpening(Instant)"/> and
    /// <see cref="AddBusinessTime(Instant, Duration)"/> throw rather than return an instant later than that.
    /// </summary>
    public static Duration SearchHorizon { get; } = Duration.FromNanoseconds(HorizonNanoseconds);

    /// <summary>Gets the calendar's name (its configuration key, or <c>always-open</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the time zone in which the calendar's dates and times are local.</summary>
    public DateTimeZone Zone => _rules.Zone;

    /// <summary>
    /// Gets when this version of the calendar took effect, or <see langword="null"/> when it always applied. Set by
    /// providers that follow configuration changes (see <see cref="IBusinessCalendarProvider"/>); an SLA breach judged in
    /// this calendar is never dated before it.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Instant? EffectiveFrom { get; }

    /// <summary>Gets a value indicating whether the calendar is open at every instant (see <see cref="AlwaysOpen(DateTimeZone)"/>).</summary>
    public bool IsAlwaysOpen { get; }

    /// <summary>
    /// Gets a calendar open at every instant, for targets in calendar hours: business time equals elapsed time.
    /// </summary>
    /// <param name="zone">The zone in which dates are reported (it does not change any duration).</param>
    /// <returns>A calendar named <c>always-open</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar AlwaysOpen(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new BusinessCalendar("always-open", CalendarRules.AlwaysOpen(zone), isAlwaysOpen: true);
    }

    /// <summary>Builds a calendar from its options (zone from tzdb).</summary>
    /// <param name="options">The calendar's definition; it is copied, later changes do not affect the calendar.</param>
    /// <param name="name">The calendar's name, used in messages; <c>calendar</c> when <see langword="null"/>.</param>
    /// <param name="holidayProviders">
    /// The providers <see cref="BusinessCalendarOptions.PublicHolidays"/> may name, searched in order before the built-in
    /// <see cref="FrenchPublicHolidays"/>; <see langword="null"/> for the built-in ones only.
    /// </param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The options are invalid; the message lists every problem (see <see cref="Validate"/>), each naming the calendar,
    /// the field and the rule.
    /// </exception>
    public static BusinessCalendar FromOptions(
        BusinessCalendarOptions options,
        string? name = null,
        IEnumerable<IHolidayProvider>? holidayProviders = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var calendarName = string.IsNullOrWhiteSpace(name) ? "calendar" : name.Trim();
        var errors = new List<string>();
        var rules = CalendarRules.Parse(options, calendarName, Providers(holidayProviders), errors);
        if (rules is null)
        {
            throw new ArgumentException(
                $"The business calendar '{calendarName}' is invalid: {string.Join(" ", errors)}", nameof(options));
        }

        return new BusinessCalendar(calendarName, rules, isAlwaysOpen: false);
    }

    /// <summary>Checks calendar options without building the calendar, reporting every problem at once.</summary>
    /// <param name="options">The calendar's definition.</param>
    /// <param name="path">The prefix of every message, usually the configuration path (<c>ReviewKit:Calendars:paris-store</c>).</param>
    /// <param name="holidayProviders">As for <see cref="FromOptions"/>.</param>
    /// <returns>
    /// The problems, empty when the options are valid; each is <c>{path}:{field}: {rule}</c>, for example
    /// <c>ReviewKit:Calendars:paris-store:TimeZone: 'Europe/Pariss' is not an IANA time zone id ...</c>. Checked: an unknown
    /// zone, a malformed date or range, overlapping ranges on one day, an unknown day name, an unknown holiday country or
    /// region, and a calendar with no business time at all.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="path"/> is null.</exception>
    public static IReadOnlyList<string> Validate(
        BusinessCalendarOptions options,
        string path,
        IEnumerable<IHolidayProvider>? holidayProviders = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<string>();
        CalendarRules.Parse(options, path, Providers(holidayProviders), errors);
        return errors;
    }

    /// <summary>Returns the same calendar with another <see cref="EffectiveFrom"/>; the copy shares the years already resolved.</summary>
    /// <param name="effectiveFrom">When the version takes effect, or <see langword="null"/> for always.</param>
    /// <returns>The copy (this instance when the value is the same).</returns>
    public BusinessCalendar WithEffectiveFrom(Instant? effectiveFrom) =>
        effectiveFrom == EffectiveFrom ? this : new BusinessCalendar(this, effectiveFrom);

    /// <summary>Gets a value indicating whether the business is open at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> inside an open interval, its start included and its end excluded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported range.</exception>
    public bool IsOpen(Instant instant)
    {
        var t = ToSupported(instant, nameof(instant));
        if (IsAlwaysOpen)
        {
            return true;
        }

        var block = BlockAt(t);
        var i = block.IndexAtOrBefore(t);
        return i >= 0 && t < block.Ends[i];
    }

    /// <summary>Gets the first open instant at or after an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><paramref name="instant"/> itself when open, otherwise the start of the next open interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported range.</exception>
    /// <exception cref="InvalidOperationException">No opening within <see cref="SearchHorizon"/>.</exception>
    public Instant NextOpening(Instant instant)
    {
        var t = ToSupported(instant, nameof(instant));
        return FromNanoseconds(NextOpening(t, Limit(t)));
    }

    /// <summary>Adds business time to an instant: the instant at which <paramref name="amount"/> of open time has passed.</summary>
    /// <param name="start">Where to start counting; outside business hours, counting starts at the next opening.</param>
    /// <param name="amount">The business time to add; zero or more.</param>
    /// <returns>
    /// The instant the amount runs out. When it runs out exactly at a closing time, that closing instant (not the next
    /// opening); one tick more continues at the next opening. A zero amount returns <see cref="NextOpening(Instant)"/>
    /// of <paramref name="start"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="start"/> is outside the supported range.</exception>
    /// <exception cref="InvalidOperationException">The result would be more than <see cref="SearchHorizon"/> after <paramref name="start"/>.</exception>
    public Instant AddBusinessTime(Instant start, Duration amount)
    {
        var t = ToSupported(start, nameof(start));
        var a = Amount(amount);
        return FromNanoseconds(Add(t, a, Limit(t)));
    }

    /// <summary>Adds business time to an instant, the clock being stopped during pauses (while waiting on the customer).</summary>
    /// <param name="start">Where to start counting.</param>
    /// <param name="amount">The business time to add; zero or more.</param>
    /// <param name="pauses">
    /// Intervals during which the clock is stopped (start inclusive, end exclusive), in any order, possibly overlapping;
    /// each must have a start and an end.
    /// </param>
    /// <returns>
    /// As <see cref="AddBusinessTime(Instant, Duration)"/>, never inside a pause: an amount running out exactly where a
    /// pause starts returns that instant; a zero amount returns the first open instant that is not paused.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="pauses"/> is null.</exception>
    /// <exception cref="ArgumentException">A pause has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="start"/> is outside the supported range.</exception>
    /// <exception cref="InvalidOperationException">The result would be more than <see cref="SearchHorizon"/> after <paramref name="start"/>.</exception>
    public Instant AddBusinessTime(Instant start, Duration amount, IEnumerable<Interval> pauses)
    {
        var t = ToSupported(start, nameof(start));
        var a = Amount(amount);
        var normalized = NormalizePauses(pauses);
        return FromNanoseconds(Add(t, a, normalized));
    }

    /// <summary>Gets the business time between two instants: the open time in [start, end).</summary>
    /// <param name="start">The start, inclusive.</param>
    /// <param name="end">The end, exclusive.</param>
    /// <returns>The open time; negative (the opposite of the reverse span) when <paramref name="end"/> is before
    /// <paramref name="start"/>, so that the result is additive over any three instants.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is outside the supported range.</exception>
    public Duration BusinessTimeBetween(Instant start, Instant end)
    {
        var s = ToSupported(start, nameof(start));
        var e = ToSupported(end, nameof(end));
        return Duration.FromNanoseconds(s <= e ? Between(s, e) : -Between(e, s));
    }

    /// <summary>Gets the business time between two instants, not counting the time inside pauses.</summary>
    /// <param name="start">The start, inclusive.</param>
    /// <param name="end">The end, exclusive.</param>
    /// <param name="pauses">Intervals during which the clock is stopped, in any order, possibly overlapping; each must
    /// have a start and an end.</param>
    /// <returns>The open time outside pauses; negative when <paramref name="end"/> is before <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pauses"/> is null.</exception>
    /// <exception cref="ArgumentException">A pause has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is outside the supported range.</exception>
    public Duration BusinessTimeBetween(Instant start, Instant end, IEnumerable<Interval> pauses)
    {
        var s = ToSupported(start, nameof(start));
        var e = ToSupported(end, nameof(end));
        var normalized = NormalizePauses(pauses);
        return Duration.FromNanoseconds(s <= e ? Between(s, e, normalized) : -Between(e, s, normalized));
    }

    /// <summary>Gets the open intervals that overlap a window, clipped to it.</summary>
    /// <param name="window">The window; it must have a start and an end within the supported range.</param>
    /// <returns>The open intervals in time order, each starting at or after the window's start and ending at or before its
    /// end; intervals that touch are merged.</returns>
    /// <exception cref="ArgumentException"><paramref name="window"/> has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is outside the supported range.</exception>
    public IReadOnlyList<Interval> GetOpenIntervals(Interval window)
    {
        if (!window.HasStart || !window.HasEnd)
        {
            throw new ArgumentException("window must have a start and an end.", nameof(window));
        }

        var ws = ToSupported(window.Start, nameof(window));
        var we = ToSupported(window.End, nameof(window));
        var result = new List<Interval>();
        long? pendingStart = null;
        long pendingEnd = 0;
        var firstYear = YearIndex(ws);
        for (var y = firstYear; y < YearCount && _yearStarts[y] < we; y++)
        {
            var block = Block(y);
            for (var i = y == firstYear ? Math.Max(0, block.IndexAtOrBefore(ws)) : 0; i < block.Count && block.Starts[i] < we; i++)
            {
                var s = Math.Max(block.Starts[i], ws);
                var e = Math.Min(block.Ends[i], we);
                if (s >= e)
                {
                    continue;
                }

                if (pendingStart is not null && s == pendingEnd)
                {
                    pendingEnd = e;
                    continue;
                }

                if (pendingStart is { } ps)
                {
                    result.Add(new Interval(FromNanoseconds(ps), FromNanoseconds(pendingEnd)));
                }

                (pendingStart, pendingEnd) = (s, e);
            }
        }

        if (pendingStart is { } last)
        {
            result.Add(new Interval(FromNanoseconds(last), FromNanoseconds(pendingEnd)));
        }

        return result;
    }

    /// <summary>Returns the calendar's name and zone.</summary>
    /// <returns>For example <c>paris-store (Europe/Paris)</c>.</returns>
    public override string ToString() => $"{Name} ({Zone.Id})";

    // ---- Internal, allocation-free entry points (used by the SLA evaluator) ----

    /// <summary>
    /// One SLA clock in one call (used by the SLA evaluator): the business time in [start, end) minus the pauses, and the
    /// instants at which <paramref name="goal"/> and <paramref name="limit"/> of business time are reached from start.
    /// Pauses sorted, disjoint, non-empty (a case's waiting periods). Converts each instant once; allocation-free for
    /// up to 16 pauses.
    /// </summary>
    /// <returns>Nanoseconds: the elapsed business time, and the two instants since the Unix epoch.</returns>
    internal (long Elapsed, long GoalAt, long LimitAt) Measure(
        Instant start, Instant end, Duration goal, Duration limit, ReadOnlySpan<Interval> sortedPauses)
    {
        var s = ToSupported(start, nameof(start));
        var e = ToSupported(end, nameof(end));
        var g = Amount(goal);
        var l = Amount(limit);
        Span<(long Start, long End)> pauses = sortedPauses.Length <= 16 ? stackalloc (long, long)[sortedPauses.Length] : new (long, long)[sortedPauses.Length];
        for (var i = 0; i < sortedPauses.Length; i++)
        {
            pauses[i] = (ClampToSupported(sortedPauses[i].Start), ClampToSupported(sortedPauses[i].End));
        }

        var elapsed = e <= s ? 0 : Between(s, e, pauses);
        var goalAt = Add(s, g, pauses);
        var limitAt = l == g ? goalAt : Add(s, l, pauses);
        return (elapsed, goalAt, limitAt);
    }

    private static IEnumerable<IHolidayProvider> Providers(IEnumerable<IHolidayProvider>? holidayProviders) =>
        holidayProviders is null ? [FrenchPublicHolidays.Instance] : [.. holidayProviders, FrenchPublicHolidays.Instance];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long ToNanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Instant FromNanoseconds(long nanoseconds) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds);

    /// <summary>The amount in nanoseconds; the checks of <see cref="AmountChecked"/> in two integer comparisons when it is in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Amount(Duration amount)
    {
        if ((uint)amount.Days <= HorizonDays)
        {
            var nanoseconds = amount.ToInt64Nanoseconds();
            if ((ulong)nanoseconds <= HorizonNanoseconds)
            {
                return nanoseconds;
            }
        }

        return AmountChecked(amount);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long AmountChecked(Duration amount)
    {
        if (amount < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "amount must not be negative: business time is only ever added.");
        }

        if (amount > SearchHorizon)
        {
            throw new InvalidOperationException(
                $"amount ({amount}) is longer than the search horizon ({SearchHorizon.Days} days): the result would be beyond it.");
        }

        return amount.ToInt64Nanoseconds();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long ToSupported(Instant instant, string paramName)
    {
        var sinceEpoch = instant - NodaConstants.UnixEpoch;
        if ((uint)(sinceEpoch.Days - GuardFirstDay) < GuardDaySpan)
        {
            var t = sinceEpoch.ToInt64Nanoseconds();
            if (t >= _minNanoseconds && t < _maxNanoseconds)
            {
                return t;
            }
        }

        throw OutOfRange(instant, paramName);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ArgumentOutOfRangeException OutOfRange(Instant instant, string paramName) =>
        new(
            paramName,
            instant,
            string.Create(CultureInfo.InvariantCulture, $"{paramName} is outside the range a business calendar supports: local years {MinYear} to {MaxYear} in {Zone.Id}."));

    private long ClampToSupported(Instant instant) =>
        instant <= _min ? _yearStarts[0] : instant >= _max ? _yearStarts[YearCount] : ToNanoseconds(instant);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Limit(long t) => Math.Min(t + HorizonNanoseconds, _maxNanoseconds);

    private (long Start, long End)[] NormalizePauses(IEnumerable<Interval> pauses)
    {
        ArgumentNullException.ThrowIfNull(pauses);
        var list = new List<(long Start, long End)>();
        foreach (var p in pauses)
        {
            if (!p.HasStart || !p.HasEnd)
            {
                throw new ArgumentException("every pause must have a start and an end (an open-ended pause would stop the clock for ever).", nameof(pauses));
            }

            var s = ClampToSupported(p.Start);
            var e = ClampToSupported(p.End);
            if (s < e)
            {
                list.Add((s, e));
            }
        }

        list.Sort();
        var merged = new List<(long Start, long End)>(list.Count);
        foreach (var p in list)
        {
            if (merged.Count > 0 && p.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, p.End));
            }
            else
            {
                merged.Add(p);
            }
        }

        return [.. merged];
    }

    /// <summary>The index of the year block holding <paramref name="t"/> (a supported time): a table look-up, corrected by one step at most.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int YearIndex(long t)
    {
        var starts = _yearStarts;
        var i = _yearByCoarse[(int)((t - starts[0]) >> CoarseShift)];
        while (t >= starts[i + 1])
        {
            i++;
        }

        return i;
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private YearBlock Block(int index) => Volatile.Read(ref _blocks[index]) ?? BuildBlock(index);

    /// <summary>The block of the year holding <paramref name="t"/> (a supported time), from <see cref="_recent"/> when it holds it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private YearBlock BlockAt(long t)
    {
        var recent = _recent;
        return recent is not null && t >= recent.BlockStart && t < recent.BlockEnd ? recent : BlockAtSlow(t);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private YearBlock BlockAtSlow(long t)
    {
        var block = Block(YearIndex(t));
        _recent = block;
        return block;
    }

    private YearBlock BuildBlock(int index)
    {
        var built = YearBlockBuilder.Build(_rules, MinYear + index, _yearStarts[index], _yearStarts[index + 1]);
        return Interlocked.CompareExchange(ref _blocks[index], built, null) ?? built;
    }

    private long Between(long s, long e)
    {
        if (IsAlwaysOpen)
        {
            return e - s;
        }

        var first = BlockAt(s);
        if (e < first.BlockEnd)
        {
            return first.OpenTimeBefore(e) - first.OpenTimeBefore(s);
        }

        var ys = first.Year - MinYear;
        var ye = e >= _yearStarts[YearCount] ? YearCount - 1 : YearIndex(e);
        if (ys == ye)
        {
            return first.Total - first.OpenTimeBefore(s); // e is the end of the supported range
        }

        var sum = first.Total - first.OpenTimeBefore(s);
        for (var y = ys + 1; y < ye; y++)
        {
            sum += Block(y).Total;
        }

        return sum + Block(ye).OpenTimeBefore(e);
    }

    private long Between(long s, long e, ReadOnlySpan<(long Start, long End)> pauses)
    {
        var total = Between(s, e);
        foreach (var (start, end) in pauses)
        {
            var ps = Math.Max(s, start);
            var pe = Math.Min(e, end);
            if (ps < pe)
            {
                total -= Between(ps, pe);
            }
        }

        return total;
    }

    private long NextOpening(long t, long limit)
    {
        if (IsAlwaysOpen)
        {
            return t;
        }

        var block = BlockAt(t);
        var y = block.Year - MinYear;
        var i = block.IndexAtOrBefore(t);
        if (i >= 0 && t < block.Ends[i])
        {
            return t;
        }

        for (var j = i + 1; ; j = 0)
        {
            if (j < block.Count)
            {
                return block.Starts[j] <= limit ? block.Starts[j] : throw Beyond(t);
            }

            y++;
            if (y >= YearCount || _yearStarts[y] > limit)
            {
                throw Beyond(t);
            }

            block = Block(y);
        }
    }

    private long Add(long t, long amount, long limit)
    {
        if (amount == 0)
        {
            return NextOpening(t, limit);
        }

        if (IsAlwaysOpen)
        {
            return t + amount <= limit ? t + amount : throw Beyond(t);
        }

        var block = BlockAt(t);
        var hint = block.IndexAtOrBefore(t);
        var target = amount + (hint < 0 ? 0 : t < block.Ends[hint] ? block.Cumulative[hint] + (t - block.Starts[hint]) : block.Cumulative[hint + 1]);
        var y = block.Year - MinYear;
        while (target > block.Total)
        {
            hint = -1;
            target -= block.Total;
            y++;
            if (y >= YearCount || _yearStarts[y] > limit)
            {
                throw Beyond(t);
            }

            block = Block(y);
        }

        var result = block.TimeAtOpenTime(target, hint);
        return result <= limit ? result : throw Beyond(t);
    }

    private long Add(long t, long amount, ReadOnlySpan<(long Start, long End)> pauses)
    {
        var limit = Limit(t);
        var cursor = t;
        var remaining = amount;
        foreach (var (start, end) in pauses)
        {
            if (end <= cursor)
            {
                continue;
            }

            if (start <= cursor)
            {
                cursor = end;
                if (cursor > limit)
                {
                    throw Beyond(t);
                }

                continue;
            }

            var candidate = Add(cursor, remaining, limit);
            if (candidate < start || (candidate == start && remaining > 0))
            {
                return candidate;
            }

            remaining -= Between(cursor, start);
            cursor = end;
            if (cursor > limit)
            {
                throw Beyond(t);
            }
        }

        return Add(cursor, remaining, limit);
    }

    private InvalidOperationException Beyond(long t) =>
        new($"The business calendar '{Name}' has no answer within the search horizon ({SearchHorizon.Days} days) after {FromNanoseconds(t)}: it has (almost) no business time then.");
}
