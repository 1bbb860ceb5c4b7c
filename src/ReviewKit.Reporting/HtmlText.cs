using System.Text;

namespace ReviewKit.Reporting;

/// <summary>HTML escaping for text content and attribute values (both quoted with double quotes).</summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/>, cleaned of control characters, with <c>&amp; &lt; &gt; " '</c> escaped.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder builder, string text)
    {
        foreach (var c in ReportText.Clean(text))
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder;
    }

    public static string Escape(string text) => new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();
}
