using ReviewKit.Reviews;

namespace ReviewKit.Import;

/// <summary>
/// Which columns of a CSV file hold which part of a review, for <see cref="CsvReviewImporter"/>. Columns are named by
/// their header text (ordinal, case-sensitive, surrounding spaces ignored).
/// </summary>
/// <remarks>
/// <para>Only <see cref="Source"/> and <see cref="PublishedColumn"/> are required. Every other column is optional: a
/// column left <see langword="null"/> is not read.</para>
/// <para><b>Id.</b> With <see cref="IdColumn"/> the platform id is that column's value. Without it (many exports have no
/// id) the id is a content hash of every mapped column of the row, so the same row always gets the same id and
/// importing the file twice changes nothing; two rows with identical content are then the same review.</para>
/// <para><b>Dates.</b> <see cref="PublishedColumn"/>, <see cref="UpdatedColumn"/> and <see cref="ReplyDateColumn"/> are read
/// with the NodaTime <see cref="DateTimePattern"/> (a date-only pattern gives midnight) in <see cref="TimeZone"/>;
/// a local time skipped by a daylight-saving change is moved forward and an ambiguous one takes the earlier instant.</para>
/// <para>A plain options object: set it up, then hand it to <see cref="CsvReviewImporter"/>, which validates it (reporting
/// every problem at once) and copies it. Not thread-safe while being changed.</para>
/// </remarks>
public sealed class CsvColumnMapping
{
    /// <summary>Gets or sets the channel the reviews of the file come from (required).</summary>
    /// <value>The default value is the default <see cref="ReviewSource"/>, which is not valid: set it.</value>
    public ReviewSource Source { get; set; }

    /// <summary>Gets or sets the column of the platform's review id, or <see langword="null"/> to derive the id from the row's content.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? IdColumn { get; set; }

    /// <summary>Gets or sets the column of the publication date or date and time (required).</summary>
    /// <value>The default value is <see langword="null"/>, which is not valid: set it.</value>
    public string? PublishedColumn { get; set; }

    /// <summary>Gets or sets the column of the last edit's date and time, or <see langword="null"/>; an empty cell means never edited.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? UpdatedColumn { get; set; }

    /// <summary>Gets or sets the NodaTime <c>LocalDateTime</c> pattern of the date columns, with the invariant culture, for example <c>M/d/yyyy</c> or <c>dd/MM/uuuu HH:mm</c>.</summary>
    /// <value>The default value is <c>uuuu'-'MM'-'dd'T'HH':'mm':'ss</c> (ISO 8601 without offset).</value>
    public string DateTimePattern { get; set; } = "uuuu'-'MM'-'dd'T'HH':'mm':'ss";

    /// <summary>Gets or sets the time zone the dates of the file are written in.</summary>
    /// <value>The default value is UTC.</value>
    public DateTimeZone TimeZone { get; set; } = DateTimeZone.Utc;

    /// <summary>Gets or sets the column of the rating, or <see langword="null"/> when the file has none; an empty cell gives an unrated review.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? RatingColumn { get; set; }

    /// <summary>Gets or sets the scale of <see cref="RatingColumn"/>; ratings are numbers with '.' or ',' as decimal separator.</summary>
    /// <value>The default value is <see cref="RatingScale.FiveStars"/>.</value>
    public RatingScale RatingScale { get; set; } = RatingScale.FiveStars;

    /// <summary>
    /// Gets the columns that make the text, in order: their non-empty values are joined with a line feed (for example a
    /// "what went wrong" and a "what was good" column). Empty when the file has no text.
    /// </summary>
    public IList<string> TextColumns { get; } = [];

    /// <summary>Gets the cell values that mean "left empty" in a text column (compared ignoring case and surrounding spaces), for example <c>No Negative</c>.</summary>
    public IList<string> EmptyTextMarkers { get; } = [];

    /// <summary>Gets or sets the column of the title, or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? TitleColumn { get; set; }

    /// <summary>Gets or sets the column of the author's display name, or <see langword="null"/>; an empty cell gives <see cref="ReviewAuthor.Anonymous"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? AuthorColumn { get; set; }

    /// <summary>Gets or sets the column of the location (shop, hotel, business unit), or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? LocationColumn { get; set; }

    /// <summary>Gets or sets the column of the BCP 47 language tag, or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? LanguageColumn { get; set; }

    /// <summary>Gets or sets the column of the order or booking reference, or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? OrderReferenceColumn { get; set; }

    /// <summary>Gets or sets the column of the business's public reply already posted, or <see langword="null"/>; requires <see cref="ReplyDateColumn"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ReplyColumn { get; set; }

    /// <summary>Gets or sets the column of the public reply's date and time, or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ReplyDateColumn { get; set; }

    /// <summary>Gets the columns kept in <see cref="Review.Metadata"/>: column name to metadata key. Empty cells are left out.</summary>
    public IDictionary<string, string> MetadataColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the field delimiter.</summary>
    /// <value>The default value is <c>,</c>; French spreadsheets often export <c>;</c>.</value>
    public string Delimiter { get; set; } = ",";
}
