using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;
using NodaTime.Text;
using ReviewKit.Reviews;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>One row of the Booking.com CSV: the review it maps to, or why it could not be mapped.</summary>
/// <param name="Line">The row's line number in the file (the header is line 1).</param>
/// <param name="Review">The review, or null when the row was rejected.</param>
/// <param name="Error">Why the row was rejected, or null.</param>
public readonly record struct BookingCsvRow(long Line, Review? Review, string? Error);

/// <summary>
/// Maps the rows of the "515K Hotel Reviews Data in Europe" CSV (Booking.com) to <see cref="Review"/>s: the reviewer
/// score on Booking's 1 to 10 scale, the negative and positive boxes as the text, the hotel as the location, the review
/// date as the publication instant (midnight UTC). Every row comes out, mapped or rejected with its reason.
/// </summary>
public static class BookingCsv
{
    /// <summary>The name of the embedded copy of the data set.</summary>
    public const string EmbeddedResourceName = "booking_hotel_reviews.csv";

    private const string EmptyNegative = "No Negative";
    private const string EmptyPositive = "No Positive";
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("M/d/yyyy");

    /// <summary>Opens the embedded copy of the data set.</summary>
    /// <returns>A reader over the CSV text.</returns>
    public static TextReader OpenEmbedded()
    {
        var stream = typeof(BookingCsv).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{EmbeddedResourceName}' is missing from the sample.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>Reads every row of a Booking.com CSV.</summary>
    /// <param name="reader">The CSV text, with its header row.</param>
    /// <returns>One result per data row, in file order.</returns>
    public static IEnumerable<BookingCsvRow> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            yield break;
        }

        var columns = new Columns(csv);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            Review? review = null;
            string? error;
            try
            {
                error = TryMap(csv, columns, out review);
            }
            catch (ArgumentException e)
            {
                error = e.Message;
            }

            yield return new BookingCsvRow(line, review, error);
        }
    }

    private static string? TryMap(CsvReader csv, Columns columns, out Review? review)
    {
        review = null;
        var hotel = csv.GetField(columns.HotelName)?.Trim();
        if (string.IsNullOrEmpty(hotel))
        {
            return "Hotel_Name is empty.";
        }

        var dateText = csv.GetField(columns.ReviewDate) ?? string.Empty;
        var date = DatePattern.Parse(dateText);
        if (!date.Success)
        {
            return $"Review_Date '{dateText}' is not a date in M/D/YYYY form.";
        }

        var scoreText = csv.GetField(columns.ReviewerScore) ?? string.Empty;
        if (!double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
            || !RatingScale.TenPoints.Contains(score))
        {
            return $"Reviewer_Score '{scoreText}' is not a number between 1 and 10.";
        }

        var negative = Box(csv.GetField(columns.NegativeReview), EmptyNegative);
        var positive = Box(csv.GetField(columns.PositiveReview), EmptyPositive);
        var text = negative.Length == 0 ? positive : positive.Length == 0 ? negative : $"{negative}\n{positive}";
        var nationality = csv.GetField(columns.ReviewerNationality)?.Trim();
        var publishedAt = date.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

        review = new Review(
            new ReviewId(ReviewSource.Booking, StableId(hotel, dateText, nationality, text, scoreText)),
            publishedAt,
            text,
            rating: new Rating(score, RatingScale.TenPoints),
            locationId: hotel,
            metadata: string.IsNullOrEmpty(nationality) ? null : new Dictionary<string, string> { ["reviewer_nationality"] = nationality });
        return null;
    }

    /// <summary>The text of a review box, empty when the guest left it empty.</summary>
    private static string Box(string? field, string emptyMarker)
    {
        var text = field.AsSpan().Trim();
        return text.Equals(emptyMarker, StringComparison.OrdinalIgnoreCase) ? string.Empty : text.ToString();
    }

    /// <summary>The data set has no review id: derive one from the row's content, so importing twice gives the same ids.</summary>
    private static string StableId(string hotel, string date, string? nationality, string text, string score)
    {
        var content = Encoding.UTF8.GetBytes($"{hotel}\u001f{date}\u001f{nationality}\u001f{score}\u001f{text}");
        return Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12));
    }

    private sealed class Columns
    {
        public Columns(CsvReader csv)
        {
            HotelName = Index(csv, "Hotel_Name");
            ReviewDate = Index(csv, "Review_Date");
            ReviewerNationality = Index(csv, "Reviewer_Nationality");
            NegativeReview = Index(csv, "Negative_Review");
            PositiveReview = Index(csv, "Positive_Review");
            ReviewerScore = Index(csv, "Reviewer_Score");
        }

        public int HotelName { get; }

        public int ReviewDate { get; }

        public int ReviewerNationality { get; }

        public int NegativeReview { get; }

        public int PositiveReview { get; }

        public int ReviewerScore { get; }

        private static int Index(CsvReader csv, string name)
        {
            var index = csv.GetFieldIndex(name, isTryGet: true);
            return index >= 0 ? index : throw new InvalidDataException($"The CSV has no '{name}' column.");
        }
    }
}
