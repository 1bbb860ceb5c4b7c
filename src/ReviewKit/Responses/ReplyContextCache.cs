using ReviewKit.Analysis;
using ReviewKit.Reviews;

namespace ReviewKit.Responses;

/// <summary>What a <see cref="ReplyContext"/> needs for every check, computed once: shingles, folded values, language.</summary>
internal sealed class ReplyContextCache
{
    public ReplyContextCache(ReplyContext context)
    {
        RecentShingles = [.. context.RecentReplies.Select(Shingles.Of)];
        FoldedOrderReference = context.OrderReference is null ? null : TokenizedText.Fold(context.OrderReference);
        ReviewLanguage = context.ReviewLanguage.IsUndetermined
            ? LanguageDetector.Default.Detect(context.ReviewText)
            : context.ReviewLanguage.PrimaryLanguage switch
            {
                "fr" => LanguageTag.French,
                "en" => LanguageTag.English,
                _ => LanguageTag.Parse(context.ReviewLanguage.PrimaryLanguage),
            };
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var contact in context.BusinessContacts)
        {
            if (contact.Contains('@', StringComparison.Ordinal))
            {
                emails.Add(contact);
            }
            else
            {
                phones.Add(PiiScanner.PhoneKey(contact));
            }
        }

        BusinessEmails = emails;
        BusinessPhones = phones;
        BusinessNameWords = context.BusinessName is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : [.. TokenizedText.Fold(context.BusinessName).Split([' ', '\'', '-', ',', '.', '&'], StringSplitOptions.RemoveEmptyEntries)];
        UnknownThemeWords = [.. context.Themes
            .Where(static t => !ReplyLexicon.ThemeIndex.ContainsKey(t))
            .Select(static t => TokenizedText.Fold(t).Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries).Where(static w => w.Length >= 3).ToArray())
            .Where(static words => words.Length > 0)];
        KnownThemeCategories = [.. context.Themes
            .Where(ReplyLexicon.ThemeIndex.ContainsKey)
            .Select(static t => ReplyLexicon.ThemeBase + ReplyLexicon.ThemeIndex[t])];
    }

    public ulong[][] RecentShingles { get; }

    public string? FoldedOrderReference { get; }

    public LanguageTag ReviewLanguage { get; }

    public HashSet<string> BusinessEmails { get; }

    public HashSet<string> BusinessPhones { get; }

    public HashSet<string> BusinessNameWords { get; }

    public string[][] UnknownThemeWords { get; }

    public int[] KnownThemeCategories { get; }
}
