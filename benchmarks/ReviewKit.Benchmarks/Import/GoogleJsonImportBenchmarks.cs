using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ReviewKit.Import;

namespace ReviewKit.Benchmarks.Import;

/// <summary>
/// Importing 1,000,000 Google Business Profile reviews from one list response (<c>{"reviews": [...]}</c>, about
/// 500 MB of JSON) streamed from a generator. The baseline only tokenizes the JSON with <see cref="Utf8JsonReader"/>
/// over the same stream, so the difference is what splitting, deserializing (source-generated) and mapping cost.
/// Memory is bounded: one review at a time.
/// </summary>
[MemoryDiagnoser]
public class GoogleJsonImportBenchmarks
{
    private const int ReviewsPerCopy = 10;
    private byte[] _prefix = [];
    private byte[] _body = [];
    private byte[] _suffix = [];
    private readonly GoogleReviewImporter _importer = new();

    [Params(1_000_000)]
    public int Reviews { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] comments =
        [
            "Commande reçue avec trois semaines de retard et personne pour répondre au téléphone. Très déçue.",
            "Friendly staff, the parcel arrived the next day. Would order again.",
            "Accueil chaleureux, mais l'attente en caisse était longue un samedi après-midi.",
            "The product broke after two days and the refund took a month.",
            "",
        ];
        string[] stars = ["ONE", "FIVE", "THREE", "TWO", "FOUR"];
        var elements = new List<string>();
        for (var i = 0; i < ReviewsPerCopy; i++)
        {
            var reply = i % 3 == 0
                ? """, "reviewReply": {"comment": "Merci pour votre retour, nous vous contactons pour trouver une solution.", "updateTime": "2025-03-03T09:00:00Z"}"""
                : string.Empty;
            elements.Add(string.Create(CultureInfo.InvariantCulture, $$"""
                {"name": "accounts/108234567890/locations/4711/reviews/AbFvOqm{{i}}", "reviewId": "AbFvOqm{{i}}",
                 "reviewer": {"profilePhotoUrl": "https://lh3.googleusercontent.com/a/p{{i}}.png", "displayName": "Client {{i}}", "isAnonymous": false},
                 "starRating": "{{stars[i % stars.Length]}}", "comment": "{{comments[i % comments.Length]}}",
                 "createTime": "2025-03-02T08:15:30.123456Z", "updateTime": "2025-03-02T08:15:30.123456Z"{{reply}}}
                """));
        }

        _prefix = Encoding.UTF8.GetBytes("{\"reviews\": [");
        _body = Encoding.UTF8.GetBytes(string.Join(",\n", elements));
        _suffix = Encoding.UTF8.GetBytes("], \"nextPageToken\": \"CiAKGjBBR1J4ZkJ0Q1pmSjRiWFZ2RQ\"}");
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader tokens only")]
    public long TokenizeOnly()
    {
        using var stream = Open();
        var buffer = new byte[64 * 1024];
        var state = default(JsonReaderState);
        long tokens = 0;
        var kept = 0;
        while (true)
        {
            var read = stream.Read(buffer, kept, buffer.Length - kept);
            var final = read == 0;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, kept + read), final, state);
            while (reader.Read())
            {
                tokens++;
            }

            if (final)
            {
                return tokens;
            }

            state = reader.CurrentState;
            kept = kept + read - (int)reader.BytesConsumed;
            buffer.AsSpan((int)reader.BytesConsumed, kept).CopyTo(buffer);
        }
    }

    [Benchmark(Description = "GoogleReviewImporter (stream, deserialize, map)")]
    public async Task<long> Import()
    {
        using var stream = Open();
        long imported = 0;
        await foreach (var row in _importer.ReadAsync(stream))
        {
            if (row.IsImported)
            {
                imported++;
            }
        }

        return imported == Reviews ? imported : throw new InvalidOperationException($"Imported {imported} reviews of {Reviews}.");
    }

    private RepeatingJsonArrayStream Open() => new(_prefix, _body, Reviews / ReviewsPerCopy, _suffix);
}
