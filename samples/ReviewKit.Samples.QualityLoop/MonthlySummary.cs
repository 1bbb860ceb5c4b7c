using System.Globalization;
using NodaTime;
using ReviewKit.Reviews;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>Volume, negative share and average rating of one location in one month.</summary>
public sealed class MonthlySummary
{
    private double _ratingSum;
    private int _rated;

    public MonthlySummary(string location, YearMonth month)
    {
        Location = location;
        Month = month;
    }

    public string Location { get; }

    public YearMonth Month { get; }

    public int Volume { get; private set; }

    public int Negative { get; private set; }

    public double NegativeShare => Volume == 0 ? 0 : (double)Negative / Volume;

    /// <summary>The average score on the reviews' own scale, or NaN when none was rated.</summary>
    public double AverageRating => _rated == 0 ? double.NaN : _ratingSum / _rated;

    public void Add(Review review)
    {
        Volume++;
        if (review.Rating is { } rating)
        {
            _ratingSum += rating.Value;
            _rated++;
            if (rating.IsNegative)
            {
                Negative++;
            }
        }
    }

    /// <summary>Groups reviews by location and month (in <paramref name="zone"/>), sorted by location then month.</summary>
    public static IReadOnlyList<MonthlySummary> Build(IEnumerable<Review> reviews, DateTimeZone zone)
    {
        var groups = new Dictionary<(string, YearMonth), MonthlySummary>();
        foreach (var review in reviews)
        {
            var location = review.LocationId ?? "(no location)";
            var month = review.PublishedAt.InZone(zone).Date.ToYearMonth();
            if (!groups.TryGetValue((location, month), out var summary))
            {
                summary = new MonthlySummary(location, month);
                groups.Add((location, month), summary);
            }

            summary.Add(review);
        }

        return [.. groups.Values.OrderBy(s => s.Location, StringComparer.Ordinal).ThenBy(s => s.Month)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Month:yyyy-MM}  {Volume,6}  {NegativeShare,8:P1}  {AverageRating,6:0.00}");
}
