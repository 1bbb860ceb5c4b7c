using System.Globalization;
using ReviewKit.Reviews;

namespace ReviewKit.Import.Internal;

/// <summary>Field checks shared by the importers; each failure rejects the row with the field's name and the rule.</summary>
internal static class Fields
{
    /// <summary>Mirrors the core's limits so that a row is rejected with its field name before the core would throw.</summary>
    public const int MaxTextLength = 100_000;
    public const int MaxIdLength = 256;
    public const int MaxLabelLength = 512;

    public static string RequiredId(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RowRejectedException(field, "is required and must not be empty.");
        }

        var trimmed = value.Trim();
        return trimmed.Length <= MaxIdLength
            ? trimmed
            : throw new RowRejectedException(field, string.Create(CultureInfo.InvariantCulture, $"has {trimmed.Length} characters; an id has at most {MaxIdLength}."));
    }

    public static Instant RequiredInstant(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RowRejectedException(field, "is required: an RFC 3339 timestamp such as 2024-05-02T09:15:00Z.");
        }

        return Rfc3339.TryParse(value, out var instant)
            ? instant
            : throw new RowRejectedException(field, $"'{Clip(value)}' is not an RFC 3339 timestamp (for example 2024-05-02T09:15:00Z or 2024-05-02T11:15:00+02:00).");
    }

    public static Instant? OptionalInstant(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : RequiredInstant(value, field);

    /// <summary>The update instant of a revision: <see langword="null"/> when the review was never edited.</summary>
    public static Instant? UpdatedAt(Instant publishedAt, Instant? updatedAt, string field, string publishedField)
    {
        if (updatedAt is not { } updated || updated == publishedAt)
        {
            return null;
        }

        return updated > publishedAt
            ? updated
            : throw new RowRejectedException(field, $"({updated}) must not be before {publishedField} ({publishedAt}).");
    }

    public static string Text(string? value, string field)
    {
        var text = value ?? string.Empty;
        return text.Length <= MaxTextLength
            ? text
            : throw new RowRejectedException(field, string.Create(CultureInfo.InvariantCulture, $"has {text.Length} characters; the limit is {MaxTextLength} and ReviewKit never truncates text."));
    }

    public static string? Label(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= MaxLabelLength
            ? trimmed
            : throw new RowRejectedException(field, string.Create(CultureInfo.InvariantCulture, $"has {trimmed.Length} characters; the limit is {MaxLabelLength}."));
    }

    public static LanguageTag? Language(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return LanguageTag.TryParse(value.Trim(), out var tag)
            ? tag
            : throw new RowRejectedException(field, $"'{Clip(value)}' is not a BCP 47 language tag (for example fr or en-GB).");
    }

    public static ReviewAuthor Author(string? displayName, string field, string? handle = null, string? handleField = null)
    {
        var name = Label(displayName, field);
        return name is null ? ReviewAuthor.Anonymous : new ReviewAuthor(name, Label(handle, handleField ?? field));
    }

    public static string Clip(string value) => value.Length <= 64 ? value : string.Concat(value.AsSpan(0, 64), "...");
}
