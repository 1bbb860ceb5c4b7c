using ReviewKit.Responses;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Responses;

public class ReplyFindingTests
{
    [Fact]
    public void Constructor_NegativeStart_ThrowsNamingStart() =>
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => new ReplyFinding("x", ReplyFindingSeverity.Info, -1, 0, "m", "s")).ParamName);

    [Fact]
    public void Constructor_NegativeLength_ThrowsNamingLength() =>
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => new ReplyFinding("x", ReplyFindingSeverity.Info, 0, -1, "m", "s")).ParamName);

    [Fact]
    public void Constructor_UndefinedSeverity_ThrowsNamingSeverity() =>
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => new ReplyFinding("x", (ReplyFindingSeverity)9, 0, 0, "m", "s")).ParamName);

    [Fact]
    public void Constructor_BlankCode_ThrowsNamingCode() =>
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new ReplyFinding(" ", ReplyFindingSeverity.Info, 0, 0, "m", "s")).ParamName);

    [Fact]
    public void Constructor_NullMessage_ThrowsNamingMessage() =>
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => new ReplyFinding("x", ReplyFindingSeverity.Info, 0, 0, null!, "s")).ParamName);

    [Fact]
    public void Equality_SameMembers_Equal_DifferentSpan_NotEqual()
    {
        var a = new ReplyFinding("pii.email", ReplyFindingSeverity.Error, 3, 4, "m", "s");
        Assert.Equal(a, new ReplyFinding("pii.email", ReplyFindingSeverity.Error, 3, 4, "m", "s"));
        Assert.True(a == new ReplyFinding("pii.email", ReplyFindingSeverity.Error, 3, 4, "m", "s"));
        Assert.True(a != new ReplyFinding("pii.email", ReplyFindingSeverity.Error, 3, 5, "m", "s"));
        Assert.Equal("pii.email (Error) at 3+4: m", a.ToString());
    }

    [Fact]
    public void ReplyReview_NullFinding_ThrowsNamingFindings() =>
        Assert.Equal("findings", Assert.Throws<ArgumentException>(() => new ReplyReview([null!], LanguageTag.English)).ParamName);

    [Fact]
    public void ReplyReview_ManyErrors_ScoreNeverBelowZero_FindingsSortedByStart()
    {
        var findings = Enumerable.Range(0, 5).Select(i => new ReplyFinding("pii.phone", ReplyFindingSeverity.Error, 10 - i, 1, "m", "s")).ToList();

        var review = new ReplyReview(findings, LanguageTag.English);

        Assert.Equal(0, review.Score);
        Assert.Equal([6, 7, 8, 9, 10], review.Findings.Select(f => f.Start));
        Assert.Equal(88, new ReplyReview([new ReplyFinding("a", ReplyFindingSeverity.Warning, 0, 0, "m", "s"), new ReplyFinding("b", ReplyFindingSeverity.Info, 0, 0, "m", "s")], default).Score);
    }

    [Fact]
    public void ReplyReview_Has_NullCode_Throws() =>
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new ReplyReview([], default).Has(null!)).ParamName);
}
