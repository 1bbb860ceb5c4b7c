using System.Collections.Immutable;
using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>Argument checks and equality helpers shared by the <see cref="QualityReport"/> model.</summary>
internal static class ReportChecks
{
    /// <summary>The most rows one section of a report accepts: a report is read by people, not a data dump.</summary>
    internal const int MaxRows = 10_000;

    /// <summary>The most example quotes one irritant carries.</summary>
    internal const int MaxQuotes = 20;

    public static double Share(double value, string paramName)
    {
        Guard.Finite(value, paramName);
        if (value is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is a share and must be within [0, 1].");
        }

        return value;
    }

    public static double? OptionalShare(double? value, string paramName) =>
        value is { } v ? Share(v, paramName) : null;

    public static double NonNegative(double value, string paramName)
    {
        Guard.Finite(value, paramName);
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must not be negative.");
        }

        return value;
    }

    public static int Count(int value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is a count and must not be negative.");
        }

        return value;
    }

    public static Duration? OptionalDuration(Duration? value, string paramName)
    {
        if (value is { } d && d < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, d, $"{paramName} is a duration and must not be negative.");
        }

        return value;
    }

    public static ImmutableArray<T> Rows<T>(IEnumerable<T>? rows, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows, paramName);
        var array = rows.ToImmutableArray();
        if (array.Length > MaxRows)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{paramName} has {array.Length} rows; the limit is {MaxRows}."), paramName);
        }

        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{paramName} must not contain null (row {i})."), paramName);
            }
        }

        return array;
    }

    public static ImmutableArray<string> Labels(IEnumerable<string>? values, string paramName, int maxCount, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var array = values.ToImmutableArray();
        if (array.Length > maxCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{paramName} has {array.Length} entries; the limit is {maxCount}."), paramName);
        }

        foreach (var value in array)
        {
            Guard.NotBlank(value, paramName, maxLength);
        }

        return array;
    }

    public static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        where T : IEquatable<T>
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int SequenceHash<T>(ImmutableArray<T> values)
    {
        var hash = default(HashCode);
        hash.Add(values.Length);
        foreach (var value in values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}
