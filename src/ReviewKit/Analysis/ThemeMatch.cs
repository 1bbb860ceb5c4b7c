using System.Collections.Immutable;
using System.Globalization;

namespace ReviewKit.Analysis;

/// <summary>An irritant theme found in a review (for example <c>delay</c>), with how sure the analyzer is and where it read it.</summary>
/// <remarks>
/// <para>Theme ids are stable, lower-case identifiers (<c>delay</c>, <c>cancellation</c>, <c>customer_service</c>...); hosts
/// may add their own. Evidence spans index into the analysed text.</para>
/// <para>Value equality over the id, the confidence and the evidence. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ThemeMatch : IEquatable<ThemeMatch>
{
    /// <summary>Creates a theme match.</summary>
    /// <param name="themeId">The theme's id; not blank, at most 64 characters.</param>
    /// <param name="confidence">How sure the analyzer is, in [0, 1].</param>
    /// <param name="evidence">The spans of text that led to the theme; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="themeId"/> or <paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="themeId"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is NaN or outside [0, 1].</exception>
    public ThemeMatch(string themeId, double confidence, IEnumerable<TextSpan> evidence)
    {
        ThemeId = Guard.NotBlank(themeId, nameof(themeId), MaxIdLength);
        Confidence = UnitInterval(confidence, nameof(confidence));
        ArgumentNullException.ThrowIfNull(evidence);
        Evidence = [.. evidence];
    }

    /// <summary>Gets the theme's id, for example <c>delay</c>.</summary>
    public string ThemeId { get; }

    /// <summary>Gets how sure the analyzer is that the review complains about this theme, in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>Gets the spans of the analysed text that led to the theme, in text order.</summary>
    public ImmutableArray<TextSpan> Evidence { get; }

    internal const int MaxIdLength = 64;

    /// <inheritdoc/>
    public bool Equals(ThemeMatch? other) =>
        other is not null
        && string.Equals(ThemeId, other.ThemeId, StringComparison.Ordinal)
        && Confidence.Equals(other.Confidence)
        && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ThemeMatch);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(ThemeId), Confidence, Evidence.Length);

    /// <summary>Returns the id and the confidence, for example <c>delay (0.75)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ThemeId} ({Confidence:0.00})");

    internal static double UnitInterval(double value, string paramName)
    {
        if (double.IsNaN(value) || value is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be within [0, 1].");
        }

        return value;
    }
}
