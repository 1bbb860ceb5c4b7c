using System.Text.RegularExpressions;

namespace ReviewKit.Reporting.Tests.Support;

/// <summary>
/// Checks the renderer's Markdown: code fences only around Mermaid blocks, Mermaid lines of the expected shapes only,
/// tables with the same number of cells on every row, no HTML, no link or image syntax outside escapes.
/// </summary>
internal static partial class MarkdownStructure
{
    [GeneratedRegex("^(xychart-beta( horizontal)?|---|config:|  themeVariables:|    xyChart:|      plotColorPalette: \"#[0-9a-f]{6}(, #[0-9a-f]{6})*\"|    title \"[^\"]*\"|    x-axis \\[(\"[\\p{L}\\p{N}\\p{Cs} \\-_.,/()'…]*\"(, )?)*\\]|    y-axis \"[^\"]*\" 0 --> [0-9.]+|    (bar|line) \\[([0-9.]+(, )?)*\\])$")]
    private static partial Regex MermaidLine();

    [GeneratedRegex("(?<!\\\\)\\]\\(")]
    private static partial Regex LinkSyntax();

    public static IReadOnlyList<string> Problems(string markdown, out int mermaidBlocks)
    {
        var problems = new List<string>();
        mermaidBlocks = 0;
        var inMermaid = false;
        var tableCells = -1;
        foreach (var line in markdown.Split('\n'))
        {
            if (inMermaid)
            {
                if (line == "```")
                {
                    inMermaid = false;
                }
                else if (!MermaidLine().IsMatch(line))
                {
                    problems.Add($"unexpected Mermaid line: {line}");
                }

                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                if (line == "```mermaid")
                {
                    inMermaid = true;
                    mermaidBlocks++;
                }
                else
                {
                    problems.Add($"unexpected fence: {line}");
                }

                continue;
            }

            var afterQuoteMarker = line.StartsWith("> ", StringComparison.Ordinal) ? line[2..] : line;
            if (line.Contains('<', StringComparison.Ordinal) || afterQuoteMarker.Contains('>', StringComparison.Ordinal))
            {
                problems.Add($"raw '<' or '>': {line}");
            }

            if (LinkSyntax().IsMatch(line))
            {
                problems.Add($"link syntax: {line}");
            }

            if (line.StartsWith('|'))
            {
                var cells = UnescapedPipes(line);
                if (tableCells < 0)
                {
                    tableCells = cells;
                }
                else if (cells != tableCells)
                {
                    problems.Add($"table row with {cells} pipes instead of {tableCells}: {line}");
                }
            }
            else
            {
                tableCells = -1;
            }
        }

        if (inMermaid)
        {
            problems.Add("unclosed Mermaid block");
        }

        return problems;
    }

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
