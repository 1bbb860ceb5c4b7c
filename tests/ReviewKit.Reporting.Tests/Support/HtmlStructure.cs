using System.Text.RegularExpressions;

namespace ReviewKit.Reporting.Tests.Support;

/// <summary>
/// A strict little checker of the renderer's HTML: every tag is one the renderer writes, every attribute one it uses,
/// tags are balanced, and no '&lt;' or '&gt;' is left in text. Untrusted text that escaped escaping breaks one of these.
/// </summary>
internal static partial class HtmlStructure
{
    private static readonly HashSet<string> Tags =
    [
        "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "h1", "h2", "h3", "h4", "p", "dl", "div", "dt", "dd",
        "figure", "figcaption", "table", "caption", "thead", "tbody", "tr", "th", "td", "blockquote",
        "svg", "desc", "rect", "line", "polyline", "circle", "text",
    ];

    private static readonly HashSet<string> VoidTags = ["meta"];

    private static readonly HashSet<string> Attributes =
    [
        "lang", "charset", "name", "content", "http-equiv", "id", "class", "data-chart-count", "data-chart", "aria-labelledby", "scope",
        "xmlns", "viewBox", "role", "preserveAspectRatio", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "points",
        "transform", "text-anchor",
    ];

    [GeneratedRegex("<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[A-Za-z][A-Za-z0-9:-]*=\"[^\"<>]*\")*)\\s*(/?)>")]
    private static partial Regex TagRegex();

    [GeneratedRegex("\\s+([A-Za-z][A-Za-z0-9:-]*)=\"")]
    private static partial Regex AttributeRegex();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleRegex();

    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        if (!html.StartsWith("<!DOCTYPE html>\n", StringComparison.Ordinal))
        {
            problems.Add("no doctype");
        }

        var body = StyleRegex().Replace(html["<!DOCTYPE html>".Length..], "<style></style>");
        var stack = new Stack<string>();
        var position = 0;
        foreach (Match tag in TagRegex().Matches(body))
        {
            CheckText(body[position..tag.Index], problems);
            position = tag.Index + tag.Length;
            var name = tag.Groups[2].Value;
            var closing = tag.Groups[1].Value == "/";
            var selfClosing = tag.Groups[4].Value == "/";
            if (!Tags.Contains(name))
            {
                problems.Add($"unexpected tag <{name}>");
            }

            foreach (Match attribute in AttributeRegex().Matches(tag.Groups[3].Value))
            {
                if (!Attributes.Contains(attribute.Groups[1].Value))
                {
                    problems.Add($"unexpected attribute {attribute.Groups[1].Value} on <{name}>");
                }
            }

            if (closing)
            {
                if (stack.Count == 0 || stack.Pop() != name)
                {
                    problems.Add($"unbalanced </{name}> at {tag.Index}");
                    return problems;
                }
            }
            else if (!selfClosing && !VoidTags.Contains(name))
            {
                stack.Push(name);
            }
        }

        CheckText(body[position..], problems);
        if (stack.Count > 0)
        {
            problems.Add($"unclosed <{string.Join(">, <", stack)}>");
        }

        return problems;
    }

    public static int Count(string html, string tag) =>
        Regex.Matches(html, $"<{tag}[\\s>]").Count;

    private static void CheckText(string text, List<string> problems)
    {
        if (text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal))
        {
            problems.Add($"raw '<' or '>' in text: {text[..Math.Min(80, text.Length)]}");
        }
    }
}
