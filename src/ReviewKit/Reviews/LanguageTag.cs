using System.Diagnostics.CodeAnalysis;

namespace ReviewKit.Reviews;

/// <summary>
/// A BCP 47 language tag such as <c>fr</c>, <c>en-GB</c> or <c>und</c> (undetermined), in its canonical case.
/// </summary>
/// <remarks>
/// <para>The accepted shape is a primary language of 2 or 3 ASCII letters, followed by any number of subtags of 1 to
/// 8 ASCII letters or digits separated by '-' (at most 64 characters in all); '_' is read as '-'. The primary language
/// is lower-cased, a 2-letter region upper-cased and a 4-letter script title-cased, so <c>FR-fr</c> and <c>fr-FR</c>
/// are equal.</para>
/// <para>Immutable and thread-safe. The default value is <see cref="Undetermined"/>.</para>
/// </remarks>
public readonly struct LanguageTag : IEquatable<LanguageTag>
{
    private const int MaxLength = 64;
    private const string UndeterminedTag = "und";
    private readonly string? _tag;

    private LanguageTag(string tag) => _tag = tag;

    /// <summary>Gets French (<c>fr</c>).</summary>
    public static LanguageTag French { get; } = new("fr");

    /// <summary>Gets English (<c>en</c>).</summary>
    public static LanguageTag English { get; } = new("en");

    /// <summary>Gets the undetermined language (<c>und</c>).</summary>
    public static LanguageTag Undetermined { get; } = new(UndeterminedTag);

    /// <summary>Gets the primary language subtag, for example <c>fr</c> for <c>fr-CA</c>.</summary>
    public string PrimaryLanguage
    {
        get
        {
            var tag = ToString();
            var dash = tag.IndexOf('-', StringComparison.Ordinal);
            return dash < 0 ? tag : tag[..dash];
        }
    }

    /// <summary>Gets a value indicating whether this is <see cref="Undetermined"/>.</summary>
    public bool IsUndetermined => ToString() == UndeterminedTag;

    /// <summary>Parses a language tag.</summary>
    /// <param name="text">The tag, for example <c>fr</c> or <c>en-GB</c>.</param>
    /// <returns>The tag in canonical case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> does not have the shape of a BCP 47 tag.</exception>
    public static LanguageTag Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var tag)
            ? tag
            : throw new ArgumentException(
                $"'{Truncate(text)}' is not a language tag: expected 2 or 3 letters, then optional '-' subtags of 1 to 8 letters or digits (for example 'fr' or 'en-GB').",
                nameof(text));
    }

    /// <summary>Tries to parse a language tag.</summary>
    /// <param name="text">The tag, for example <c>fr</c> or <c>en-GB</c>.</param>
    /// <param name="tag">The parsed tag when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> has the shape of a BCP 47 tag.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out LanguageTag tag)
    {
        tag = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var subtagStart = 0;
        var subtagIndex = 0;
        var inExtension = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('-' or '_'))
            {
                if (!char.IsAsciiLetterOrDigit(text[i]))
                {
                    return false;
                }

                continue;
            }

            var length = i - subtagStart;
            var subtag = text.AsSpan(subtagStart, length);
            if (subtagIndex == 0)
            {
                if (length is < 2 or > 3 || !IsAllLetters(subtag))
                {
                    return false;
                }

                subtag.ToLowerInvariant(buffer.Slice(subtagStart, length));
            }
            else
            {
                if (length is < 1 or > 8)
                {
                    return false;
                }

                // Region (2 letters) and script (4 letters) cases apply before any extension singleton ("-u-", "-x-").
                var target = buffer.Slice(subtagStart, length);
                subtag.ToLowerInvariant(target);
                inExtension |= length == 1;
                if (!inExtension && length == 2 && IsAllLetters(subtag))
                {
                    subtag.ToUpperInvariant(target);
                }
                else if (!inExtension && subtagIndex == 1 && length == 4 && IsAllLetters(subtag))
                {
                    target[0] = char.ToUpperInvariant(target[0]);
                }
            }

            if (i < text.Length)
            {
                buffer[i] = '-';
            }

            subtagStart = i + 1;
            subtagIndex++;
        }

        var canonical = new string(buffer);
        tag = canonical switch
        {
            "fr" => French,
            "en" => English,
            UndeterminedTag => Undetermined,
            _ => new LanguageTag(canonical),
        };
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(LanguageTag other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LanguageTag other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Returns the tag in canonical case, for example <c>fr</c> or <c>en-GB</c>.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => _tag ?? UndeterminedTag;

    /// <summary>Compares two tags for equality.</summary>
    /// <param name="left">The first tag.</param>
    /// <param name="right">The second tag.</param>
    /// <returns><see langword="true"/> when the canonical tags are equal.</returns>
    public static bool operator ==(LanguageTag left, LanguageTag right) => left.Equals(right);

    /// <summary>Compares two tags for inequality.</summary>
    /// <param name="left">The first tag.</param>
    /// <param name="right">The second tag.</param>
    /// <returns><see langword="true"/> when the canonical tags differ.</returns>
    public static bool operator !=(LanguageTag left, LanguageTag right) => !left.Equals(right);

    private static bool IsAllLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Truncate(string text) => text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "...");
}
