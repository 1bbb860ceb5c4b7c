using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ReviewKit;

/// <summary>Argument checks shared by the whole library: one wording for one rule.</summary>
internal static class Guard
{
    /// <summary>The longest review, reply or note text ReviewKit accepts, in UTF-16 code units.</summary>
    internal const int MaxTextLength = 100_000;

    /// <summary>The longest identifier (case id, event id, platform id) ReviewKit accepts.</summary>
    internal const int MaxIdLength = 256;

    /// <summary>The longest short label (names, handles, team, location) ReviewKit accepts.</summary>
    internal const int MaxLabelLength = 512;

    public static string NotBlank([NotNull] string? value, string paramName, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space.", paramName);
        }

        return MaxLength(value, paramName, maxLength);
    }

    public static string? OptionalNotBlank(string? value, string paramName, int maxLength) =>
        value is null ? null : NotBlank(value, paramName, maxLength);

    public static string MaxLength(string value, string paramName, int maxLength)
    {
        if (value.Length > maxLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{paramName} has {value.Length} characters; the limit is {maxLength}. ReviewKit never truncates text."),
                paramName);
        }

        return value;
    }

    public static string Text(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return MaxLength(value, paramName, MaxTextLength);
    }

    public static string? OptionalText(string? value, string paramName) =>
        value is null ? null : MaxLength(value, paramName, MaxTextLength);

    public static double Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number (not NaN or infinity).");
        }

        return value;
    }

    public static T Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is not a defined {typeof(T).Name} value.");
        }

        return value;
    }

    public static T NotDefault<T>(T value, string paramName)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            throw new ArgumentException($"{paramName} must not be the default (uninitialised) {typeof(T).Name}.", paramName);
        }

        return value;
    }
}
