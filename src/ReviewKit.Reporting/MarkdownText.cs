using System.Text;

namespace ReviewKit.Reporting;

/// <summary>
/// Markdown escaping for untrusted text in paragraphs, list items, block quotes and table cells (GitHub and GitLab
/// flavours): the text renders literally and cannot open HTML, links, images, emphasis, code, math, tables or new
/// blocks.
/// </summary>
internal static class MarkdownText
{
    // Inline syntax anywhere on a line: code, emphasis, links and images (a "(" alone opens nothing once "[" is escaped),
    // table cells, strikethrough, math.
    private const string AlwaysEscaped = "\\`*_{}[]|~$!";

    // Block syntax when the text starts a line (it does inside a block quote): headings, lists, setext underlines.
    private const string EscapedAtLineStart = "#+-=";

    /// <summary>Appends <paramref name="text"/> on one line, every Markdown and HTML meta character neutralised.</summary>
    /// <param name="builder">Where to append.</param>
    /// <param name="text">The untrusted text.</param>
    /// <param name="atLineStart">Whether the text starts a line where block syntax applies (a block quote's content), so
    /// that a leading heading, list or ordered-list marker must be escaped too. Table cells and text after a prefix need not.</param>
    public static StringBuilder AppendMarkdownEscaped(this StringBuilder builder, string text, bool atLineStart = false)
    {
        var onlyDigitsSoFar = true;
        var first = true;
        foreach (var c in ReportText.Clean(text))
        {
            var escapeHere = AlwaysEscaped.Contains(c, StringComparison.Ordinal)
                || (atLineStart && first && EscapedAtLineStart.Contains(c, StringComparison.Ordinal))
                || (atLineStart && c is '.' or ')' && onlyDigitsSoFar && !first);
            onlyDigitsSoFar &= char.IsAsciiDigit(c);
            first = false;
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '@':
                    // A zero-width space after '@' keeps a quote from mentioning (and notifying) a user or team.
                    builder.Append("@\u200B");
                    break;
                default:
                    if (escapeHere)
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder;
    }

    public static string Escape(string text, bool atLineStart = false) => new StringBuilder(text.Length + 16).AppendMarkdownEscaped(text, atLineStart).ToString();

    /// <summary>
    /// Turns text into a Mermaid label: letters, digits, spaces and <c>- _ . , / ( ) '</c> only, at most
    /// <paramref name="maxLength"/> characters, so that it can neither close the quoted string nor the code block nor
    /// start a directive or an HTML label. Returns <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string MermaidLabel(string text, int maxLength, string fallback)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 8));
        var lastWasSpace = true;
        foreach (var rune in text.EnumerateRunes())
        {
            var keep = Rune.IsLetterOrDigit(rune) || (rune.IsAscii && "-_.,/()'".Contains((char)rune.Value, StringComparison.Ordinal));
            if (keep)
            {
                builder.Append(rune.ToString());
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }

            if (builder.Length > maxLength + 4)
            {
                break;
            }
        }

        var label = builder.ToString().Trim();
        return label.Length == 0 ? fallback : ReportText.Shorten(label, maxLength);
    }
}
