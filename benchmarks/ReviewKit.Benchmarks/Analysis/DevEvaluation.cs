using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ReviewKit.Analysis;

namespace ReviewKit.Benchmarks.Analysis;

/// <summary>
/// The <c>quality-dev</c> verb: the tuning loop's view of <see cref="QualityEvaluation"/>, restricted to what may be looked
/// at while tuning. It reads the dev halves only (even data rows of Allociné and Booking.com; the odd, held-out rows are
/// skipped before their text is read) and the annotated development set's negative flag; it never prints a held-out
/// figure. <c>--list</c> prints every misclassified French dev row, in full, with its score.
/// </summary>
public static class DevEvaluation
{
    public static int Run(string[] args)
    {
        var dataDirectory = Path.Combine(AppContext.BaseDirectory, "Data");
        var analyzer = ReviewAnalyzer.CreateDefault();
        var list = args.Contains("--list");

        var french = DevRows(Path.Combine(dataDirectory, "allocine_train_2000.csv"), csv => [(csv.GetField("text")!, csv.GetField("label") == "0")]);
        var frOk = 0;
        foreach (var (text, negative) in french)
        {
            var s = analyzer.Analyze(text, "fr").Sentiment;
            if ((s <= QualityEvaluation.NegativeThreshold) == negative)
            {
                frOk++;
            }
            else if (list)
            {
                Console.WriteLine($"[{(negative ? "NEG" : "POS")} {s.ToString("0.00", CultureInfo.InvariantCulture)}] {text}");
                Console.WriteLine();
            }
        }

        // Booking.com: the dev half is the even rows of the list QualityEvaluation builds (negative and positive boxes).
        var booking = BookingDev(Path.Combine(dataDirectory, "booking_515k_subset_4hotels.csv"));
        var enOk = booking.Count(r => (analyzer.Analyze(r.Text, "en").Sentiment <= QualityEvaluation.NegativeThreshold) == r.Negative);

        var annotated = File.ReadAllLines(Path.Combine(dataDirectory, "annotated_reviews.tsv")).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 6).ToList();
        var flagOk = annotated.Count(c => (analyzer.Analyze(c[2]).Sentiment <= QualityEvaluation.NegativeThreshold) == (c[5] == "true"));

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"French dev {(double)frOk / french.Count:0.000} ({frOk}/{french.Count}); English dev {(double)enOk / booking.Count:0.000}; annotated negative flag {(double)flagOk / annotated.Count:0.000}"));
        return 0;
    }

    private static List<(string Text, bool Negative)> DevRows(string path, Func<CsvReader, (string, bool)[]> read)
    {
        var rows = new List<(string, bool)>();
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        for (var i = 0; csv.Read(); i++)
        {
            if (i % 2 == 0)
            {
                rows.AddRange(read(csv));
            }
        }

        return rows;
    }

    // The quality command's reading of the Booking.com file, its even rows only (the same split as there).
    private static List<(string Text, bool Negative)> BookingDev(string path) =>
        [.. QualityEvaluation.ReadBooking(path).Where((_, i) => i % 2 == 0)];

}
