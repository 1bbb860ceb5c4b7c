using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using ReviewKit;
using ReviewKit.Cases;
using ReviewKit.Import;
using ReviewKit.Reviews;
using ReviewKit.Samples.QualityLoop;

// The main job of ReviewKit on real data: the Booking.com reviews embedded in this sample.
// 1. Collect: import every CSV row through ReviewKit.Import's CSV importer and a column mapping (rejected rows are
//    reported with their line and reason, never dropped).
// 2. Decide with a ReviewImportSession what each review means for the store: new reviews are stored and a case is
//    opened for every negative one (a rating at or below its scale's negative threshold); re-importing changes nothing.
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

var reviews = new Dictionary<ReviewId, Review>();
var cases = new Dictionary<ReviewId, ReviewCase>();
var rejected = new List<ImportResult>();
var session = new ReviewImportSession(importer);
var csvImporter = new CsvReviewImporter(BookingData.Mapping());
using (var reader = BookingData.OpenEmbedded())
{
    await foreach (var row in csvImporter.ReadAsync(reader))
    {
        if (!row.IsImported)
        {
            rejected.Add(row);
            continue;
        }

        var id = row.Review.Id;
        var outcome = session.Decide(row, reviews.GetValueOrDefault(id), cases.GetValueOrDefault(id));
        if (outcome.StoresReview)
        {
            reviews[id] = outcome.Review;
        }

        if (outcome.Case is { } reviewCase)
        {
            cases[id] = reviewCase;
        }
    }
}

Console.WriteLine("ReviewKit quality loop: Booking.com reviews of 4 hotels (embedded, CC0)");
Console.WriteLine($"Imported {reviews.Count} reviews, rejected {rejected.Count} rows; opened {cases.Count} cases for negative reviews ({(double)cases.Count / Math.Max(1, reviews.Count):P1}).");
foreach (var row in rejected.Take(5))
{
    Console.WriteLine($"  rejected line {row.Position}: {row.Rejection}");
}

Console.WriteLine($"Months in {zone.Id}; negative = a score of 6 or less out of 10.");
foreach (var hotel in MonthlySummary.Build(reviews.Values, zone).GroupBy(s => s.Location))
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
