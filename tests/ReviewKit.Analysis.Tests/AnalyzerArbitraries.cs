using FsCheck;
using FsCheck.Fluent;

namespace ReviewKit.Analysis.Tests;

/// <summary>Strings that stress a text analyzer: any UTF-16 code unit (lone surrogates included), review words, punctuation runs, emoji.</summary>
public static class AnalyzerArbitraries
{
    private static readonly string[] Pieces =
    [
        "pas de retard", "n'", "l'", "qu'", "jamais reçu", "not", "but", "mais", "VERY", "!!!", "???", "...", ":)", ":-(", "<3", "😡", "👍🏽",
        "👨‍👩‍👧", "\uD83D", "\uDE00", "é", "e\u0301", "œ", "ﬁ", "Ａ", "’", "-", "check-in", "15min", "3,5", "#", "*", "\u202E", "שלום", "مرحبا",
        "\0", "\n", "\t", " ", "retard", "arnaque", "lawyer", "waited 2 hours", "@", "ne", "pas", "sans", "no", "never", "trop", "très",
    ];

    public static Arbitrary<string> Texts() =>
        Arb.From(Gen.OneOf(
                Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString()),
                Gen.Elements(Pieces),
                Gen.Elements(" ", "a", "E", "1"))
            .ArrayOf()
            .Select(parts => string.Concat(parts)));
}
