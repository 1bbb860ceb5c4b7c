using FsCheck;
using FsCheck.Xunit;
using ReviewKit.Analysis.Text;

namespace ReviewKit.Analysis.Tests.Text;

public class TokenizerTests
{
    private static (string Folded, TokenKind Kind, TokenFlags Flags, string Raw)[] Tokenize(string text)
    {
        var fold = new char[Tokenizer.FoldBufferSize(text.Length)];
        var tokens = new Token[Tokenizer.TokenBufferSize(text.Length)];
        var count = Tokenizer.Tokenize(text, fold, tokens);
        return [.. tokens.Take(count).Select(t => (new string(fold, t.FoldStart, t.FoldLength), t.Kind, t.Flags, text.Substring(t.Start, t.Length)))];
    }

    private static string[] Words(string text) => [.. Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Folded)];

    [Fact]
    public void Tokenize_FoldsCaseAccentsLigaturesAndCombiningMarks()
    {
        Assert.Equal(["ete", "tres", "oeuvre", "cafe", "abc"], Words("ÉTÉ Très Œuvre cafe\u0301 ＡＢＣ"));
    }

    [Fact]
    public void Tokenize_SplitsFrenchElisions_ButKeepsEnglishContractions()
    {
        var tokens = Tokenize("L'hôtel n’était qu'à côté, jusqu'à demain. I don't know, it's fine.");

        Assert.Equal(
            ["l", "hotel", "n", "etait", "qu", "a", "cote", "jusqu", "a", "demain", "i", "don't", "know", "it's", "fine"],
            tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Folded));
        Assert.True(tokens[0].Flags.HasFlag(TokenFlags.Elision));
        Assert.Equal("L'", tokens[0].Raw);
    }

    [Fact]
    public void Tokenize_SplitsHyphenatedCompoundsIntoFlaggedParts()
    {
        var tokens = Tokenize("check-in très-bien - non");

        Assert.Equal(["check", "in", "tres", "bien", "non"], tokens.Select(t => t.Folded));
        Assert.True(tokens[1].Flags.HasFlag(TokenFlags.Hyphenated));
        Assert.False(tokens[4].Flags.HasFlag(TokenFlags.Hyphenated));
    }

    [Fact]
    public void Tokenize_ReadsNumbersWithGluedUnits()
    {
        var tokens = Tokenize("3 semaines, 15min, 2,5 kg, 2h30");

        Assert.Equal([TokenKind.Number, TokenKind.Word], tokens[..2].Select(t => t.Kind));
        Assert.Equal(("15", TokenKind.Number), (tokens[3].Folded, tokens[3].Kind));
        Assert.Equal("min", tokens[4].Folded);
        Assert.True(tokens[4].Flags.HasFlag(TokenFlags.AfterNumber));
        Assert.Equal("2.5", tokens[6].Folded);
        Assert.Equal(["2", "h30"], tokens[^2..].Select(t => t.Folded));
    }

    [Fact]
    public void Tokenize_ReadsEmojiWithModifiersAndEmoticons_AndCollapsesPunctuationRuns()
    {
        var tokens = Tokenize("Super!!! 👍🏽 👨‍👩‍👧 :-( :) http://x ...");

        Assert.Equal(TokenKind.Punctuation, tokens[1].Kind);
        Assert.Equal("!!!", tokens[1].Raw);
        Assert.Equal(("👍", "👍🏽"), (tokens[2].Folded, tokens[2].Raw));
        Assert.Equal("👨‍👩‍👧", tokens[3].Raw);
        Assert.Equal([":-(", ":)"], tokens[4..6].Select(t => t.Raw));
        Assert.DoesNotContain(tokens, t => t.Raw == ":/");
    }

    [Fact]
    public void Tokenize_FlagsAllCapsWords()
    {
        var tokens = Tokenize("This is TERRIBLE and I am OK");

        Assert.True(tokens[2].Flags.HasFlag(TokenFlags.AllCaps));
        Assert.False(tokens[4].Flags.HasFlag(TokenFlags.AllCaps));
        Assert.True(tokens[6].Flags.HasFlag(TokenFlags.AllCaps));
    }

    [Property(Arbitrary = [typeof(AnalyzerArbitraries)], MaxTest = 500)]
    public bool TokenOffsetsAreAlwaysWithinTheTextAndInOrder(string text)
    {
        text ??= string.Empty;
        var fold = new char[Tokenizer.FoldBufferSize(text.Length)];
        var tokens = new Token[Tokenizer.TokenBufferSize(text.Length)];
        var count = Tokenizer.Tokenize(text, fold, tokens);
        var previousEnd = 0;
        for (var i = 0; i < count; i++)
        {
            var t = tokens[i];
            if (t.Start < previousEnd || t.Length <= 0 || t.End > text.Length || t.FoldStart < 0 || t.FoldStart + t.FoldLength > fold.Length)
            {
                return false;
            }

            previousEnd = t.End;
        }

        return true;
    }
}
