using System.Globalization;
using System.Text;

namespace ReviewKit.Responses;

/// <summary>A parsed template: literal text and placeholders, in order.</summary>
internal readonly record struct TemplateSegment(string Text, bool IsPlaceholder);

/// <summary>Parses template texts and turns host values into plain text. Linear scanners, no regular expression.</summary>
internal static class TemplateText
{
    /// <summary>The longest template text.</summary>
    public const int MaxLength = 4_096;

    /// <summary>Parses <paramref name="text"/>; returns the segments and adds one message per problem to <paramref name="errors"/>.</summary>
    public static List<TemplateSegment> Parse(string text, List<string> errors)
    {
        var segments = new List<TemplateSegment>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i += 2;
                continue;
            }

            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i += 2;
                continue;
            }

            if (c == '}')
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"unmatched '}}' at position {i} (write '}}}}' for a literal brace)"));
                i++;
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }

            var close = i + 1;
            while (close < text.Length && text[close] is not ('}' or '{'))
            {
                close++;
            }

            if (close >= text.Length || text[close] == '{')
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"unclosed placeholder '{{' at position {i} (write '{{{{' for a literal brace)"));
                i++;
                continue;
            }

            var name = text[(i + 1)..close];
            if (!ReplyPlaceholders.All.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"unknown placeholder {{{Shorten(name)}}}; the known placeholders are {string.Join(", ", ReplyPlaceholders.All.Select(static p => "{" + p + "}"))}");
            }
            else
            {
                if (literal.Length > 0)
                {
                    segments.Add(new TemplateSegment(literal.ToString(), false));
                    literal.Clear();
                }

                segments.Add(new TemplateSegment(name, true));
            }

            i = close + 1;
        }

        if (literal.Length > 0)
        {
            segments.Add(new TemplateSegment(literal.ToString(), false));
        }

        if (!segments.Any(static s => s.IsPlaceholder && s.Text == ReplyPlaceholders.Signature))
        {
            errors.Add("missing placeholder {Signature}: every reply is signed by a person");
        }

        if (text.Contains('<', StringComparison.Ordinal) || ContainsLink(text))
        {
            errors.Add("markup or link in the template: a reply is plain text ('<', 'http://', 'www.' are not allowed)");
        }

        return segments;
    }

    /// <summary>
    /// Turns a host value into one line of plain text: markup tags and '&lt;'/'&gt;' removed, links (anything with
    /// "://", or starting with "www.") removed, control characters and line breaks turned into spaces, spaces collapsed.
    /// </summary>
    public static string PlainText(string value)
    {
        var withoutTags = new StringBuilder(value.Length);
        var inTag = false;
        foreach (var c in value)
        {
            if (c == '<')
            {
                inTag = true;
                continue;
            }

            if (c == '>')
            {
                inTag = false;
                continue;
            }

            if (!inTag)
            {
                withoutTags.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
            }
        }

        var result = new StringBuilder(withoutTags.Length);
        foreach (var word in withoutTags.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ContainsLink(word))
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(word);
        }

        return result.ToString();
    }

    private static bool ContainsLink(string text) =>
        text.Contains("://", StringComparison.Ordinal)
        || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || text.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("](", StringComparison.Ordinal);

    private static string Shorten(string name) => name.Length <= 40 ? name : string.Concat(name.AsSpan(0, 40), "...");
}
