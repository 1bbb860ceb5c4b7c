using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Tests;

/// <summary>Builders for the values most tests need, with readable defaults.</summary>
internal static class TestData
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    public static readonly CaseId TheCaseId = new("case-1");
    public static readonly Actor Agent = Actor.Agent("alice");

    public static Review Review(double? stars = 1, string platformId = "r-1", Instant? updatedAt = null, string text = "Colis jamais reçu.") =>
        new(
            new ReviewId(ReviewSource.Google, platformId),
            T0 - Duration.FromHours(2),
            text,
            rating: stars is { } s ? new Rating(s, RatingScale.FiveStars) : null,
            locationId: "paris-store",
            updatedAt: updatedAt);

    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    public static CaseEventId Id(string id) => new(id);

    public static CaseOpened Opened(int minutes = 0, string id = "open") => new(Id(id), At(minutes), Actor.System("import"), Review());

    public static ReviewCase NewCase() => ReviewCase.Open(TheCaseId, Opened());
}
