namespace ReviewKit.Improvement;

/// <summary>
/// One weak signal in a <see cref="QualityReport"/>: a watched series (a theme, or a theme at a location) whose count
/// rose above its own baseline, with the test's p-value and the false-discovery-adjusted q-value.
/// </summary>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed class WeakSignalRow : IEquatable<WeakSignalRow>
{
    /// <summary>Creates a weak-signal row.</summary>
    /// <param name="seriesName">The series, for example <c>noise @ Hotel Arena</c>; 1 to 512 characters, not blank.</param>
    /// <param name="observed">The count observed in the period; finite and not negative.</param>
    /// <param name="expected">The count the baseline expected; finite and not negative.</param>
    /// <param name="pValue">The test's p-value, in [0, 1].</param>
    /// <param name="qValue">The q-value after false-discovery control, in [0, 1]; <see langword="null"/> when not adjusted.</param>
    /// <param name="period">The first day of the period the signal was raised in (a report over several months lists the signals of each); <see langword="null"/> when it is the report's period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seriesName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="seriesName"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, infinite, negative, or a probability outside [0, 1].</exception>
    public WeakSignalRow(string seriesName, double observed, double expected, double pValue, double? qValue = null, LocalDate? period = null)
    {
        SeriesName = Guard.NotBlank(seriesName, nameof(seriesName), Guard.MaxLabelLength);
        Observed = ReportChecks.NonNegative(observed, nameof(observed));
        Expected = ReportChecks.NonNegative(expected, nameof(expected));
        PValue = ReportChecks.Share(pValue, nameof(pValue));
        QValue = ReportChecks.OptionalShare(qValue, nameof(qValue));
        Period = period;
    }

    /// <summary>Gets the series' name.</summary>
    public string SeriesName { get; }

    /// <summary>Gets the count observed in the period.</summary>
    public double Observed { get; }

    /// <summary>Gets the count the baseline expected.</summary>
    public double Expected { get; }

    /// <summary>Gets the test's p-value.</summary>
    public double PValue { get; }

    /// <summary>Gets the false-discovery-adjusted q-value, or <see langword="null"/> when not adjusted.</summary>
    public double? QValue { get; }

    /// <summary>Gets the first day of the period the signal was raised in, or <see langword="null"/> when it is the report's period.</summary>
    public LocalDate? Period { get; }

    /// <inheritdoc/>
    public bool Equals(WeakSignalRow? other) =>
        other is not null
        && string.Equals(SeriesName, other.SeriesName, StringComparison.Ordinal)
        && Observed.Equals(other.Observed)
        && Expected.Equals(other.Expected)
        && PValue.Equals(other.PValue)
        && Nullable.Equals(QValue, other.QValue)
        && Nullable.Equals(Period, other.Period);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WeakSignalRow);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SeriesName, Observed, Expected, PValue, QValue, Period);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(WeakSignalRow? left, WeakSignalRow? right) => Equals(left, right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(WeakSignalRow? left, WeakSignalRow? right) => !Equals(left, right);
}
