using ReviewKit.Cases;
using ReviewKit.Triage;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Cases;

public class CaseEventTests
{
    [Fact]
    public void Events_HaveValueEquality()
    {
        Assert.Equal(
            new GoodwillGestureOffered(Id("g"), T0, Agent, GestureKind.Voucher, 20m, "EUR", "Bon d'achat"),
            new GoodwillGestureOffered(Id("g"), T0, Agent, GestureKind.Voucher, 20m, "EUR", "Bon d'achat"));
        Assert.NotEqual<CaseEvent>(new NoteAdded(Id("n"), T0, Agent, "a"), new NoteAdded(Id("n"), T0, Agent, "b"));
    }

    [Fact]
    public void ToString_NamesTheEventWithoutItsText()
    {
        var text = new PublicReplyPosted(Id("e-42"), T0, Agent, "Appelez-moi au 06 12 34 56 78").ToString();

        Assert.Equal("PublicReplyPosted e-42 at 2026-03-02T09:00:00Z by agent:alice", text);
    }

    [Fact]
    public void Constructor_DefaultIdOrActor_Throws()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new NoteAdded(default, T0, Agent, "a")).ParamName);
        Assert.Equal("by", Assert.Throws<ArgumentException>(() => new NoteAdded(Id("n"), T0, default, "a")).ParamName);
    }

    [Fact]
    public void Constructor_BlankOrNullTexts_Throw()
    {
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new PublicReplyPosted(Id("e"), T0, Agent, " ")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new NoteAdded(Id("e"), T0, Agent, null!)).ParamName);
        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => new CaseResolved(Id("e"), T0, Agent, "")).ParamName);
        Assert.Equal("assignee", Assert.Throws<ArgumentException>(() => new CaseAssigned(Id("e"), T0, Agent, "")).ParamName);
        Assert.Equal("team", Assert.Throws<ArgumentException>(() => new CaseAssigned(Id("e"), T0, Agent, "bob", " ")).ParamName);
        Assert.Equal("ruleId", Assert.Throws<ArgumentException>(() => new CaseEscalated(Id("e"), T0, Agent, "", 1)).ParamName);
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => new CaseOpened(Id("e"), T0, Agent, null!)).ParamName);
        Assert.Equal("revision", Assert.Throws<ArgumentNullException>(() => new ReviewRevised(Id("e"), T0, Agent, null!)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => new CaseClosed(Id("e"), T0, Agent, new string('x', 100_001))).ParamName);
    }

    [Fact]
    public void Constructor_UndefinedEnums_Throw()
    {
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => new CaseTriaged(Id("e"), T0, Agent, (Severity)9)).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentOutOfRangeException>(() => new CasePriorityChanged(Id("e"), T0, Agent, (CasePriority)9)).ParamName);
        Assert.Equal("channel", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerReplied(Id("e"), T0, Agent, (ContactChannel)9)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new GoodwillGestureOffered(Id("e"), T0, Agent, (GestureKind)9, 1)).ParamName);
    }

    [Fact]
    public void PrivateContact_OnThePublicThread_Throws() =>
        Assert.Equal("channel", Assert.Throws<ArgumentException>(() => new PrivateContactMade(Id("e"), T0, Agent, ContactChannel.PublicThread)).ParamName);

    [Fact]
    public void Escalation_LevelBelowOne_Throws() =>
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new CaseEscalated(Id("e"), T0, Agent, "rule", 0)).ParamName);

    [Theory]
    [InlineData(GestureKind.PercentageDiscount, 0, null, "amount")]
    [InlineData(GestureKind.PercentageDiscount, 101, null, "amount")]
    [InlineData(GestureKind.PercentageDiscount, 10, "EUR", "currency")]
    [InlineData(GestureKind.Voucher, -1, "EUR", "amount")]
    [InlineData(GestureKind.Voucher, 10, null, "currency")]
    [InlineData(GestureKind.Refund, 10, "euro", "currency")]
    [InlineData(GestureKind.Refund, 10, "eur", "currency")]
    public void Gesture_InvalidAmountOrCurrency_Throws(GestureKind kind, int amount, string? currency, string param) =>
        Assert.Equal(param, Assert.ThrowsAny<ArgumentException>(() => new GoodwillGestureOffered(Id("e"), T0, Agent, kind, amount, currency)).ParamName);

    [Fact]
    public void Gesture_FreeServiceWithoutCurrency_IsValid() =>
        Assert.Null(new GoodwillGestureOffered(Id("e"), T0, Agent, GestureKind.FreeService, 0).Currency);
}
