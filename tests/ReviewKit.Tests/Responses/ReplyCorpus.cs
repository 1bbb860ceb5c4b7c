using ReviewKit.Responses;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Responses;

/// <summary>One reply of the hand-written corpus in Responses/Data, with its context and expected finding codes.</summary>
public sealed record CorpusEntry(
    string Id,
    LanguageTag Language,
    IReadOnlyList<string> Themes,
    IReadOnlySet<string> Expected,
    IReadOnlyDictionary<string, string> Options,
    string Reply)
{
    public override string ToString() => Id;
}

/// <summary>Reads the corpus files: "=== id | language | themes | expected codes | options" headers, then the reply.</summary>
public static class ReplyCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusEntry>> Entries = new(Load);

    public static IReadOnlyList<CorpusEntry> All => Entries.Value;

    public static CorpusEntry Get(string id) => All.Single(e => e.Id == id);

    public static ReplyContext ContextFor(CorpusEntry entry)
    {
        var recent = entry.Options.TryGetValue("recent", out var recentId) ? new[] { Get(recentId).Reply } : null;
        var contacts = entry.Options.TryGetValue("contacts", out var c) ? c.Split(';') : null;
        var source = entry.Options.TryGetValue("source", out var s) ? ReviewSource.FromName(s) : ReviewSource.Google;
        return new ReplyContext(
            reviewText: string.Empty,
            reviewLanguage: entry.Language,
            themes: entry.Themes,
            recentReplies: recent,
            source: source,
            orderReference: entry.Options.GetValueOrDefault("order"),
            businessName: entry.Options.GetValueOrDefault("business"),
            businessContacts: contacts);
    }

    private static List<CorpusEntry> Load()
    {
        var entries = new List<CorpusEntry>();
        foreach (var file in new[] { "replies.fr.txt", "replies.en.txt" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Responses", "Data", file);
            string[]? header = null;
            var body = new List<string>();
            foreach (var line in File.ReadLines(path).Append("=== end"))
            {
                if (line.StartsWith('#'))
                {
                    continue;
                }

                if (!line.StartsWith("===", StringComparison.Ordinal))
                {
                    body.Add(line);
                    continue;
                }

                if (header is not null)
                {
                    entries.Add(Parse(header, string.Join("\n", body).TrimEnd()));
                }

                header = line[3..].Split('|', StringSplitOptions.TrimEntries);
                body.Clear();
            }
        }

        return entries;
    }

    private static CorpusEntry Parse(string[] header, string reply)
    {
        static string[] List(string s) => s == "-" ? [] : s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (header.Length > 4)
        {
            foreach (var option in header[4..].Where(o => o.Length > 0))
            {
                var eq = option.IndexOf('=');
                options[option[..eq].Trim()] = option[(eq + 1)..].Trim();
            }
        }

        return new CorpusEntry(header[0], LanguageTag.Parse(header[1]), List(header[2]), List(header[3]).ToHashSet(), options, reply);
    }
}
