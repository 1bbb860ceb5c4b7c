using System.Text;
using BenchmarkDotNet.Attributes;
using ReviewKit.Samples.QualityLoop;

namespace ReviewKit.Benchmarks.Reviews;

/// <summary>
/// Mapping 1,000,000 CSV rows to reviews: the embedded Booking.com file (6,050 real rows) streamed over and over,
/// parsed by CsvHelper and mapped by the main-job sample's <see cref="BookingCsv"/>. The baseline only parses the CSV
/// (reads every field), so the difference is what building and validating the reviews costs.
/// </summary>
[MemoryDiagnoser]
public class BookingCsvBenchmarks
{
    private byte[] _header = [];
    private byte[] _body = [];

    [Params(1_004_300)] // 166 whole copies of the 6,050 real rows
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var reader = BookingCsv.OpenEmbedded();
        var text = reader.ReadToEnd();
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        _header = Encoding.UTF8.GetBytes(text[..firstLineEnd]);
        _body = Encoding.UTF8.GetBytes(text[firstLineEnd..].TrimEnd('\n') + "\n");
    }

    [Benchmark(Baseline = true, Description = "CsvHelper parse only")]
    public long ParseOnly()
    {
        using var reader = Open();
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
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

    [Benchmark(Description = "Parse and map to Review")]
    public long ParseAndMap()
    {
        using var reader = Open();
        long mapped = 0;
        foreach (var row in BookingCsv.Read(reader))
        {
            if (row.Review is not null)
            {
                mapped++;
            }
        }

        return mapped == Rows ? mapped : throw new InvalidOperationException($"Mapped {mapped} rows of {Rows}.");
    }

    private StreamReader Open() => new(new RepeatingCsvStream(_header, _body, Rows, 6_050), Encoding.UTF8);
}
