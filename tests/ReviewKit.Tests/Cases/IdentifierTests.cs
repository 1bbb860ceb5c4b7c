using ReviewKit.Cases;

namespace ReviewKit.Tests.Cases;

public class IdentifierTests
{
    [Fact]
    public void CaseId_AndEventId_ValidateAndCompareOrdinally()
    {
        Assert.Equal(new CaseId("A"), new CaseId("A"));
        Assert.NotEqual(new CaseId("A"), new CaseId("a"));
        Assert.True(new CaseEventId("e") == new CaseEventId("e"));
        Assert.NotEqual(CaseId.NewId(), CaseId.NewId());
        Assert.Equal(32, CaseEventId.NewId().Value.Length);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new CaseId(" ")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new CaseEventId(new string('x', 257))).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new CaseEventId(null!)).ParamName);
    }

    [Fact]
    public void Actor_ValidatesKindAndId()
    {
        Assert.Equal("agent:alice", Actor.Agent("alice").ToString());
        Assert.Equal(ActorKind.Customer, Actor.Customer.Kind);
        Assert.NotEqual(Actor.Agent("x"), Actor.System("x"));
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Actor((ActorKind)7, "x")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Actor.System("")).ParamName);
    }
}
