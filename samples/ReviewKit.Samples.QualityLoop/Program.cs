using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using ReviewKit;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Samples.QualityLoop;

// The main job of ReviewKit on real data: the Booking.com reviews embedded in this sample.
// 1. Collect: map every CSV row to a Review (rejected rows are reported, never dropped).
// 2. Open a case for every negative review (a review whose rating is at or below its scale's negative threshold).
// 3. Summarise per hotel and month: volume, negative share, average rating.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .Build();

using var services = new ServiceCollection()
    .AddReviewKit(configuration.GetSection(ReviewKitOptions.SectionName))
    .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

var options = services.GetRequiredService<IOptions<ReviewKitOptions>>().Value;
var zone = services.GetRequiredService<IDateTimeZoneProvider>()[options.DefaultTimeZone];
var importer = Actor.System("quality-loop-sample");

var reviews = new List<Review>();
var rejected = new List<BookingCsvRow>();
using (var reader = BookingCsv.OpenEmbedded())
{
    foreach (var row in BookingCsv.Read(reader))
    {
        if (row.Review is { } review)
        {
            reviews.Add(review);
        }
        else
        {
            rejected.Add(row);
        }
    }
}

var cases = new List<ReviewCase>();
foreach (var review in reviews)
{
    if (review.Rating is { IsNegative: true })
    {
        var opened = new CaseOpened(new CaseEventId($"open-{review.Id.PlatformId}"), review.PublishedAt, importer, review);
        cases.Add(ReviewCase.Open(new CaseId($"case-{review.Id.PlatformId}"), opened));
    }
}

Console.WriteLine("ReviewKit quality loop: Booking.com reviews of 4 hotels (embedded, CC0)");
Console.WriteLine($"Imported {reviews.Count} reviews, rejected {rejected.Count} rows; opened {cases.Count} cases for negative reviews ({(double)cases.Count / Math.Max(1, reviews.Count):P1}).");
foreach (var row in rejected.Take(5))
{
    Console.WriteLine($"  rejected line {row.Line}: {row.Error}");
}

Console.WriteLine($"Months in {zone.Id}; negative = a score of 6 or less out of 10.");
foreach (var hotel in MonthlySummary.Build(reviews, zone).GroupBy(s => s.Location))
{
    Console.WriteLine();
    Console.WriteLine(hotel.Key);
    Console.WriteLine("month    reviews  negative  average");
    foreach (var month in hotel)
    {
        Console.WriteLine(month);
    }
}

return 0;
