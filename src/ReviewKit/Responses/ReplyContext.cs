using System.Collections.Immutable;
using ReviewKit.Reviews;

namespace ReviewKit.Responses;

/// <summary>
/// What a reply is checked against: the review being answered (its text, language, themes, source and order
/// reference), the business (its name and its own public contacts) and the business's recent public replies.
/// </summary>
/// <remarks>
/// <para>Themes are plain ids such as <c>delay</c>, <c>customer_service</c> or <c>staff_attitude</c>, stored in lower
/// case; the checker knows French and English words for the usual ones and uses the words of the id itself for others.</para>
/// <para>Business contacts are the e-mail addresses and phone numbers the business may publish in a reply (its
/// customer service line, its contact address): they are not reported as personal data.</para>
/// <para>Work derived from the recent replies (their shingles) is computed once, on first use, and reused by every
/// check with this context. Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class ReplyContext
{
    /// <summary>The most recent replies a context holds.</summary>
    public const int MaxRecentReplies = 1_000;

    private const int MaxThemes = 64;
    private const int MaxContacts = 64;
    private ReplyContextCache? _cache;

    /// <summary>Creates a context.</summary>
    /// <param name="reviewText">The text of the review being answered, possibly empty; at most 100,000 characters.</param>
    /// <param name="reviewLanguage">The review's language; when undetermined, the checker detects it from <paramref name="reviewText"/>.</param>
    /// <param name="themes">The review's theme ids (at most 64, each 1 to 256 characters, not blank), or <see langword="null"/> for none.</param>
    /// <param name="recentReplies">The business's recent public replies (at most 1,000, each at most 100,000 characters), or <see langword="null"/> for none.</param>
    /// <param name="source">Where the reply will be posted; it sets the length limit. The default value means "unknown" (4,096 characters).</param>
    /// <param name="orderReference">The review's order or booking reference, if known (not blank when given).</param>
    /// <param name="businessName">The business's name, if known: its words do not count as the signature's human name.</param>
    /// <param name="businessContacts">The business's own public e-mail addresses and phone numbers (at most 64), or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reviewText"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is too long or blank where it must not be, a list has a null element or too many elements.</exception>
    public ReplyContext(
        string reviewText,
        LanguageTag reviewLanguage = default,
        IReadOnlyList<string>? themes = null,
        IReadOnlyList<string>? recentReplies = null,
        ReviewSource source = default,
        string? orderReference = null,
        string? businessName = null,
        IReadOnlyList<string>? businessContacts = null)
    {
        ReviewText = Guard.Text(reviewText, nameof(reviewText));
        ReviewLanguage = reviewLanguage;
        Themes = List(themes, nameof(themes), MaxThemes, static (t, p) => Guard.NotBlank(t, p, Guard.MaxIdLength).Trim().ToLowerInvariant());
        RecentReplies = List(recentReplies, nameof(recentReplies), MaxRecentReplies, static (r, p) => Guard.Text(r, p));
        Source = source;
        OrderReference = Guard.OptionalNotBlank(orderReference, nameof(orderReference), Guard.MaxLabelLength)?.Trim();
        BusinessName = Guard.OptionalNotBlank(businessName, nameof(businessName), Guard.MaxLabelLength)?.Trim();
        BusinessContacts = List(businessContacts, nameof(businessContacts), MaxContacts, static (c, p) => Guard.NotBlank(c, p, Guard.MaxLabelLength).Trim());
    }

    /// <summary>Gets a context that knows nothing of the review: only the reply itself is checked.</summary>
    public static ReplyContext Empty { get; } = new(string.Empty);

    /// <summary>Gets the text of the review being answered.</summary>
    public string ReviewText { get; }

    /// <summary>Gets the review's declared language; <see cref="LanguageTag.Undetermined"/> when not declared.</summary>
    public LanguageTag ReviewLanguage { get; }

    /// <summary>Gets the review's theme ids, in lower case.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>Gets the business's recent public replies.</summary>
    public IReadOnlyList<string> RecentReplies { get; }

    /// <summary>Gets where the reply will be posted; the default value when unknown.</summary>
    public ReviewSource Source { get; }

    /// <summary>Gets the review's order or booking reference, if known.</summary>
    public string? OrderReference { get; }

    /// <summary>Gets the business's name, if known.</summary>
    public string? BusinessName { get; }

    /// <summary>Gets the business's own public e-mail addresses and phone numbers.</summary>
    public IReadOnlyList<string> BusinessContacts { get; }

    internal ReplyContextCache Cache
    {
        get
        {
            var cache = Volatile.Read(ref _cache);
            if (cache is null)
            {
                cache = new ReplyContextCache(this);
                cache = Interlocked.CompareExchange(ref _cache, cache, null) ?? cache;
            }

            return cache;
        }
    }

    /// <summary>Creates a context for a reply to a review, taking its text, language, source and order reference.</summary>
    /// <param name="review">The review being answered.</param>
    /// <param name="themes">The review's theme ids, or <see langword="null"/> for none.</param>
    /// <param name="recentReplies">The business's recent public replies, or <see langword="null"/> for none.</param>
    /// <param name="businessName">The business's name, if known.</param>
    /// <param name="businessContacts">The business's own public e-mail addresses and phone numbers, or <see langword="null"/>.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public static ReplyContext FromReview(
        Review review,
        IReadOnlyList<string>? themes = null,
        IReadOnlyList<string>? recentReplies = null,
        string? businessName = null,
        IReadOnlyList<string>? businessContacts = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = review.Title.Length == 0 ? review.Text : string.Concat(review.Title, "\n", review.Text);
        if (text.Length > Guard.MaxTextLength)
        {
            text = review.Text;
        }

        return new ReplyContext(
            text,
            review.Language ?? LanguageTag.Undetermined,
            themes,
            recentReplies,
            review.Id.Source,
            review.OrderReference,
            businessName,
            businessContacts);
    }

    private static ImmutableArray<string> List(IReadOnlyList<string>? items, string paramName, int max, Func<string, string, string> check)
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }

        if (items.Count > max)
        {
            throw new ArgumentException($"{paramName} has {items.Count} elements; the limit is {max}.", paramName);
        }

        var builder = ImmutableArray.CreateBuilder<string>(items.Count);
        foreach (var item in items)
        {
            builder.Add(check(item ?? throw new ArgumentException($"{paramName} must not contain null.", paramName), paramName));
        }

        return builder.MoveToImmutable();
    }
}
