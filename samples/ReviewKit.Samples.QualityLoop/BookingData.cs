using System.Text;
using ReviewKit.Import;
using ReviewKit.Reviews;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>
/// The embedded Booking.com data set ("515K Hotel Reviews Data in Europe", 4 hotels) and the column mapping that
/// imports it with <see cref="CsvReviewImporter"/>: the reviewer score on Booking's 1 to 10 scale, the negative and
/// positive boxes as the text (Booking's "No Negative" / "No Positive" mean empty), the hotel as the location, the
/// review date as the publication instant (midnight UTC), the reviewer's nationality kept in metadata. The data set
/// has no review id: the importer derives one from each row's content, so importing twice gives the same ids.
/// </summary>
public static class BookingData
{
    /// <summary>The name of the embedded copy of the data set.</summary>
    public const string EmbeddedResourceName = "booking_hotel_reviews.csv";

    /// <summary>Opens the embedded copy of the data set.</summary>
    /// <returns>A reader over the CSV text.</returns>
    public static TextReader OpenEmbedded()
    {
        var stream = typeof(BookingData).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{EmbeddedResourceName}' is missing from the sample.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>Creates the column mapping of the data set.</summary>
    /// <returns>A new mapping.</returns>
    public static CsvColumnMapping Mapping()
    {
        var mapping = new CsvColumnMapping
        {
            Source = ReviewSource.Booking,
            PublishedColumn = "Review_Date",
            DateTimePattern = "M/d/yyyy", // read in the mapping's default time zone, UTC
            RatingColumn = "Reviewer_Score",
            RatingScale = RatingScale.TenPoints,
            LocationColumn = "Hotel_Name",
        };
        mapping.TextColumns.Add("Negative_Review");
        mapping.TextColumns.Add("Positive_Review");
        mapping.EmptyTextMarkers.Add("No Negative");
        mapping.EmptyTextMarkers.Add("No Positive");
        mapping.MetadataColumns.Add("Reviewer_Nationality", "reviewer_nationality");
        return mapping;
    }
}
