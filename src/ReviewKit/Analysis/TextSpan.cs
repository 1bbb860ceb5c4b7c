using System.Globalization;

namespace ReviewKit.Analysis;

/// <summary>A range of UTF-16 code units in a text: where a piece of evidence was found.</summary>
/// <remarks>
/// <para><see cref="Start"/> is inclusive and <see cref="End"/> exclusive: the span covers
/// <c>text.Substring(Start, Length)</c>. Spans point into the original text, not into a normalised copy.</para>
/// <para>Value equality. Immutable and thread-safe. The default value is the empty span at 0.</para>
/// </remarks>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The index of the first code unit; zero or more.</param>
    /// <param name="length">The number of code units; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or their sum overflows.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start > int.MaxValue - length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "start + length must not exceed Int32.MaxValue.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>Gets the index of the first code unit (inclusive).</summary>
    public int Start { get; }

    /// <summary>Gets the number of code units.</summary>
    public int Length { get; }

    /// <summary>Gets the index just past the last code unit (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Returns the part of <paramref name="text"/> this span covers.</summary>
    /// <param name="text">The text the span was computed on.</param>
    /// <returns>The covered characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in <paramref name="text"/>.</exception>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (End > text.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(text), string.Create(CultureInfo.InvariantCulture, $"The span {this} does not fit in a text of {text.Length} characters."));
        }

        return text.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Returns the span as <c>[start..end)</c>.</summary>
    /// <returns>The span as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");

    /// <summary>Compares two spans for equality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when start and length are equal.</returns>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when start or length differ.</returns>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
}
