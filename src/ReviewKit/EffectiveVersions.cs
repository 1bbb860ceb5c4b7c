namespace ReviewKit;

/// <summary>
/// The successive versions of something a host can change while running (a business calendar, the SLA policies), each
/// in force from an instant until the next one: the one place where "which version was in force at this instant" is
/// answered. Used by the calendar provider that follows configuration reloads and by the
/// <see cref="Sla.SlaEvaluator"/> for its policies.
/// </summary>
/// <remarks>
/// The first version is in force for ever before the second (its start is <see langword="null"/> or the instant it was
/// given); each later version from its start, inclusive, to the next one's, exclusive. Starts never decrease: a version
/// added with an earlier start than the last one takes the last one's start. At most <see cref="MaxVersions"/> are
/// kept; the oldest then drops, and the oldest kept answers for every earlier instant. Immutable and thread-safe:
/// <see cref="With"/> returns a new list.
/// </remarks>
/// <typeparam name="T">The versioned value.</typeparam>
internal sealed class EffectiveVersions<T>
    where T : class
{
    /// <summary>How many versions are kept.</summary>
    public const int MaxVersions = 16;

    private readonly Instant?[] _starts;
    private readonly T[] _values;

    private EffectiveVersions(Instant?[] starts, T[] values)
    {
        _starts = starts;
        _values = values;
    }

    /// <summary>Gets the number of versions kept.</summary>
    public int Count => _values.Length;

    /// <summary>Gets the newest version.</summary>
    public T Current => _values[^1];

    /// <summary>A list of one version, in force from <paramref name="from"/> (null: always).</summary>
    public static EffectiveVersions<T> Of(T value, Instant? from = null) => new([from], [value]);

    /// <summary>Gets the version at an index, oldest first.</summary>
    public T this[int index] => _values[index];

    /// <summary>When the version at <paramref name="index"/> took effect, or null for the first one when it always was.</summary>
    public Instant? StartOf(int index) => _starts[index];

    /// <summary>The index of the version in force at <paramref name="at"/>: the latest that started at or before it, or 0.</summary>
    public int IndexAt(Instant at)
    {
        for (var i = _values.Length - 1; i > 0; i--)
        {
            if (_starts[i] is not { } from || from <= at)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The version in force at <paramref name="at"/>.</summary>
    public T At(Instant at) => _values[IndexAt(at)];

    /// <summary>This list with <paramref name="value"/> in force from <paramref name="from"/> on, dropping the oldest beyond <see cref="MaxVersions"/>.</summary>
    public EffectiveVersions<T> With(T value, Instant from)
    {
        if (_starts[^1] is { } last && from < last)
        {
            from = last;
        }

        var keep = Math.Min(_values.Length, MaxVersions - 1);
        return new EffectiveVersions<T>([.. _starts.AsSpan(_values.Length - keep), from], [.. _values.AsSpan(_values.Length - keep), value]);
    }
}
