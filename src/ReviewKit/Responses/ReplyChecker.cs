using System.Buffers;
using ReviewKit.Analysis;
using ReviewKit.Reviews;

namespace ReviewKit.Responses;

/// <summary>
/// The default <see cref="IReplyChecker"/>: French and English rules, hand-written linear scanners, no regular expression.
/// </summary>
/// <remarks>
/// <para>What it reports (see <see cref="ReplyFindingCodes"/>):</para>
/// <list type="bullet">
/// <item>Errors: personal data (e-mail, phone, Luhn-valid card, mod-97-valid IBAN, street address, order reference) that
/// is not one of <see cref="ReplyContext.BusinessContacts"/>; a request to change the review in the same sentence as a
/// gesture, a promise or an explicit exchange ("en échange", "in return", a discount, a refund, an amount).</item>
/// <item>Warnings: a request to change the review alone; a defensive phrase; no apology, no thanks, no offer to continue
/// in private (no word such as "téléphone", "e-mail", "contactez-nous", "private message", and no e-mail address or
/// phone number), none of the review's themes named, no human name in the signature; a reply detected as French
/// for an English review or the reverse (by counting stop words; other languages are not compared); a reply over
/// the platform limit or under 12 words; 3 or more words in capitals in a row (at least 10 letters); a Jaccard
/// index of 3-word shingles of 0.5 or more with a recent reply.</item>
/// </list>
/// <para>A signature is a capitalised word that is neither a common word nor a word of the business's name, after the
/// last sign-off ("Cordialement", "Kind regards"...), after a final dash, or on a short last line.</para>
/// <para>Checking is linear in the length of the reply (plus, once per <see cref="ReplyContext"/>, the recent replies).
/// Messages are in the reply's detected language, else the review's, else English; they never quote the reply.
/// Stateless and thread-safe.</para>
/// </remarks>
public sealed class ReplyChecker : IReplyChecker
{
    /// <summary>The fewest words of a reply that is not <see cref="ReplyFindingCodes.LengthTooShort"/>.</summary>
    internal const int MinimumWords = 12;

    private const int MaxCapsFindings = 3;
    private const int MinCapsRun = 3;
    private const int MinCapsLetters = 10;
    private const int ShortLastLineTokens = 6;
    private const int CommonWordMask =
        (1 << ReplyLexicon.NotAName) | (1 << ReplyLexicon.StopEnglish) | (1 << ReplyLexicon.StopFrench) | (1 << ReplyLexicon.SignOff)
        | (1 << ReplyLexicon.Thanks) | (1 << ReplyLexicon.Apology);

    private static readonly ReplyChecker DefaultInstance = new();

    private ReplyChecker()
    {
    }

    /// <summary>Returns the default checker (a shared, stateless instance).</summary>
    /// <returns>The checker.</returns>
    public static ReplyChecker CreateDefault() => DefaultInstance;

    /// <inheritdoc/>
    public ReplyReview Check(string reply, ReplyContext context)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);
        using var text = TokenizedText.Create(reply);
        var hits = new List<PhraseHit>(64);
        ReplyLexicon.Matcher.FindAll(text, hits);
        var masks = ArrayPool<int>.Shared.Rent(Math.Max(1, text.Count));
        try
        {
            return Check(text, hits, masks.AsSpan(0, text.Count), context);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(masks);
        }
    }

    /// <summary>The categories (below 32) of the phrases each token is part of, one bit per category.</summary>
    internal static void FillMasks(List<PhraseHit> hits, Span<int> masks)
    {
        masks.Clear();
        foreach (var hit in hits)
        {
            if (hit.Category < 32)
            {
                for (var t = hit.FirstToken; t < hit.FirstToken + hit.TokenCount; t++)
                {
                    masks[t] |= 1 << hit.Category;
                }
            }
        }
    }

    private static ReplyReview Check(in TokenizedText text, List<PhraseHit> hits, Span<int> masks, ReplyContext context)
    {
        var reply = text.Text;
        var cache = context.Cache;
        FillMasks(hits, masks);

        var language = LanguageDetector.Default.Detect(text);
        var french = language == LanguageTag.French
            || (language.IsUndetermined && cache.ReviewLanguage == LanguageTag.French);
        var findings = new List<ReplyFinding>();
        void Add(string code, ReplyFindingSeverity severity, int start, int length, string? messageKey = null)
        {
            var (message, suggestion) = ReplyMessages.For(messageKey ?? code, french);
            findings.Add(new ReplyFinding(code, severity, start, length, message, suggestion));
        }

        var contactFound = CheckPersonalData(text, hits, masks, cache, Add);
        CheckIncentives(text, hits, Add);
        CheckDefensive(hits, text, Add);
        var all = (0, reply.Length);
        if (!Any(hits, ReplyLexicon.Apology))
        {
            Add(ReplyFindingCodes.MissingApology, ReplyFindingSeverity.Warning, all.Item1, all.Item2);
        }

        if (!Any(hits, ReplyLexicon.Thanks))
        {
            Add(ReplyFindingCodes.MissingThanks, ReplyFindingSeverity.Warning, all.Item1, all.Item2);
        }

        if (!contactFound && !Any(hits, ReplyLexicon.PrivateChannel))
        {
            Add(ReplyFindingCodes.MissingPrivateChannel, ReplyFindingSeverity.Warning, all.Item1, all.Item2);
        }

        if (context.Themes.Count > 0 && !AddressesATheme(text, hits, cache))
        {
            Add(ReplyFindingCodes.MissingIssueAcknowledged, ReplyFindingSeverity.Warning, all.Item1, all.Item2);
        }

        if (!HasSignature(text, hits, masks, cache))
        {
            Add(ReplyFindingCodes.MissingSignature, ReplyFindingSeverity.Warning, all.Item1, all.Item2);
        }

        var reviewLanguage = cache.ReviewLanguage;
        if (!language.IsUndetermined && !reviewLanguage.IsUndetermined && language != reviewLanguage
            && (reviewLanguage == LanguageTag.French || reviewLanguage == LanguageTag.English))
        {
            Add(ReplyFindingCodes.LanguageMismatch, ReplyFindingSeverity.Warning, all.Item1, all.Item2);
        }

        CheckLength(text, context.Source, Add);
        CheckCapitals(text, Add);
        CheckDuplicates(text, cache, Add);
        return new ReplyReview(findings, language);
    }

    private static bool CheckPersonalData(in TokenizedText text, List<PhraseHit> hits, ReadOnlySpan<int> masks, ReplyContextCache cache, Action<string, ReplyFindingSeverity, int, int, string?> add)
    {
        var reply = text.Text;
        var pii = new List<PiiHit>();
        PiiScanner.FindEmails(reply, pii);
        PiiScanner.FindIbans(reply, pii);
        PiiScanner.FindPhonesAndCards(reply, pii);
        PiiScanner.FindAddresses(text, pii);
        PiiScanner.FindOrderReferences(text, hits, masks, cache.FoldedOrderReference, pii);
        var contactFound = false;
        PiiHit? previous = null;
        pii.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        foreach (var hit in pii)
        {
            // An IBAN's digits are not also a phone number or a card; an e-mail's digits are not a phone.
            if (previous is { } p && hit.Start < p.End && hit.Code != ReplyFindingCodes.PiiOrderReference
                && p.Code is ReplyFindingCodes.PiiIban or ReplyFindingCodes.PiiEmail)
            {
                continue;
            }

            // An e-mail address or a phone number, the business's or (wrongly) the customer's, is a private channel.
            contactFound |= hit.Code is ReplyFindingCodes.PiiEmail or ReplyFindingCodes.PiiPhone;
            if (IsBusinessContact(reply.AsSpan(hit.Start, hit.Length), hit.Code, cache))
            {
                continue;
            }

            add(hit.Code, ReplyFindingSeverity.Error, hit.Start, hit.Length, null);
            previous = hit;
        }

        return contactFound;
    }

    private static bool IsBusinessContact(ReadOnlySpan<char> value, string code, ReplyContextCache cache) => code switch
    {
        ReplyFindingCodes.PiiEmail => cache.BusinessEmails.Count > 0 && cache.BusinessEmails.Contains(value.ToString()),
        ReplyFindingCodes.PiiPhone => cache.BusinessPhones.Count > 0 && cache.BusinessPhones.Contains(PiiScanner.PhoneKey(value)),
        _ => false,
    };

    private static void CheckIncentives(in TokenizedText text, List<PhraseHit> hits, Action<string, ReplyFindingSeverity, int, int, string?> add)
    {
        var tokens = text.Tokens;
        if (tokens.Length == 0 || !Any(hits, ReplyLexicon.ReviewChange))
        {
            return;
        }

        // Which sentences hold a gesture, a promise, a condition or an amount: one pass over the hits and the gaps.
        var sentences = tokens[^1].Sentence + 1;
        var tiedSentences = ArrayPool<bool>.Shared.Rent(sentences);
        try
        {
            var tied = tiedSentences.AsSpan(0, sentences);
            tied.Clear();
            foreach (var hit in hits)
            {
                if (hit.Category == ReplyLexicon.Tie)
                {
                    tied[tokens[hit.FirstToken].Sentence] = true;
                }
            }

            var reply = text.Text.AsSpan();
            for (var i = 0; i < tokens.Length; i++)
            {
                var gapEnd = i + 1 < tokens.Length ? tokens[i + 1].Start : reply.Length;
                var gapStart = i == 0 ? 0 : tokens[i].End;
                if (reply[gapStart..gapEnd].IndexOfAny('%', '€', '$') >= 0)
                {
                    tied[tokens[i].Sentence] = true;
                }
            }

            var coveredUntil = -1;
            foreach (var hit in hits)
            {
                if (hit.Category != ReplyLexicon.ReviewChange || hit.FirstToken < coveredUntil)
                {
                    continue;
                }

                coveredUntil = hit.FirstToken + hit.TokenCount;
                var isTied = tied[tokens[hit.FirstToken].Sentence];
                var start = tokens[hit.FirstToken].Start;
                var end = tokens[coveredUntil - 1].End;
                add(
                    ReplyFindingCodes.IncentiveReviewChange,
                    isTied ? ReplyFindingSeverity.Error : ReplyFindingSeverity.Warning,
                    start,
                    end - start,
                    isTied ? null : ReplyMessages.IncentiveUntied);
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(tiedSentences);
        }
    }

    private static void CheckDefensive(List<PhraseHit> hits, in TokenizedText text, Action<string, ReplyFindingSeverity, int, int, string?> add)
    {
        var tokens = text.Tokens;
        var coveredUntil = -1;
        foreach (var hit in hits)
        {
            if (hit.Category != ReplyLexicon.Defensive || hit.FirstToken < coveredUntil)
            {
                continue;
            }

            coveredUntil = hit.FirstToken + hit.TokenCount;
            var start = tokens[hit.FirstToken].Start;
            add(ReplyFindingCodes.ToneDefensive, ReplyFindingSeverity.Warning, start, tokens[coveredUntil - 1].End - start, null);
        }
    }

    private static bool AddressesATheme(in TokenizedText text, List<PhraseHit> hits, ReplyContextCache cache)
    {
        foreach (var hit in hits)
        {
            if (hit.Category >= ReplyLexicon.ThemeBase && Array.IndexOf(cache.KnownThemeCategories, hit.Category) >= 0)
            {
                return true;
            }
        }

        foreach (var words in cache.UnknownThemeWords)
        {
            foreach (var token in text.Tokens)
            {
                var folded = text.FoldedOf(token);
                foreach (var word in words)
                {
                    if (folded.StartsWith(word, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool HasSignature(in TokenizedText text, List<PhraseHit> hits, ReadOnlySpan<int> masks, ReplyContextCache cache)
    {
        var tokens = text.Tokens;
        if (tokens.Length == 0)
        {
            return false;
        }

        var reply = text.Text;
        var from = -1;
        var requireShort = false;
        foreach (var hit in hits)
        {
            if (hit.Category == ReplyLexicon.SignOff && hit.FirstToken + hit.TokenCount > from)
            {
                from = hit.FirstToken + hit.TokenCount;
            }
        }

        if (from < 0)
        {
            // After a final dash ("— Marie"), or on a short last line.
            var dash = reply.AsSpan().LastIndexOfAny('—', '–');
            var hyphen = reply.LastIndexOf("- ", StringComparison.Ordinal);
            var mark = Math.Max(dash, hyphen);
            var lastLineStart = reply.AsSpan().TrimEnd().LastIndexOf('\n') + 1;
            var start = Math.Max(mark >= 0 ? mark + 1 : -1, lastLineStart > 0 ? lastLineStart : -1);
            if (start < 0)
            {
                return false;
            }

            from = tokens.Length;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Start >= start)
                {
                    from = i;
                    break;
                }
            }

            requireShort = mark < 0;
        }

        if (requireShort && tokens.Length - from > ShortLastLineTokens)
        {
            return false;
        }

        for (var i = from; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Letters || token.Length < 2 || !char.IsUpper(reply[token.Start]))
            {
                continue;
            }

            if ((masks[i] & CommonWordMask) != 0 || (cache.BusinessNameWords.Count > 0 && cache.BusinessNameWords.Contains(text.FoldedOf(token).ToString())))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static void CheckLength(in TokenizedText text, ReviewSource source, Action<string, ReplyFindingSeverity, int, int, string?> add)
    {
        var reply = text.Text;
        var limit = PlatformLimits.For(source);
        if (reply.Length > limit && PlatformLimits.CountCharacters(reply) > limit)
        {
            var start = PlatformLimits.IndexAfter(reply, limit);
            add(ReplyFindingCodes.LengthTooLong, ReplyFindingSeverity.Warning, start, reply.Length - start, null);
        }

        var words = 0;
        foreach (var token in text.Tokens)
        {
            if (token.Kind != TokenKind.Digits)
            {
                words++;
            }
        }

        if (words < MinimumWords)
        {
            add(ReplyFindingCodes.LengthTooShort, ReplyFindingSeverity.Warning, 0, reply.Length, null);
        }
    }

    private static void CheckCapitals(in TokenizedText text, Action<string, ReplyFindingSeverity, int, int, string?> add)
    {
        var tokens = text.Tokens;
        var reply = text.Text;
        var reported = 0;
        var i = 0;
        while (i < tokens.Length && reported < MaxCapsFindings)
        {
            var j = i;
            var letters = 0;
            while (j < tokens.Length && IsShouted(reply, tokens[j]))
            {
                letters += tokens[j].Length;
                j++;
            }

            if (j - i >= MinCapsRun && letters >= MinCapsLetters)
            {
                add(ReplyFindingCodes.StyleAllCaps, ReplyFindingSeverity.Warning, tokens[i].Start, tokens[j - 1].End - tokens[i].Start, null);
                reported++;
            }

            i = Math.Max(j, i + 1);
        }
    }

    private static bool IsShouted(string reply, Token token)
    {
        if (token.Kind != TokenKind.Letters || token.Length < 2)
        {
            return false;
        }

        foreach (var c in reply.AsSpan(token.Start, token.Length))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckDuplicates(in TokenizedText text, ReplyContextCache cache, Action<string, ReplyFindingSeverity, int, int, string?> add)
    {
        if (cache.RecentShingles.Length == 0 || text.Count < Shingles.Size)
        {
            return;
        }

        var buffer = ArrayPool<ulong>.Shared.Rent(text.Count);
        try
        {
            var count = Shingles.Fill(text, buffer);
            var shingles = buffer.AsSpan(0, count);
            foreach (var recent in cache.RecentShingles)
            {
                if (Shingles.Jaccard(shingles, recent) >= Shingles.DuplicateThreshold)
                {
                    add(ReplyFindingCodes.DuplicateRecentReply, ReplyFindingSeverity.Warning, 0, text.Text.Length, null);
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
    }

    private static bool Any(List<PhraseHit> hits, int category)
    {
        foreach (var hit in hits)
        {
            if (hit.Category == category)
            {
                return true;
            }
        }

        return false;
    }
}
