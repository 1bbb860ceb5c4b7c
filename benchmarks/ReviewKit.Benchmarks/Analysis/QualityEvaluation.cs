using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ReviewKit.Analysis;
using ReviewKit.Analysis.Themes;

namespace ReviewKit.Benchmarks.Analysis;

/// <summary>
/// The <c>quality</c> verb: scores the default analyzer on real data and prints accuracy, per-theme precision and recall,
/// and a naive lexicon sum's figures beside them.
/// </summary>
/// <remarks>
/// <para>Tuning discipline: lexicon additions and rules were tuned on the <em>dev</em> halves only (even data rows of
/// Booking.com and Allociné); the <em>held-out</em> halves (odd rows) are reported separately and were not used for
/// tuning (they were looked at once when the per-language negative weight was chosen, and once at the end of each tuning
/// session to report the figures).</para>
/// <para>The annotated set (<c>annotated_reviews.tsv</c>, written by another team member) is the <em>development</em> set
/// for themes and risks. Session 1 wrote patterns from the theme definitions without reading its rows. Session 2
/// (2026-11-23) read its misclassified rows (<c>quality --errors --annotated-errors</c>) to find which kinds of everyday
/// phrasing each theme lacked, added general phrasings per theme in both languages, and removed the additions that
/// produced false positives there; its figures are therefore optimistic. The blind set (<c>heldout_reviews.tsv</c>, see
/// its <c>HELDOUT.md</c>) was written by another team member after that tuning, without reading the analyzer's patterns;
/// it is never used for tuning, this command scores it only with <c>--blind</c> and never prints its misclassified rows.</para>
/// <para>Session 3 (2026-11-23, 08:15-09:15 UTC) aimed at generalisation rather than rows: pattern mechanisms (gaps
/// <c>~</c> of up to 3 words that stop at punctuation and at a negator, choices <c>a/b/c</c>, regular inflected forms of
/// pattern words), phrasings written from each theme's and risk's definition (noun + complaint adjective, identity and
/// injury vocabulary), brittle row-specific phrases removed, review-level aspects weighed 0.9 (no theme from them alone).
/// Only the old development rows' misclassifications were read. The rows appended during session 3 (fr-156 on, en-160
/// on; <c>--rows new</c>) were kept as a validation set: only their aggregate figures were looked at, twice (after the
/// main change and after the last), and their misclassified rows are never printed (not even with
/// <c>--annotated-errors</c>). Themes (micro), before / after: old rows P 0.855 / R 0.743 to P 0.858 / R 0.733; new rows
/// P 0.697 / R 0.478 to P 0.713 / R 0.478. Risks: old rows R 0.678 to 0.814, new rows R 0.415 to 0.566. (<c>--rows</c> is
/// gone since the learned theme model: every development row now trains it, and the development set is scored out of
/// fold, one writer at a time.)</para>
/// <para>Session 4 (2026-11-23, 09:30-11:20 UTC), French sentiment: only the Allociné dev half's misclassified rows were
/// read (<c>quality-dev --list</c>, which never reads an odd row's text); French locutions, negating locutions
/// ("à peine", "loin de"), "certes" and questions at half weight were added for their meaning, each logged with its
/// dev figure (0.806 to 0.821); the held-out half was scored once, at the end (0.785 to 0.787, short of the 0.80 goal). Zeroing the valence the lexicons give
/// French function words ("sur", "plus", "comme"...) was tried and left out: it lowered the dev half (0.812 to 0.795).</para>
/// <para>Also tuned on the dev halves in session 2: the French inflection folding, the concessive connectives, the
/// corrections of neutral French words (chosen by meaning from the frequent dev words whose lexicon sign disagreed with
/// their reviews), and the review-level weight of aspects in neutral sentences.</para>
/// </remarks>
public static class QualityEvaluation
{
    /// <summary>The sentiment at or below which a text counts as negative (the default triage threshold).</summary>
    public const double NegativeThreshold = -0.05;

    public static int Run(string[] args)
    {
        var dataDirectory = Path.Combine(AppContext.BaseDirectory, "Data");
        var verbose = args.Contains("--errors");
        var analyzer = ReviewAnalyzer.CreateDefault();
        var naive = new NaiveLexiconSum();
        var writer = Console.Out;
        writer.WriteLine("ReviewKit.Analysis quality evaluation");
        writer.WriteLine("Decision: negative when Sentiment <= -0.05 (the default triage threshold); naive baseline: negative when the lexicon sum < 0.");
        writer.WriteLine("Dev = even data rows (used for tuning); held-out = odd data rows (not used for tuning; read for the negative-weight setting and to report each session's final figures).");
        writer.WriteLine();

        var booking = ReadBooking(Path.Combine(dataDirectory, "booking_515k_subset_4hotels.csv"));
        ReportBinary(writer, "English: Booking.com negative-box vs positive-box texts", booking, analyzer, naive, french: false, "en", verbose);
        var allocine = ReadAllocine(Path.Combine(dataDirectory, "allocine_train_2000.csv"));
        ReportBinary(writer, "French: Allociné user reviews (<= 2/5 vs >= 4/5)", allocine, analyzer, naive, french: true, "fr", verbose);

        // Themes of the development set are scored out of fold: each writer's rows by a model trained on the other writers'
        // rows, which is how the shipped model meets a writer it has never read. Risks and sentiment come from the shipped
        // analyzer (no learning in them).
        var development = ThemeExample.ReadDevelopmentSet(dataDirectory);
        var outOfFold = ThemeModelCrossValidation.OutOfFold(development, ThemeTrainingSettings.Shipped);
        var writers = development.Select(e => e.Group).Distinct().Count();
        ReportAnnotated(
            writer,
            [.. Directory.GetFiles(dataDirectory, "annotated_reviews*.tsv").Order(StringComparer.Ordinal).SelectMany(ReadRows)],
            $"Annotated development set, {writers} writers: themes out of fold (each writer's rows scored by a model trained on the other writers' rows); risks and negative flag from the shipped analyzer",
            analyzer,
            naive,
            verbose && args.Contains("--annotated-errors"),
            id => outOfFold[id]);

        // The blind set: never tuned on, scored only on request (--blind) once a round of tuning is over, and its
        // misclassified rows are never printed, so that it stays blind.
        if (args.Contains("--blind"))
        {
            ReportAnnotated(
                writer,
                ReadRows(Path.Combine(dataDirectory, "heldout_reviews.tsv")),
                "Held-out annotated set, blind: written by another team member after the analyzer was tuned, never used for tuning",
                analyzer,
                naive,
                verbose: false);
        }
        else
        {
            writer.WriteLine("Blind set (heldout_reviews.tsv): not scored; pass --blind at the end of a tuning round, never while tuning.");
        }

        return 0;
    }

    internal static List<(string Text, bool Negative)> ReadBooking(string path)
    {
        // Negative-box text of reviews scored 6 or less vs positive-box text of reviews scored 8.5 or more, at least 3 words
        // each: the box says which it is, the score confirms the reviewer meant it.
        var rows = new List<(string, bool)>();
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var score = double.Parse(csv.GetField("Reviewer_Score")!, CultureInfo.InvariantCulture);
            var negative = csv.GetField("Negative_Review")!.Trim();
            var positive = csv.GetField("Positive_Review")!.Trim();
            if (score <= 6 && negative != "No Negative" && WordCount(negative) >= 3)
            {
                rows.Add((negative, true));
            }

            if (score >= 8.5 && positive != "No Positive" && WordCount(positive) >= 3)
            {
                rows.Add((positive, false));
            }
        }

        return rows;
    }

    private static List<(string Text, bool Negative)> ReadAllocine(string path)
    {
        var rows = new List<(string, bool)>();
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rows.Add((csv.GetField("text")!, csv.GetField("label") == "0"));
        }

        return rows;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static void ReportBinary(
        TextWriter writer, string title, List<(string Text, bool Negative)> rows, ReviewAnalyzer analyzer, NaiveLexiconSum naive, bool french, string hint, bool verbose)
    {
        writer.WriteLine($"## {title}");
        writer.WriteLine("| split | n | negatives | ReviewKit acc. | ReviewKit acc. (no language hint) | naive lexicon sum acc. |");
        writer.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, parity) in new[] { ("dev (even rows)", 0), ("held-out (odd rows)", 1) })
        {
            var split = rows.Where((_, i) => i % 2 == parity).ToList();
            int ok = 0, okDetected = 0, okNaive = 0;
            var errors = 0;
            foreach (var (text, negative) in split)
            {
                var a = analyzer.Analyze(text, hint);
                if ((a.Sentiment <= NegativeThreshold) == negative)
                {
                    ok++;
                }
                else if (verbose && parity == 0 && errors++ < 40)
                {
                    Console.Error.WriteLine($"[{(negative ? "NEG" : "POS")} {a.Sentiment:0.00}] {Truncate(text)}");
                }

                if ((analyzer.Analyze(text).Sentiment <= NegativeThreshold) == negative)
                {
                    okDetected++;
                }

                if ((naive.Score(text, french) < 0) == negative)
                {
                    okNaive++;
                }
            }

            var n = split.Count;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {n} | {split.Count(r => r.Negative)} | {(double)ok / n:0.000} | {(double)okDetected / n:0.000} | {(double)okNaive / n:0.000} |"));
        }

        writer.WriteLine();
    }

    /// <summary>The data rows of an annotated file (its header skipped), as cells.</summary>
    private static List<string[]> ReadRows(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 6)];

    private static void ReportAnnotated(
        TextWriter writer, List<string[]> rows, string title, ReviewAnalyzer analyzer, NaiveLexiconSum naive, bool verbose, Func<string, IEnumerable<string>>? themesOf = null)
    {
        var labels = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        int negOk = 0, negNaiveOk = 0, langOk = 0;
        foreach (var c in rows)
        {
            var (lang, text) = (c[1], c[2]);
            var expected = Ids(c[3]).Concat(Ids(c[4])).ToHashSet(StringComparer.Ordinal);
            var analysis = analyzer.Analyze(text);
            var themes = themesOf is null ? analysis.Themes.Select(t => t.ThemeId) : themesOf(c[0]);
            var found = themes.Concat(analysis.Risks.Select(r => r.RiskId)).ToHashSet(StringComparer.Ordinal);
            foreach (var id in expected.Union(found))
            {
                labels.TryGetValue(id, out var s);
                labels[id] = (s.Tp + (expected.Contains(id) && found.Contains(id) ? 1 : 0), s.Fp + (!expected.Contains(id) ? 1 : 0), s.Fn + (!found.Contains(id) ? 1 : 0));
            }

            if (verbose && !expected.SetEquals(found))
            {
                Console.Error.WriteLine($"{c[0]} expected [{string.Join(",", expected)}] found [{string.Join(",", found)}]");
            }

            var negative = c[5] == "true";
            negOk += (analysis.Sentiment <= NegativeThreshold) == negative ? 1 : 0;
            negNaiveOk += (naive.Score(text, lang == "fr") < 0) == negative ? 1 : 0;
            langOk += analysis.Language.ToString() == lang ? 1 : 0;
        }

        var themeIds = typeof(ThemeIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        writer.WriteLine($"## {title} ({rows.Count} rows, fr and en)");
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Language detected correctly: {(double)langOk / rows.Count:0.000}. Negative flag accuracy: ReviewKit {(double)negOk / rows.Count:0.000}, naive lexicon sum {(double)negNaiveOk / rows.Count:0.000}."));
        writer.WriteLine();
        writer.WriteLine("| label | kind | support | precision | recall | F1 |");
        writer.WriteLine("|---|---|---:|---:|---:|---:|");
        int tTp = 0, tFp = 0, tFn = 0, rTp = 0, rFp = 0, rFn = 0;
        foreach (var (id, (tp, fp, fn)) in labels.OrderBy(l => themeIds.Contains(l.Key) ? 0 : 1).ThenBy(l => l.Key, StringComparer.Ordinal))
        {
            var isTheme = themeIds.Contains(id);
            if (isTheme)
            {
                (tTp, tFp, tFn) = (tTp + tp, tFp + fp, tFn + fn);
            }
            else
            {
                (rTp, rFp, rFn) = (rTp + tp, rFp + fp, rFn + fn);
            }

            writer.WriteLine(Row(id, isTheme ? "theme" : "risk", tp, fp, fn));
        }

        writer.WriteLine(Row("**all themes (micro)**", "theme", tTp, tFp, tFn));
        writer.WriteLine(Row("**all risks (micro)**", "risk", rTp, rFp, rFn));
        writer.WriteLine();
    }

    private static string Row(string id, string kind, int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? double.NaN : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? double.NaN : (double)tp / (tp + fn);
        var f1 = double.IsNaN(p) || double.IsNaN(r) || p + r == 0 ? double.NaN : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"| {id} | {kind} | {tp + fn} | {Figure(p)} | {Figure(r)} | {Figure(f1)} |");

        // Precision is undefined when nothing was found: say so rather than print NaN.
        static string Figure(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Ids(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Truncate(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
