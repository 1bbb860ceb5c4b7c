using ReviewKit.Responses;

namespace ReviewKit.Tests.Responses;

public class ReplyCorpusTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ReplyCorpus.All)
        {
            data.Add(entry.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Check_CorpusReply_FindsExactlyTheExpectedCodes(string id)
    {
        var entry = ReplyCorpus.Get(id);

        var review = ReplyChecker.CreateDefault().Check(entry.Reply, ReplyCorpus.ContextFor(entry));

        var found = review.Findings.Select(f => f.Code).ToHashSet();
        Assert.True(
            found.SetEquals(entry.Expected),
            $"{id}: expected [{string.Join(", ", entry.Expected.Order())}] but found [{string.Join(", ", found.Order())}]");
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyRepliesPerLanguage()
    {
        Assert.True(ReplyCorpus.All.Count(e => e.Id.StartsWith("fr-", StringComparison.Ordinal)) >= 30);
        Assert.True(ReplyCorpus.All.Count(e => e.Id.StartsWith("en-", StringComparison.Ordinal)) >= 30);
    }

    [Fact]
    public void Corpus_CoversEveryFindingCode()
    {
        var codes = typeof(ReplyFindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var covered = ReplyCorpus.All.SelectMany(e => e.Expected).ToHashSet();
        Assert.Empty(codes.Except(covered));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Check_CorpusReply_MessagesAreInTheReplyLanguageAndNeverQuoteIt(string id)
    {
        var entry = ReplyCorpus.Get(id);

        var review = ReplyChecker.CreateDefault().Check(entry.Reply, ReplyCorpus.ContextFor(entry));

        foreach (var finding in review.Findings.Where(f => f.Code.StartsWith("pii.", StringComparison.Ordinal)))
        {
            var data = entry.Reply.Substring(finding.Start, finding.Length);
            Assert.DoesNotContain(data, finding.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(data, finding.Suggestion, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(data, finding.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(data, review.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        if (review.Language.IsUndetermined)
        {
            return;
        }

        var frenchReply = review.Language.PrimaryLanguage == "fr";
        foreach (var finding in review.Findings)
        {
            Assert.Equal(frenchReply, finding.Message.Contains("La réponse", StringComparison.Ordinal) || finding.Message.Contains("Un passage", StringComparison.Ordinal) || finding.Message.Contains("Le ton", StringComparison.Ordinal));
        }
    }
}
