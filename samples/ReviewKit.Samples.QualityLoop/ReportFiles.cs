using System.Text;
using ReviewKit.Improvement;
using ReviewKit.Reporting;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>Step 7: writes the report as report.md (Markdown with Mermaid charts) and report.html (one self-contained page, inline SVG).</summary>
public static class ReportFiles
{
    public const string DefaultDirectory = "quality-loop-output";

    /// <summary>The output directory: <c>--output DIR</c>, or <c>./quality-loop-output</c> under the current directory.</summary>
    public static string OutputDirectory(string[] args)
    {
        var at = Array.IndexOf(args, "--output");
        if (at >= 0 && (at + 1 >= args.Length || string.IsNullOrWhiteSpace(args[at + 1])))
        {
            throw new ArgumentException("--output needs a directory.", nameof(args));
        }

        return Path.GetFullPath(at >= 0 ? args[at + 1] : DefaultDirectory);
    }

    public static async Task<(string Markdown, string Html)> WriteAsync(QualityReport report, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var markdown = Path.Combine(directory, "report.md");
        var html = Path.Combine(directory, "report.html");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        await File.WriteAllTextAsync(markdown, new MarkdownReportRenderer().Render(report), utf8, cancellationToken);
        await File.WriteAllTextAsync(html, new HtmlReportRenderer().Render(report), utf8, cancellationToken);
        return (markdown, html);
    }
}
