using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using ReviewKit.Import.Internal;

namespace ReviewKit.Import;

/// <summary>
/// Reads reviews from any CSV file through a <see cref="CsvColumnMapping"/>. The file is parsed by CsvHelper (quoted
/// fields, embedded delimiters and line breaks, doubled quotes) and streamed: one record in memory at a time.
/// </summary>
/// <remarks>
/// <para><b>Rows.</b> The first record is the header. Every following record yields one <see cref="ImportResult"/> whose
/// <see cref="ImportResult.Position"/> is the line the record starts on (the header is line 1): imported, or rejected
/// with the column and the rule (a missing or unreadable date, a rating that is not a number of the scale, a record
/// with the wrong number of fields, bad quoting, a text over 100,000 characters...). No row is skipped. Cell values are
/// trimmed.</para>
/// <para><b>File.</b> A header without one of the mapped columns throws <see cref="InvalidDataException"/> naming every
/// missing column, before any row is yielded.</para>
/// <para>Instances are immutable (the mapping is copied) and thread-safe; each call of <see cref="ReadAsync"/> is an independent pass.</para>
/// </remarks>
public sealed class CsvReviewImporter
{
    private readonly CsvRowMapper _mapper;
    private readonly string _delimiter;

    /// <summary>Creates the importer.</summary>
    /// <param name="mapping">Which columns hold which part of a review; validated and copied.</param>
    /// <param name="options">The settings; the defaults of <see cref="ReviewImportOptions"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="mapping"/> is not usable (the message lists every problem: no source, no published column, an
    /// invalid date pattern, a reply column without its date column, a blank column name...), or
    /// <paramref name="options"/> is invalid.
    /// </exception>
    public CsvReviewImporter(CsvColumnMapping mapping, ReviewImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var (replyAuthor, locationId) = ImportSettings.From(options, nameof(options));
        _mapper = CsvRowMapper.Create(mapping, replyAuthor, locationId, nameof(mapping));
        _delimiter = mapping.Delimiter;
    }

    /// <summary>Streams the reviews of a CSV file, one result per record after the header, in file order.</summary>
    /// <param name="reader">The CSV text, header first; read forward only and left open.</param>
    /// <param name="cancellationToken">Stops the import between two records.</param>
    /// <returns>One <see cref="ImportResult"/> per record, imported or rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">While enumerating: the file is empty or its header lacks mapped columns.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ImportResult> ReadAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCoreAsync(reader, cancellationToken);
    }

    private async IAsyncEnumerable<ImportResult> ReadCoreAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = _delimiter,
            BadDataFound = args => badData ??= args.Field,
            CountBytes = false,
            TrimOptions = TrimOptions.Trim,
        };
        using var parser = new CsvParser(reader, configuration, leaveOpen: true);
        cancellationToken.ThrowIfCancellationRequested();
        if (!await parser.ReadAsync().ConfigureAwait(false))
        {
            throw new InvalidDataException("The CSV is empty: expected a header row naming the columns.");
        }

        using var columns = _mapper.Bind(parser.Record ?? []);
        var previousEnd = parser.RawRow;
        while (await parser.ReadAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            long line = previousEnd + 1;
            previousEnd = parser.RawRow;
            if (parser.Count != columns.HeaderCount)
            {
                yield return ImportResult.Rejected(line, new ImportRejection(
                    "(row)", string.Create(CultureInfo.InvariantCulture, $"the record has {parser.Count} fields; the header has {columns.HeaderCount}.")));
                continue;
            }

            // CsvHelper reports bad quoting when a field is read, so map first and then look.
            badData = null;
            var result = _mapper.Map(parser, columns, line);
            if (badData is { } bad)
            {
                yield return ImportResult.Rejected(line, new ImportRejection(
                    "(row)", $"the record has a quote inside an unquoted field ('{Fields.Clip(bad.Trim())}'); quote the field and double its quotes."));
                continue;
            }

            yield return result;
        }
    }
}
