using System.Text;

namespace ReviewKit.Reporting;

/// <summary>
/// Renders a <see cref="QualityReport"/> as a document: <see cref="HtmlReportRenderer"/> (one self-contained HTML page)
/// and <see cref="MarkdownReportRenderer"/> (Markdown with Mermaid charts) are the two formats. Hosts that let their
/// users pick a format can hold either as a <see cref="QualityReportRenderer"/>.
/// </summary>
/// <remarks>
/// <para>Each renderer builds the whole document in memory, then returns or writes it; the writer is never closed and
/// should encode UTF-8 (the HTML page declares <c>charset=utf-8</c>).</para>
/// <para>Renderers are stateless and thread-safe. Only this package defines renderers.</para>
/// </remarks>
public abstract class QualityReportRenderer
{
    private protected QualityReportRenderer()
    {
    }

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The complete document (for HTML, starting with <c>&lt;!DOCTYPE html&gt;</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public string Render(QualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Build(report).ToString();
    }

    /// <summary>Writes the report to <paramref name="writer"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; should encode UTF-8. Not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public void Render(QualityReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Build(report));
    }

    /// <summary>Writes the report to <paramref name="writer"/>, asynchronously.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; should encode UTF-8. Not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task RenderAsync(QualityReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        cancellationToken.ThrowIfCancellationRequested();
        return writer.WriteAsync(Build(report), cancellationToken);
    }

    /// <summary>Builds the whole document of <paramref name="report"/> (not null).</summary>
    private protected abstract StringBuilder Build(QualityReport report);
}
