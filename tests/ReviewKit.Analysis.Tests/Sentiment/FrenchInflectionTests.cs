using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Analysis.Sentiment;

namespace ReviewKit.Analysis.Tests.Sentiment;

public class FrenchInflectionTests
{
    private static string Stem(string word)
    {
        Span<char> buffer = stackalloc char[FrenchInflection.MaxLength];
        var length = FrenchInflection.Stem(word, buffer);
        return length == 0 ? word : new string(buffer[..length]);
    }

    [Theory]
    [InlineData("decevant", "decevante", "decevants", "decevantes")]
    [InlineData("genial", "geniale", "geniaux", "geniales")]
    [InlineData("ennuyeux", "ennuyeuse", "ennuyeuses", "ennuyeux")]
    [InlineData("rate", "ratee", "rates", "ratees")]
    [InlineData("decu", "decue", "decus", "decues")]
    [InlineData("horrible", "horribles", "horriblement", "horrible")]
    [InlineData("excellent", "excellente", "excellents", "excellemment")]
    [InlineData("agressif", "agressive", "agressifs", "agressives")]
    [InlineData("cruel", "cruelle", "cruels", "cruelles")]
    public void Stem_InflectedForms_Agree(string a, string b, string c, string d)
    {
        Assert.Equal(Stem(a), Stem(b));
        Assert.Equal(Stem(a), Stem(c));
        Assert.Equal(Stem(a), Stem(d));
    }

    [Theory]
    [InlineData("lent", "lenteur")]
    [InlineData("sale", "salete")]
    public void Stem_DerivedWords_StayApart(string a, string b) => Assert.NotEqual(Stem(a), Stem(b));

    [Property(MaxTest = 500)]
    public Property Stem_NeverGrowsAWordAndNeverThrows()
    {
        var words = Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdeilmnorstuxz".ToCharArray()), n)).Select(c => new string(c));
        return Prop.ForAll(Arb.From(words), w =>
        {
            Span<char> buffer = stackalloc char[FrenchInflection.MaxLength];
            var length = FrenchInflection.Stem(w, buffer);
            return length == 0 || (length <= w.Length + 1 && length >= 3);
        });
    }
}
