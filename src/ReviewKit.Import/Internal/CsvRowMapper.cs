using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using NodaTime.Text;
using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Import.Internal;

/// <summary>A validated, frozen copy of a <see cref="CsvColumnMapping"/> and the code that maps one record with it.</summary>
internal sealed class CsvRowMapper
{
    private const int MaxMetadataValueLength = 4_096;

    private readonly ReviewSource _source;
    private readonly string? _idColumn;
    private readonly string _publishedColumn;
    private readonly string? _updatedColumn;
    private readonly LocalDateTimePattern _pattern;
    private readonly string _patternText;
    private readonly DateTimeZone _zone;
    private readonly string? _ratingColumn;
    private readonly RatingScale _scale;
    private readonly string[] _textColumns;
    private readonly string[] _emptyMarkers;
    private readonly string? _titleColumn;
    private readonly string? _authorColumn;
    private readonly string? _locationColumn;
    private readonly string? _languageColumn;
    private readonly string? _orderColumn;
    private readonly string? _replyColumn;
    private readonly string? _replyDateColumn;
    private readonly KeyValuePair<string, string>[] _metadataColumns;
    private readonly Actor _replyAuthor;
    private readonly string? _fixedLocation;

    private CsvRowMapper(CsvColumnMapping m, LocalDateTimePattern pattern, Actor replyAuthor, string? fixedLocation)
    {
        _source = m.Source;
        _idColumn = Name(m.IdColumn);
        _publishedColumn = Name(m.PublishedColumn)!;
        _updatedColumn = Name(m.UpdatedColumn);
        _pattern = pattern;
        _patternText = m.DateTimePattern;
        _zone = m.TimeZone;
        _ratingColumn = Name(m.RatingColumn);
        _scale = m.RatingScale;
        _textColumns = [.. m.TextColumns.Select(c => c.Trim())];
        _emptyMarkers = [.. m.EmptyTextMarkers.Select(c => c.Trim())];
        _titleColumn = Name(m.TitleColumn);
        _authorColumn = Name(m.AuthorColumn);
        _locationColumn = Name(m.LocationColumn);
        _languageColumn = Name(m.LanguageColumn);
        _orderColumn = Name(m.OrderReferenceColumn);
        _replyColumn = Name(m.ReplyColumn);
        _replyDateColumn = Name(m.ReplyDateColumn);
        _metadataColumns = [.. m.MetadataColumns.Select(p => KeyValuePair.Create(p.Key.Trim(), p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal)];
        _replyAuthor = replyAuthor;
        _fixedLocation = fixedLocation;
    }

    public static CsvRowMapper Create(CsvColumnMapping mapping, Actor replyAuthor, string? fixedLocation, string paramName)
    {
        var problems = new List<string>();
        if (mapping.Source == default)
        {
            problems.Add("Source is required (for example ReviewSource.Booking).");
        }

        if (string.IsNullOrWhiteSpace(mapping.PublishedColumn))
        {
            problems.Add("PublishedColumn is required: every review has a publication date.");
        }

        LocalDateTimePattern? pattern = null;
        if (string.IsNullOrWhiteSpace(mapping.DateTimePattern))
        {
            problems.Add("DateTimePattern is required.");
        }
        else
        {
            try
            {
                pattern = LocalDateTimePattern.CreateWithInvariantCulture(mapping.DateTimePattern);
            }
            catch (InvalidPatternException e)
            {
                problems.Add($"DateTimePattern '{mapping.DateTimePattern}' is not a NodaTime LocalDateTime pattern: {e.Message}");
            }
        }

        if (mapping.TimeZone is null)
        {
            problems.Add("TimeZone is required.");
        }

        if (mapping.RatingColumn is not null && mapping.RatingScale == default)
        {
            problems.Add("RatingScale must be set when RatingColumn is.");
        }

        if ((mapping.ReplyColumn is null) != (mapping.ReplyDateColumn is null))
        {
            problems.Add("ReplyColumn and ReplyDateColumn go together: a reply is placed in the case timeline at its date.");
        }

        if (string.IsNullOrEmpty(mapping.Delimiter))
        {
            problems.Add("Delimiter must not be empty.");
        }

        CheckName(mapping.IdColumn, nameof(mapping.IdColumn), problems);
        CheckName(mapping.UpdatedColumn, nameof(mapping.UpdatedColumn), problems);
        CheckName(mapping.RatingColumn, nameof(mapping.RatingColumn), problems);
        CheckName(mapping.TitleColumn, nameof(mapping.TitleColumn), problems);
        CheckName(mapping.AuthorColumn, nameof(mapping.AuthorColumn), problems);
        CheckName(mapping.LocationColumn, nameof(mapping.LocationColumn), problems);
        CheckName(mapping.LanguageColumn, nameof(mapping.LanguageColumn), problems);
        CheckName(mapping.OrderReferenceColumn, nameof(mapping.OrderReferenceColumn), problems);
        CheckName(mapping.ReplyColumn, nameof(mapping.ReplyColumn), problems);
        CheckName(mapping.ReplyDateColumn, nameof(mapping.ReplyDateColumn), problems);
        foreach (var column in mapping.TextColumns)
        {
            if (string.IsNullOrWhiteSpace(column))
            {
                problems.Add("TextColumns must not hold an empty column name.");
            }
        }

        foreach (var marker in mapping.EmptyTextMarkers)
        {
            if (marker is null)
            {
                problems.Add("EmptyTextMarkers must not hold null.");
            }
        }

        foreach (var (column, key) in mapping.MetadataColumns)
        {
            if (string.IsNullOrWhiteSpace(column) || string.IsNullOrWhiteSpace(key) || key.Length > 128)
            {
                problems.Add($"MetadataColumns['{column}'] must map a column name to a key of 1 to 128 characters.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The CSV column mapping is not usable: " + string.Join(" ", problems), paramName);
        }

        return new CsvRowMapper(mapping, pattern!, replyAuthor, fixedLocation);
    }

    /// <summary>Finds the mapped columns in the header; throws naming every missing one.</summary>
    public Columns Bind(string[] header)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = header.Length - 1; i >= 0; i--)
        {
            byName[header[i].Trim()] = i;
        }

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        int Index(string? column)
        {
            if (column is null)
            {
                return -1;
            }

            if (byName.TryGetValue(column, out var index))
            {
                return index;
            }

            missing.Add(column);
            return -1;
        }

        var columns = new Columns
        {
            HeaderCount = header.Length,
            Id = Index(_idColumn),
            Published = Index(_publishedColumn),
            Updated = Index(_updatedColumn),
            Rating = Index(_ratingColumn),
            Text = [.. _textColumns.Select(Index)],
            Title = Index(_titleColumn),
            Author = Index(_authorColumn),
            Location = Index(_locationColumn),
            Language = Index(_languageColumn),
            Order = Index(_orderColumn),
            Reply = Index(_replyColumn),
            ReplyDate = Index(_replyDateColumn),
            Metadata = [.. _metadataColumns.Select(p => Index(p.Key))],
        };
        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                $"The CSV header lacks the mapped column(s) {string.Join(", ", missing.Select(c => $"'{c}'"))}; it has {string.Join(", ", header.Select(h => $"'{h.Trim()}'"))}.");
        }

        return columns;
    }

    public ImportResult Map(IParser row, Columns columns, long line)
    {
        columns.NextRecord();
        try
        {
            return MapCore(row, columns, line);
        }
        catch (RowRejectedException e)
        {
            return ImportResult.Rejected(line, e.Rejection);
        }
        catch (ArgumentException e)
        {
            return ImportResult.Rejected(line, new ImportRejection(e.ParamName ?? "(row)", e.Message));
        }
    }

    private ImportResult MapCore(IParser row, Columns columns, long line)
    {
        var publishedText = columns.Cell(row, columns.Published);
        var publishedAt = Date(publishedText, _publishedColumn)
            ?? throw new RowRejectedException(_publishedColumn, $"is required: a date matching '{_patternText}'.");
        var updatedAt = Fields.UpdatedAt(publishedAt, Date(columns.Cell(row, columns.Updated), _updatedColumn!), _updatedColumn!, _publishedColumn);

        var ratingText = columns.Cell(row, columns.Rating);
        Rating? rating = null;
        if (ratingText.Length > 0)
        {
            if (!TryParseNumber(ratingText, out var value) || !_scale.Contains(value))
            {
                throw new RowRejectedException(
                    _ratingColumn!,
                    string.Create(CultureInfo.InvariantCulture, $"'{Fields.Clip(ratingText)}' is not a number within [{_scale.Min}, {_scale.Max}]."));
            }

            rating = new Rating(value, _scale);
        }

        var text = Text(row, columns);
        var title = columns.Cell(row, columns.Title);
        var author = columns.Cell(row, columns.Author);
        var location = _fixedLocation ?? Fields.Label(columns.Cell(row, columns.Location), _locationColumn ?? "(location)");
        var languageText = columns.Cell(row, columns.Language);
        var order = columns.Cell(row, columns.Order);

        Dictionary<string, string>? metadata = null;
        for (var i = 0; i < _metadataColumns.Length; i++)
        {
            var value = columns.Cell(row, columns.Metadata[i]);
            if (value.Length == 0)
            {
                continue;
            }

            if (value.Length > MaxMetadataValueLength)
            {
                throw new RowRejectedException(
                    _metadataColumns[i].Key, string.Create(CultureInfo.InvariantCulture, $"has {value.Length} characters; a metadata value has at most {MaxMetadataValueLength}."));
            }

            metadata ??= new Dictionary<string, string>(StringComparer.Ordinal);
            metadata[_metadataColumns[i].Value] = value;
        }

        var platformId = _idColumn is null
            ? ContentId(row, columns)
            : Fields.RequiredId(columns.Cell(row, columns.Id), _idColumn);
        var id = new ReviewId(_source, platformId);
        var review = new Review(
            id,
            publishedAt,
            Fields.Text(text, _textColumns.Length == 1 ? _textColumns[0] : "(text)"),
            title: title.Length == 0 ? null : Fields.Text(title, _titleColumn!),
            rating: rating,
            language: Fields.Language(languageText, _languageColumn ?? "(language)"),
            author: Fields.Author(author, _authorColumn ?? "(author)"),
            locationId: location,
            orderReference: Fields.Label(order, _orderColumn ?? "(order)"),
            updatedAt: updatedAt,
            metadata: metadata);

        PublicReplyPosted? reply = null;
        var replyText = columns.Cell(row, columns.Reply);
        if (replyText.Length > 0)
        {
            var repliedAt = Date(columns.Cell(row, columns.ReplyDate), _replyDateColumn!)
                ?? throw new RowRejectedException(_replyDateColumn!, $"is required when {_replyColumn} holds a reply: a date matching '{_patternText}'.");
            reply = new PublicReplyPosted(StableIds.Event("reply", id, repliedAt), repliedAt, _replyAuthor, Fields.Text(replyText, _replyColumn!));
        }

        return ImportResult.Imported(line, review, reply);
    }

    private string Text(IParser row, Columns columns)
    {
        string? first = null;
        string? joined = null;
        for (var i = 0; i < columns.Text.Length; i++)
        {
            var value = columns.Cell(row, columns.Text[i]);
            if (value.Length == 0 || IsEmptyMarker(value))
            {
                continue;
            }

            if (first is null)
            {
                first = value;
            }
            else
            {
                joined = string.Concat(joined ?? first, "\n", value);
            }
        }

        return joined ?? first ?? string.Empty;
    }

    private bool IsEmptyMarker(string value)
    {
        foreach (var marker in _emptyMarkers)
        {
            if (string.Equals(value, marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private Instant? Date(string text, string column)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var result = _pattern.Parse(text);
        return result.Success
            ? result.Value.InZoneLeniently(_zone).ToInstant()
            : throw new RowRejectedException(column, $"'{Fields.Clip(text)}' does not match the date pattern '{_patternText}'.");
    }

    /// <summary>The id of a row without an id column: a hash of every mapped cell, in a fixed order.</summary>
    private static string ContentId(IParser row, Columns columns)
    {
        var hash = columns.Hash;
        columns.AppendToHash(columns.Cell(row, columns.Published));
        columns.AppendToHash(columns.Cell(row, columns.Updated));
        columns.AppendToHash(columns.Cell(row, columns.Rating));
        foreach (var index in columns.Text)
        {
            columns.AppendToHash(columns.Cell(row, index));
        }

        columns.AppendToHash(columns.Cell(row, columns.Title));
        columns.AppendToHash(columns.Cell(row, columns.Author));
        columns.AppendToHash(columns.Cell(row, columns.Location));
        columns.AppendToHash(columns.Cell(row, columns.Language));
        columns.AppendToHash(columns.Cell(row, columns.Order));
        foreach (var index in columns.Metadata)
        {
            columns.AppendToHash(columns.Cell(row, index));
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..12]);
    }

    private static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        || (text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal)
            && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value));

    private static string? Name(string? column) => column?.Trim();

    private static void CheckName(string? column, string property, List<string> problems)
    {
        if (column is not null && string.IsNullOrWhiteSpace(column))
        {
            problems.Add($"{property} must be null or a column name, not blank.");
        }
    }

    /// <summary>
    /// The header positions of the mapped columns (-1 for a column that is not mapped), and the per-pass buffers:
    /// the current record's cells, read and trimmed once each, and the content hash. One instance per pass, never shared.
    /// </summary>
    internal sealed class Columns : IDisposable
    {
        private string?[] _cells = [];
        private byte[] _bytes = new byte[1024];

        public int HeaderCount
        {
            get => _cells.Length;
            init => _cells = new string?[value];
        }

        public int Id { get; init; }

        public int Published { get; init; }

        public int Updated { get; init; }

        public int Rating { get; init; }

        public int[] Text { get; init; } = [];

        public int Title { get; init; }

        public int Author { get; init; }

        public int Location { get; init; }

        public int Language { get; init; }

        public int Order { get; init; }

        public int Reply { get; init; }

        public int ReplyDate { get; init; }

        public int[] Metadata { get; init; } = [];

        public IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        /// <summary>Forgets the cells of the previous record.</summary>
        public void NextRecord() => Array.Clear(_cells);

        /// <summary>The trimmed cell of the current record; empty for an unmapped column.</summary>
        public string Cell(IParser row, int index)
        {
            if (index < 0)
            {
                return string.Empty;
            }

            return _cells[index] ??= row[index].Trim();
        }

        public void AppendToHash(string part)
        {
            var length = Encoding.UTF8.GetMaxByteCount(part.Length) + 1;
            if (_bytes.Length < length)
            {
                _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
            }

            var written = Encoding.UTF8.GetBytes(part, _bytes);
            _bytes[written] = 0x1f;
            Hash.AppendData(_bytes, 0, written + 1);
        }

        public void Dispose() => Hash.Dispose();
    }
}
