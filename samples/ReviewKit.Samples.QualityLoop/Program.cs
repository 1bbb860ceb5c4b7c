using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using ReviewKit;
using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Samples.QualityLoop;
using ReviewKit.Sla;
using ReviewKit.Triage;

// The main job of ReviewKit: the whole improvement loop on real data, the Booking.com reviews embedded in this sample.
// 1. Collect: import every CSV row (ReviewKit.Import); a case is opened for every negative review; rejected rows are
//    reported with their line and reason, never dropped.
// 2. Analyse: every review read by the DI-registered IReviewAnalyzer (irritant themes) and IReviewTriage (negative, severity).
// 3. Aggregate per hotel and month, and per hotel and week (ReviewKit.Improvement).
// 4. Rank the irritants per hotel (Pareto, unmet need, masked example quotes) and find the weak signals month by month.
// 5. Measure the actions declared in appsettings.json (QualityLoop:Actions) before and after their start.
// 6. Response and SLA figures from the cases (the data set has no replies: the figures say so).
// 7. Write report.md and report.html (ReviewKit.Reporting) to ./quality-loop-output, or to --output DIR.
var cancellationToken = CancellationToken.None;
var outputDirectory = ReportFiles.OutputDirectory(args);
using var services = SampleServices.Build();
var zone = services.GetRequiredService<IDateTimeZoneProvider>()[services.GetRequiredService<IOptions<ReviewKitOptions>>().Value.DefaultTimeZone];
if (!TryGetOptions(services, out var loopOptions))
{
    return 2;
}

var imported = await BookingImport.RunAsync(Actor.System("quality-loop-sample"), cancellationToken);
var analysed = AnalysedReviews.Run(imported.Reviews.Values, services.GetRequiredService<IReviewAnalyzer>(), services.GetRequiredService<IReviewTriage>());
var loop = new QualityLoopReport(loopOptions, zone, services.GetRequiredService<SlaEvaluator>(), services.GetRequiredService<ThemeCatalog>());
var findings = loop.Run(imported, analysed, [.. loopOptions.Actions.Select(a => a.ToAction())], services.GetRequiredService<IClock>().GetCurrentInstant());
var (markdownPath, htmlPath) = await ReportFiles.WriteAsync(findings.Report, outputDirectory, cancellationToken);

Summary.Print(Console.Out, imported, analysed, findings, markdownPath, htmlPath);
return 0;

// Configuration errors are reported with their paths, all at once, instead of a stack trace.
static bool TryGetOptions(IServiceProvider services, out QualityLoopOptions options)
{
    try
    {
        options = services.GetRequiredService<IOptions<QualityLoopOptions>>().Value;
        return true;
    }
    catch (OptionsValidationException e)
    {
        Console.Error.WriteLine("appsettings.json is not valid:");
        foreach (var failure in e.Failures)
        {
            Console.Error.WriteLine($"  {failure}");
        }

        options = new QualityLoopOptions();
        return false;
    }
}
