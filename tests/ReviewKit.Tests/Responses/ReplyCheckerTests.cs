using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Responses;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Responses;

public class ReplyCheckerTests
{
    private const string GoodFrench =
        "Bonjour Sophie,\nMerci d'avoir pris le temps de nous écrire. Nous sommes désolés pour le retard de votre livraison. " +
        "Pouvez-vous nous contacter par e-mail afin que nous trouvions une solution ensemble ?\nMarie, responsable du service client";

    private static readonly ReplyChecker Checker = ReplyChecker.CreateDefault();

    [Fact]
    public void Check_NullReply_ThrowsNamingReply() =>
        Assert.Equal("reply", Assert.Throws<ArgumentNullException>(() => Checker.Check(null!, ReplyContext.Empty)).ParamName);

    [Fact]
    public void Check_NullContext_ThrowsNamingContext() =>
        Assert.Equal("context", Assert.Throws<ArgumentNullException>(() => Checker.Check("Merci", null!)).ParamName);

    [Fact]
    public void CreateDefault_CalledTwice_ReturnsTheSharedInstance() =>
        Assert.Same(ReplyChecker.CreateDefault(), ReplyChecker.CreateDefault());

    [Fact]
    public void Check_GoodReply_ScoresHundredWithoutFinding()
    {
        var review = Checker.Check(GoodFrench, new ReplyContext("Livraison en retard de deux semaines.", themes: ["delay"]));

        Assert.Empty(review.Findings);
        Assert.Equal(100, review.Score);
        Assert.Equal(LanguageTag.French, review.Language);
        Assert.False(review.HasErrors);
    }

    [Fact]
    public void Check_EmptyReply_ReportsTooShortAndMissingPartsOverEmptySpans()
    {
        var review = Checker.Check(string.Empty, ReplyContext.Empty);

        Assert.True(review.Has(ReplyFindingCodes.LengthTooShort));
        Assert.True(review.Has(ReplyFindingCodes.MissingApology));
        Assert.All(review.Findings, f => Assert.Equal((0, 0), (f.Start, f.Length)));
    }

    [Fact]
    public void Check_ErrorsAndWarnings_ScoreLosesTheDocumentedPoints()
    {
        var reply = GoodFrench.Replace("par e-mail", "au 06 12 34 56 78", StringComparison.Ordinal);

        var review = Checker.Check(reply, new ReplyContext(string.Empty, LanguageTag.French, ["delay"]));

        // The phone number is an error (-35); the mention of a phone call still counts as a private channel.
        Assert.Equal([ReplyFindingCodes.PiiPhone], review.Findings.Select(f => f.Code));
        Assert.Equal(65, review.Score);
        Assert.True(review.HasErrors);
    }

    [Fact]
    public void Check_ReviewLanguageUndetermined_DetectsItFromTheReviewText()
    {
        var context = new ReplyContext("The delivery was two weeks late and nobody answered the phone.");

        var review = Checker.Check(GoodFrench, context);

        Assert.True(review.Has(ReplyFindingCodes.LanguageMismatch));
    }

    [Fact]
    public void Check_FrenchReply_MessagesInFrench()
    {
        var review = Checker.Check("Nous avons bien reçu votre avis et nous le lisons avec attention.", ReplyContext.Empty);

        var finding = Assert.Single(review.Findings, f => f.Code == ReplyFindingCodes.MissingApology);
        Assert.Equal("La réponse ne présente pas d'excuses.", finding.Message);
    }

    [Fact]
    public void Check_ReviewChangeWithoutGesture_IsAWarning()
    {
        var review = Checker.Check("Merci et désolés. Le souci est réglé.\nN'hésitez pas à modifier votre avis.\nMarie", ReplyContext.Empty);

        var finding = Assert.Single(review.Findings, f => f.Code == ReplyFindingCodes.IncentiveReviewChange);
        Assert.Equal(ReplyFindingSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void Check_ReviewChangeTiedToDiscount_IsAnError()
    {
        var review = Checker.Check("Change your rating and we will give you a discount on your next visit.", ReplyContext.Empty);

        var finding = Assert.Single(review.Findings, f => f.Code == ReplyFindingCodes.IncentiveReviewChange);
        Assert.Equal(ReplyFindingSeverity.Error, finding.Severity);
        Assert.Equal("Change your rating", "Change your rating and we will give you a discount on your next visit.".Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("googleplay", 350)]
    [InlineData("google", 4_096)]
    [InlineData("unknown-platform", 4_096)]
    public void Check_ReplyOverThePlatformLimit_TooLongFromTheFirstCharacterPastIt(string source, int limit)
    {
        var reply = GoodFrench + new string(' ', limit);
        var review = Checker.Check(reply, new ReplyContext(string.Empty, source: ReviewSource.FromName(source)));

        var finding = Assert.Single(review.Findings, f => f.Code == ReplyFindingCodes.LengthTooLong);
        Assert.Equal(limit, finding.Start);
        Assert.Equal(reply.Length, finding.End);
        Assert.False(Checker.Check(reply[..limit], new ReplyContext(string.Empty, source: ReviewSource.FromName(source))).Has(ReplyFindingCodes.LengthTooLong));
    }

    [Fact]
    public void Check_SurrogatePairs_CountAsOneCharacterForTheLimit()
    {
        var reply = string.Concat(Enumerable.Repeat("😀", 350));

        Assert.False(Checker.Check(reply, new ReplyContext(string.Empty, source: ReviewSource.GooglePlay)).Has(ReplyFindingCodes.LengthTooLong));
        Assert.True(Checker.Check(reply + "😀", new ReplyContext(string.Empty, source: ReviewSource.GooglePlay)).Has(ReplyFindingCodes.LengthTooLong));
    }

    [Fact]
    public void Check_NearDuplicateOfRecentReply_Reported_DifferentReplyNot()
    {
        var context = new ReplyContext(string.Empty, recentReplies: [GoodFrench.Replace("Sophie", "Paul", StringComparison.Ordinal)]);

        Assert.True(Checker.Check(GoodFrench, context).Has(ReplyFindingCodes.DuplicateRecentReply));
        Assert.False(Checker.Check("Merci Paul, toutes nos excuses pour l'accueil de samedi ; appelez-nous.\nMarie", context).Has(ReplyFindingCodes.DuplicateRecentReply));
    }

    [Fact]
    public void Check_AcronymsAreNotShouting()
    {
        Assert.False(Checker.Check("Le SAV et la TVA sont gérés par notre équipe.", ReplyContext.Empty).Has(ReplyFindingCodes.StyleAllCaps));
        Assert.True(Checker.Check("Nous ne sommes PAS DU TOUT RESPONSABLES de ce retard.", ReplyContext.Empty).Has(ReplyFindingCodes.StyleAllCaps));
    }

    [Fact]
    public void Check_UnknownThemeId_UsesTheWordsOfTheId()
    {
        var context = new ReplyContext(string.Empty, themes: ["parking_access"]);

        Assert.False(Checker.Check("Merci, désolés pour le parking plein samedi ; appelez-nous.\nMarie", context).Has(ReplyFindingCodes.MissingIssueAcknowledged));
        Assert.True(Checker.Check("Merci, désolés pour samedi ; appelez-nous.\nMarie", context).Has(ReplyFindingCodes.MissingIssueAcknowledged));
    }

    [Fact]
    public void Check_NoThemes_NeverReportsMissingIssue() =>
        Assert.False(Checker.Check("Bonjour.", ReplyContext.Empty).Has(ReplyFindingCodes.MissingIssueAcknowledged));

    [Property(MaxTest = 500)]
    public void CheckNeverThrowsOnArbitraryInput(string? reply, string? reviewText)
    {
        var context = new ReplyContext(reviewText ?? string.Empty, themes: ["delay", "unknown_theme"], recentReplies: [reply ?? string.Empty], orderReference: "A-1");
        var text = reply ?? string.Empty;

        var review = Checker.Check(text, context);

        Assert.InRange(review.Score, 0, 100);
        Assert.All(review.Findings, f => Assert.True(f.Start >= 0 && f.End <= text.Length));
    }

    [Property(MaxTest = 500)]
    public Property CheckNeverThrowsOnArbitraryInput_NumbersSymbolsAndScripts()
    {
        var chars = Gen.Elements("0123456789+@.-/ ,:#()%€hH\n\t'’éÉœ😀ﬁ\u00A0\u202FabcXYZ—–".ToCharArray().Select(c => c.ToString())
            .Concat(["\uD83D", "\uDE00", "FR76", "rue", "Street", "commande", "n°", "#", "modifier votre avis", "si vous"]).ToArray());
        var text = Gen.ListOf(chars).Select(parts => string.Concat(parts));
        return Prop.ForAll(Arb.From(text), reply =>
        {
            var review = Checker.Check(reply, new ReplyContext(reply.Length > 0 ? reply : "x", themes: ["delay"], recentReplies: [reply]));
            return review.Score is >= 0 and <= 100 && review.Findings.All(f => f.Start >= 0 && f.End <= reply.Length);
        });
    }

    [Property(MaxTest = 200)]
    public void Check_SameInput_SameReview(string? reply)
    {
        var text = reply ?? string.Empty;
        Assert.Equal(Checker.Check(text, ReplyContext.Empty), Checker.Check(text, ReplyContext.Empty));
    }
}

public class ReplyCheckerAdversarialTests
{
    public static TheoryData<string> LongInputs() =>
    [
        string.Concat(Enumerable.Repeat("06 ", 30_000)),
        string.Concat(Enumerable.Repeat("modifier votre avis en échange d'une remise ", 2_000)),
        new string('@', 100_000),
        string.Concat(Enumerable.Repeat("FR76 ", 20_000)),
        new string('1', 100_000),
        string.Concat(Enumerable.Repeat("+3", 50_000)),
        string.Concat(Enumerable.Repeat("12 rue ", 14_000)),
        string.Concat(Enumerable.Repeat("commande n° ", 8_000)),
        string.Concat(Enumerable.Repeat("A. ", 33_000)),
        string.Concat(Enumerable.Repeat("{Signature} ", 8_000)),
    ];

    [Theory]
    [MemberData(nameof(LongInputs))]
    public void Check_LongRepetitiveInput_ReturnsValidSpans(string reply)
    {
        var review = ReplyChecker.CreateDefault().Check(reply, new ReplyContext("avis", themes: ["delay"], recentReplies: [reply[..1_000]], orderReference: "rue"));

        Assert.All(review.Findings, f => Assert.True(f.Start >= 0 && f.End <= reply.Length));
        Assert.True(review.Has(ReplyFindingCodes.LengthTooLong));
    }

    [Fact]
    public void Check_PhoneNumberAsLocalPartOfEmail_ReportedOnceAsEmail()
    {
        var review = ReplyChecker.CreateDefault().Check("Écrivez à 0612345678@free.fr merci.", ReplyContext.Empty);

        Assert.Single(review.Findings, f => f.Code.StartsWith("pii.", StringComparison.Ordinal));
        Assert.True(review.Has(ReplyFindingCodes.PiiEmail));
    }
}

public class ReplyLexiconTests
{
    [Fact]
    public void Lexicon_KnowsEveryThemeIdOfTheAnalysis()
    {
        var ids = typeof(ReviewKit.Analysis.ThemeIds).GetFields().Select(f => (string)f.GetValue(null)!);

        Assert.All(ids, id => Assert.True(ReplyLexicon.ThemeIndex.ContainsKey(id), id));
    }
}
