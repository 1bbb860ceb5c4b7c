using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Analysis.Sentiment;

namespace ReviewKit.Analysis.Tests.Sentiment;

public class SpanMapTests
{
    [Fact]
    public void TryGetValue_Empty_FindsNothing()
    {
        var map = new SpanMap<int>([], []);
        Assert.False(map.TryGetValue("a", out _));
        Assert.Equal(0, map.Count);
    }

    [Property(MaxTest = 300)]
    public Property TryGetValue_FindsEveryKey_AndNoOther()
    {
        var keys = Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcé' ".ToCharArray()), n)).Select(c => new string(c));
        return Prop.ForAll(Arb.From(Gen.ListOf(keys)), Arb.From(keys), (list, probe) =>
        {
            var distinct = list.Distinct(StringComparer.Ordinal).ToArray();
            var values = distinct.Select((_, i) => i).ToArray();
            var map = new SpanMap<int>(distinct, values);
            var allFound = distinct.Select((k, i) => map.TryGetValue(k.AsSpan(), out var v) && v == i).All(x => x);
            return allFound && map.TryGetValue(probe.AsSpan(), out _) == distinct.Contains(probe, StringComparer.Ordinal);
        });
    }
}
