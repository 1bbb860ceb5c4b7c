using System.Text;
using ReviewKit.Reporting;
using ReviewKit.Samples.Reporting;

// Writes the example quality report as HTML and Markdown, for the browser check (.ci/check-report-html) and for a look:
//   dotnet run --project samples/ReviewKit.Samples.Reporting -- --example-report artifacts/example-report.html
// The Markdown goes beside the HTML, with the .md extension. With --hostile, every label and quote also carries
// script, SVG, Markdown and Mermaid breakers, to check in a browser that nothing runs and nothing breaks.
var htmlPath = Path.GetFullPath("example-report.html");
var hostile = false;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--example-report" && i + 1 < args.Length)
    {
        htmlPath = Path.GetFullPath(args[++i]);
    }
    else if (args[i] == "--hostile")
    {
        hostile = true;
    }
    else
    {
        Console.Error.WriteLine("usage: ReviewKit.Samples.Reporting [--example-report PATH.html] [--hostile]");
        return 2;
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(htmlPath)!);
var markdownPath = Path.ChangeExtension(htmlPath, ".md");
var report = hostile ? ExampleReport.CreateHostile() : ExampleReport.Create();
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
await using (var html = new StreamWriter(htmlPath, append: false, utf8))
{
    await new HtmlReportRenderer().RenderAsync(report, html);
}

await using (var markdown = new StreamWriter(markdownPath, append: false, utf8))
{
    await new MarkdownReportRenderer().RenderAsync(report, markdown);
}

Console.WriteLine($"{report}");
Console.WriteLine($"HTML:     {htmlPath}");
Console.WriteLine($"Markdown: {markdownPath}");
return 0;
