using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Import.Tests.Import;

public class ReviewImportSessionTests
{
    private static readonly Actor Importer = Actor.System("google-import");

    private static async Task<List<ImportResult>> GoogleAsync(string json) =>
        await new GoogleReviewImporter().ReadAsync(Fixtures.Utf8(json)).ToListAsync();

    private static string Review(string stars, string updateTime, string? replyTime = null) =>
        $$"""
        {"reviewId": "g-1", "name": "accounts/1/locations/lyon/reviews/g-1", "reviewer": {"displayName": "Inès"},
         "starRating": "{{stars}}", "comment": "Livraison en retard, colis abîmé.",
         "createTime": "2025-04-01T08:00:00Z", "updateTime": "{{updateTime}}"
         {{(replyTime is null ? string.Empty : $$""", "reviewReply": {"comment": "Toutes nos excuses, nous vous appelons.", "updateTime": "{{replyTime}}"}""")}}}
        """;

    private static async Task<ImportResult> OneAsync(string json) => (await GoogleAsync($"[{json}]")).Single();

    [Fact]
    public async Task Decide_NewNegativeReviewWithReply_OpensACaseWithTheReply()
    {
        var row = await OneAsync(Review("ONE", "2025-04-01T08:00:00Z", replyTime: "2025-04-01T15:00:00Z"));

        var outcome = new ReviewImportSession(Importer).Decide(row, null, null);

        Assert.Equal(ImportOutcomeKind.New, outcome.Kind);
        Assert.True(outcome.StoresReview);
        Assert.Equal([typeof(CaseOpened), typeof(PublicReplyPosted)], outcome.Events.Select(e => e.GetType()));
        var reviewCase = outcome.Case!;
        Assert.Equal(row.Review!.PublishedAt, reviewCase.OpenedAt);
        Assert.Equal(Instant.FromUtc(2025, 4, 1, 15, 0), reviewCase.FirstPublicReplyAt);
        Assert.Equal(Importer, outcome.Events[0].By);
        Assert.Equal(CaseStatus.InProgress, reviewCase.Status);
    }

    [Fact]
    public async Task Decide_NewPositiveReview_OpensNoCase()
    {
        var outcome = new ReviewImportSession(Importer).Decide(await OneAsync(Review("FIVE", "2025-04-01T08:00:00Z", "2025-04-02T08:00:00Z")), null, null);

        Assert.Equal(ImportOutcomeKind.New, outcome.Kind);
        Assert.Null(outcome.Case);
        Assert.Empty(outcome.Events);
    }

    [Fact]
    public async Task Decide_SameFileTwice_SecondImportChangesNothing()
    {
        var session = new ReviewImportSession(Importer);
        var row = await OneAsync(Review("ONE", "2025-04-01T08:00:00Z", "2025-04-01T15:00:00Z"));
        var first = session.Decide(row, null, null);

        var again = session.Decide(await OneAsync(Review("ONE", "2025-04-01T08:00:00Z", "2025-04-01T15:00:00Z")), first.Review, first.Case);

        Assert.Equal(ImportOutcomeKind.Unchanged, again.Kind);
        Assert.False(again.StoresReview);
        Assert.Empty(again.Events);
        Assert.Same(first.Case, again.Case);
    }

    [Fact]
    public async Task Decide_EventsOfTwoImports_AreEqualSoApplyIsANoOp()
    {
        var first = new ReviewImportSession(Importer).Decide(await OneAsync(Review("ONE", "2025-04-01T08:00:00Z", "2025-04-01T15:00:00Z")), null, null);
        var second = new ReviewImportSession(Importer).Decide(await OneAsync(Review("ONE", "2025-04-01T08:00:00Z", "2025-04-01T15:00:00Z")), null, null);

        Assert.Equal(first.Events.ToArray(), second.Events.ToArray());
        Assert.Equal(first.Case!.Id, second.Case!.Id);
        var reapplied = second.Events.Aggregate(first.Case, (c, e) => c.Apply(e));
        Assert.Same(first.Case, reapplied);
    }

    [Fact]
    public async Task Decide_RatingRaisedAfterResolution_IsARecovery()
    {
        var session = new ReviewImportSession(Importer);
        var opened = session.Decide(await OneAsync(Review("ONE", "2025-04-01T08:00:00Z", "2025-04-01T15:00:00Z")), null, null);
        var resolved = opened.Case!.Apply(new CaseResolved(new CaseEventId("resolved"), Instant.FromUtc(2025, 4, 3, 10, 0), Actor.Agent("alice"), "Colis renvoyé, geste commercial."));

        var revised = session.Decide(await OneAsync(Review("FOUR", "2025-04-05T09:30:00Z", "2025-04-01T15:00:00Z")), opened.Review, resolved);

        Assert.Equal(ImportOutcomeKind.Revised, revised.Kind);
        var e = Assert.IsType<ReviewRevised>(Assert.Single(revised.Events));
        Assert.Equal(Instant.FromUtc(2025, 4, 5, 9, 30), e.At);
        Assert.Equal(Actor.Customer, e.By);
        var recovery = Assert.Single(revised.Case!.RatingRevisions);
        Assert.True(recovery.IsRecovery);
        Assert.Equal(new Rating(4, RatingScale.FiveStars), revised.Case.Review.Rating);
    }

    [Fact]
    public async Task Decide_OlderCopyOfAKnownReview_IsStaleWithoutEvents()
    {
        var session = new ReviewImportSession(Importer);
        var latest = session.Decide(await OneAsync(Review("TWO", "2025-04-05T09:30:00Z")), null, null);

        var stale = session.Decide(await OneAsync(Review("ONE", "2025-04-01T08:00:00Z", "2025-04-01T15:00:00Z")), latest.Review, latest.Case);

        Assert.Equal(ImportOutcomeKind.Stale, stale.Kind);
        Assert.False(stale.StoresReview);
        Assert.Empty(stale.Events);
        Assert.Same(latest.Case, stale.Case);
    }

    [Fact]
    public async Task Decide_PositiveReviewRevisedToNegative_OpensACaseAtTheRevision()
    {
        var session = new ReviewImportSession(Importer);
        var positive = session.Decide(await OneAsync(Review("FIVE", "2025-04-01T08:00:00Z")), null, null);

        var negative = session.Decide(await OneAsync(Review("ONE", "2025-04-06T12:00:00Z")), positive.Review, null);

        Assert.Equal(ImportOutcomeKind.Revised, negative.Kind);
        Assert.Equal(Instant.FromUtc(2025, 4, 6, 12, 0), negative.Case!.OpenedAt);
        Assert.IsType<CaseOpened>(Assert.Single(negative.Events));
    }

    [Fact]
    public async Task Decide_ReplyPostedAfterTheCaseWasClosed_IsRefusedNotLost()
    {
        var session = new ReviewImportSession(Importer);
        var opened = session.Decide(await OneAsync(Review("ONE", "2025-04-01T08:00:00Z")), null, null);
        var closed = opened.Case!.Apply(new CaseClosed(new CaseEventId("closed"), Instant.FromUtc(2025, 4, 2, 8, 0), Actor.Agent("alice"), "Sans suite"));

        var outcome = session.Decide(await OneAsync(Review("ONE", "2025-04-01T08:00:00Z", "2025-04-10T08:00:00Z")), opened.Review, closed);

        Assert.Empty(outcome.Events);
        Assert.IsType<PublicReplyPosted>(Assert.Single(outcome.RefusedEvents));
        Assert.Same(closed, outcome.Case);
    }

    [Fact]
    public async Task Decide_HostCaseIdFunction_IsUsed()
    {
        var session = new ReviewImportSession(Importer, id => new CaseId("crm-" + id.PlatformId));

        var outcome = session.Decide(await OneAsync(Review("ONE", "2025-04-01T08:00:00Z")), null, null);

        Assert.Equal(new CaseId("crm-g-1"), outcome.Case!.Id);
    }

    [Fact]
    public void Constructor_DefaultImporter_Throws()
    {
        Assert.Equal("importer", Assert.Throws<ArgumentException>(() => new ReviewImportSession(default)).ParamName);
    }

    [Fact]
    public void Decide_NullResult_Throws()
    {
        Assert.Equal("imported", Assert.Throws<ArgumentNullException>(() => new ReviewImportSession(Importer).Decide(null!, null, null)).ParamName);
    }

    [Fact]
    public async Task Decide_RejectedRow_Throws()
    {
        var rejected = (await GoogleAsync("""[{"reviewId": "x"}]""")).Single();

        Assert.Equal("imported", Assert.Throws<ArgumentException>(() => new ReviewImportSession(Importer).Decide(rejected, null, null)).ParamName);
    }

    [Fact]
    public async Task Decide_KnownRevisionOfAnotherReview_Throws()
    {
        var rows = await GoogleAsync("""[{"reviewId": "a", "createTime": "2025-01-01T00:00:00Z"}, {"reviewId": "b", "createTime": "2025-01-01T00:00:00Z"}]""");

        Assert.Equal("knownRevision", Assert.Throws<ArgumentException>(() => new ReviewImportSession(Importer).Decide(rows[0], rows[1].Review, null)).ParamName);
    }

    [Fact]
    public async Task Decide_CaseOfAnotherReview_Throws()
    {
        var session = new ReviewImportSession(Importer);
        var rows = await GoogleAsync("""[{"reviewId": "a", "starRating": "ONE", "createTime": "2025-01-01T00:00:00Z"}, {"reviewId": "b", "createTime": "2025-01-01T00:00:00Z"}]""");
        var otherCase = session.Decide(rows[0], null, null).Case;

        Assert.Equal("existingCase", Assert.Throws<ArgumentException>(() => session.Decide(rows[1], null, otherCase)).ParamName);
    }
}
