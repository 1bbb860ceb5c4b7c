using ReviewKit.Reviews;

namespace ReviewKit.Responses;

/// <summary>
/// Tells French from English by counting common words (stop words) of each language; anything else is undetermined.
/// </summary>
/// <remarks>
/// A language is detected when it has at least <see cref="MinimumWords"/> stop words and at least twice as many as the
/// other: short or mixed texts stay undetermined, so a mismatch is only reported on clear evidence.
/// </remarks>
internal static class LanguageDetector
{
    public const int MinimumWords = 3;

    public static LanguageTag Detect(string text)
    {
        using var tokens = TokenizedText.Create(text);
        var hits = new List<PhraseHit>();
        ReplyLexicon.Matcher.FindAll(tokens, hits);
        return Detect(hits);
    }

    public static LanguageTag Detect(List<PhraseHit> hits)
    {
        var french = 0;
        var english = 0;
        foreach (var hit in hits)
        {
            if (hit.Category == ReplyLexicon.StopFrench)
            {
                french++;
            }
            else if (hit.Category == ReplyLexicon.StopEnglish)
            {
                english++;
            }
        }

        if (french >= MinimumWords && french >= 2 * english)
        {
            return LanguageTag.French;
        }

        return english >= MinimumWords && english >= 2 * french ? LanguageTag.English : LanguageTag.Undetermined;
    }
}
