using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ReviewKit.Benchmarks.Reviews;
using ReviewKit.Cases;
using ReviewKit.Import;
using ReviewKit.Samples.QualityLoop;

namespace ReviewKit.Benchmarks.Import;

/// <summary>
/// Importing 1,004,300 CSV rows: the embedded Booking.com file of the main-job sample (6,050 real rows) streamed over
/// and over, parsed by CsvHelper and mapped to reviews by <see cref="CsvReviewImporter"/> with the sample's column
/// mapping. The baseline only parses the CSV (reads every field), so the difference is what mapping, validating and
/// building the reviews costs. Memory is bounded: one row at a time, whatever the file's size.
/// </summary>
[MemoryDiagnoser]
public class BookingCsvImportBenchmarks
{
    private const int RowsPerCopy = 6_050;
    private byte[] _header = [];
    private byte[] _body = [];
    private CsvReviewImporter _importer = null!;
    private ReviewImportSession _session = null!;

    [Params(1_004_300)] // 166 whole copies of the 6,050 real rows
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var reader = BookingData.OpenEmbedded();
        var text = reader.ReadToEnd();
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        _header = Encoding.UTF8.GetBytes(text[..firstLineEnd]);
        _body = Encoding.UTF8.GetBytes(text[firstLineEnd..].TrimEnd('\n') + "\n");
        _importer = new CsvReviewImporter(BookingData.Mapping());
        _session = new ReviewImportSession(Actor.System("benchmark"));
    }

    [Benchmark(Baseline = true, Description = "CsvHelper parse only")]
    public long ParseOnly()
    {
        using var reader = Open();
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        long characters = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.Parser.Count; i++)
            {
                characters += csv.Parser[i].Length;
            }
        }

        return characters;
    }

    [Benchmark(Description = "CsvReviewImporter (stream, map, validate)")]
    public async Task<long> Import()
    {
        using var reader = Open();
        long imported = 0;
        await foreach (var row in _importer.ReadAsync(reader))
        {
            if (row.IsImported)
            {
                imported++;
            }
        }

        return imported == Rows ? imported : throw new InvalidOperationException($"Imported {imported} rows of {Rows}.");
    }

    [Benchmark(Description = "Import + session decision (open cases)")]
    public async Task<long> ImportAndDecide()
    {
        using var reader = Open();
        long cases = 0;
        await foreach (var row in _importer.ReadAsync(reader))
        {
            // No store: every row is new to the host, so every negative review opens a case.
            if (_session.Decide(row, null, null).Case is not null)
            {
                cases++;
            }
        }

        return cases;
    }

    private StreamReader Open() => new(new RepeatingCsvStream(_header, _body, Rows, RowsPerCopy), Encoding.UTF8);
}
