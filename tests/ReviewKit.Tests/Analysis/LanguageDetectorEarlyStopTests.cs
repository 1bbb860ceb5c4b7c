using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Analysis;
using ReviewKit.Responses;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Analysis;

/// <summary>The detector stops reading once the verdict is certain, and the verdict is the one of reading every word.</summary>
public class LanguageDetectorEarlyStopTests
{
    private static readonly string[] Words =
    [
        "le", "la", "l'", "qu'", "j'", "colis", "été", "très", "déçu", "commande", "livraison", "désolés", "merci", "à", "où",
        "the", "and", "don't", "it's", "parcel", "never", "arrived", "staff", "sorry", "thanks", "we", "you",
        "OK", "super", "hotel", "wifi", "xqzt", "blorp", "4481273", "06", "12", "49,90", "9h", "!", ".", "?", "\n", "—", "’", "'",
    ];

    public static Arbitrary<string> Texts() => Arb.From(
        Gen.Choose(0, 600).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n))
            .Select(words => string.Join(" ", words)));

    [Property(Arbitrary = [typeof(LanguageDetectorEarlyStopTests)], MaxTest = 300)]
    public bool Detect_StoppingWhenCertain_SameVerdictAsReadingEveryWord(string text)
    {
        using var tokens = TokenizedText.Create(text);
        return LanguageDetector.Default.Detect(tokens, stopWhenCertain: true) == LanguageDetector.Default.Detect(tokens, stopWhenCertain: false);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Detect_LongOneSidedText_SameVerdict(bool french)
    {
        var sentence = french ? "Merci pour votre retour, nous sommes désolés pour ce retard. " : "Thank you for your feedback, we are sorry about the delay. ";
        var mixed = string.Concat(Enumerable.Repeat(sentence, 40)) + string.Concat(Enumerable.Repeat(french ? "the parcel never arrived " : "le colis n'est jamais arrivé ", 30));
        using var tokens = TokenizedText.Create(mixed);

        var expected = french ? LanguageTag.French : LanguageTag.English;
        Assert.Equal(expected, LanguageDetector.Default.Detect(tokens));
        Assert.Equal(expected, LanguageDetector.Default.Detect(tokens, stopWhenCertain: false));
    }
}
