using System.Collections.Immutable;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Responses;

/// <summary>
/// A reply template for one language, optionally for one theme and one severity, with placeholders such as
/// <c>{CustomerName}</c> and <c>{Signature}</c> (see <see cref="ReplyPlaceholders"/>).
/// </summary>
/// <remarks>
/// <para>The text is validated when the template is created: an unknown placeholder, an unclosed brace, a missing
/// <c>{Signature}</c>, markup or a link is an <see cref="ArgumentException"/> naming the template and the problem,
/// never a surprise in a published reply. <c>{{</c> and <c>}}</c> write literal braces.</para>
/// <para>A <see langword="null"/> theme or severity means "any". Value equality over the id, language, theme,
/// severity and text. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReplyTemplate : IEquatable<ReplyTemplate>
{
    private readonly ImmutableArray<TemplateSegment> _segments;

    /// <summary>Creates a template.</summary>
    /// <param name="id">A stable id, unique in its <see cref="ReplyTemplateSet"/>; 1 to 256 characters.</param>
    /// <param name="language">The language of the text; must not be undetermined.</param>
    /// <param name="text">The text with placeholders; 1 to 4,096 characters; must use <c>{Signature}</c>.</param>
    /// <param name="theme">The theme id it answers (for example <c>delay</c>), or <see langword="null"/> for any theme.</param>
    /// <param name="severity">The severity it answers, or <see langword="null"/> for any severity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or <paramref name="theme"/> is blank or too long, <paramref name="language"/> is undetermined,
    /// or <paramref name="text"/> is invalid (the message names the template and every problem).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public ReplyTemplate(string id, LanguageTag language, string text, string? theme = null, Severity? severity = null)
    {
        Id = Guard.NotBlank(id, nameof(id), Guard.MaxIdLength);
        if (language.IsUndetermined)
        {
            throw new ArgumentException($"Template '{id}': language must be a language such as 'fr' or 'en', not undetermined.", nameof(language));
        }

        Language = language;
        Guard.NotBlank(text, nameof(text), TemplateText.MaxLength);
        var errors = new List<string>();
        _segments = [.. TemplateText.Parse(text, errors)];
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Template '{id}': {string.Join("; ", errors)}.", nameof(text));
        }

        Text = text;
        Theme = Guard.OptionalNotBlank(theme, nameof(theme), Guard.MaxIdLength)?.Trim().ToLowerInvariant();
        Severity = severity is { } s ? Guard.Defined(s, nameof(severity)) : null;
        Placeholders = [.. _segments.Where(static s => s.IsPlaceholder).Select(static s => s.Text).Distinct()];
    }

    /// <summary>Gets the template's id.</summary>
    public string Id { get; }

    /// <summary>Gets the language of the text.</summary>
    public LanguageTag Language { get; }

    /// <summary>Gets the text with its placeholders.</summary>
    public string Text { get; }

    /// <summary>Gets the theme id it answers, in lower case, or <see langword="null"/> for any theme.</summary>
    public string? Theme { get; }

    /// <summary>Gets the severity it answers, or <see langword="null"/> for any severity.</summary>
    public Severity? Severity { get; }

    /// <summary>Gets the distinct placeholder names the text uses, in order of first use.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    internal ImmutableArray<TemplateSegment> Segments => _segments;

    /// <summary>Lists the problems of a template text without creating the template.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns>One message per problem (unknown placeholder, unclosed brace, missing <c>{Signature}</c>, markup, length); empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<string> Validate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("the text is empty");
            return errors;
        }

        if (text.Length > TemplateText.MaxLength)
        {
            errors.Add($"the text has {text.Length} characters; the limit is {TemplateText.MaxLength}");
        }

        TemplateText.Parse(text, errors);
        return errors;
    }

    /// <inheritdoc/>
    public bool Equals(ReplyTemplate? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Language == other.Language
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(Theme, other.Theme, StringComparison.Ordinal)
        && Severity == other.Severity;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReplyTemplate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Language, StringComparer.Ordinal.GetHashCode(Text));

    /// <summary>Returns the id, language, theme and severity, for example <c>fr-delay-1 (fr, delay, any severity)</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Id} ({Language}, {Theme ?? "any theme"}, {(Severity is { } s ? s.ToString() : "any severity")})";

    /// <summary>Compares two templates for equality.</summary>
    /// <param name="left">The first template.</param>
    /// <param name="right">The second template.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public static bool operator ==(ReplyTemplate? left, ReplyTemplate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two templates for inequality.</summary>
    /// <param name="left">The first template.</param>
    /// <param name="right">The second template.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(ReplyTemplate? left, ReplyTemplate? right) => !(left == right);
}
