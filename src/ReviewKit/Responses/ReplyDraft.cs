using ReviewKit.Reviews;

namespace ReviewKit.Responses;

/// <summary>A reply drafted from a <see cref="ReplyTemplate"/>: the text to show the agent and the template it came from.</summary>
/// <remarks>Value equality over all members. Immutable and thread-safe.</remarks>
public sealed class ReplyDraft : IEquatable<ReplyDraft>
{
    internal ReplyDraft(string text, string templateId, LanguageTag language)
    {
        Text = text;
        TemplateId = templateId;
        Language = language;
    }

    /// <summary>Gets the drafted reply, plain text within the platform's limit.</summary>
    public string Text { get; }

    /// <summary>Gets the id of the template it was drafted from.</summary>
    public string TemplateId { get; }

    /// <summary>Gets the language of the reply.</summary>
    public LanguageTag Language { get; }

    /// <inheritdoc/>
    public bool Equals(ReplyDraft? other) =>
        other is not null
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(TemplateId, other.TemplateId, StringComparison.Ordinal)
        && Language == other.Language;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReplyDraft);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), StringComparer.Ordinal.GetHashCode(TemplateId));

    /// <summary>Returns the reply text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <summary>Compares two drafts for equality.</summary>
    /// <param name="left">The first draft.</param>
    /// <param name="right">The second draft.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public static bool operator ==(ReplyDraft? left, ReplyDraft? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two drafts for inequality.</summary>
    /// <param name="left">The first draft.</param>
    /// <param name="right">The second draft.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(ReplyDraft? left, ReplyDraft? right) => !(left == right);
}
