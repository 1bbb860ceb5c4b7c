using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Reviews;

namespace ReviewKit.Tests.Reviews;

public class RatingTests
{
    private static readonly RatingScale[] Scales =
        [RatingScale.FiveStars, RatingScale.TenPoints, RatingScale.NetPromoterScore, RatingScale.UnitInterval, new RatingScale(-3, 3, -1)];

    /// <summary>A scale and two scores on it.</summary>
    private static Arbitrary<(RatingScale Scale, double A, double B)> ScaleAndTwoScores() =>
        (from scale in Gen.Elements(Scales)
         from a in Gen.Choose(0, 10_000)
         from b in Gen.Choose(0, 10_000)
         select (scale, Score(scale, a), Score(scale, b))).ToArbitrary();

    private static double Score(RatingScale scale, int tenThousandths) => scale.Min + ((scale.Max - scale.Min) * tenThousandths / 10_000.0);

    [Fact]
    public void Normalized_MapsScaleBoundsToZeroAndOne()
    {
        Assert.Equal(0, new Rating(1, RatingScale.FiveStars).Normalized);
        Assert.Equal(1, new Rating(5, RatingScale.FiveStars).Normalized);
        Assert.Equal(0.5, new Rating(3, RatingScale.FiveStars).Normalized);
        Assert.Equal(0.5, new Rating(5, RatingScale.NetPromoterScore).Normalized);
    }

    [Fact]
    public void Normalized_IsComparableAcrossScales()
    {
        var twoStars = new Rating(2, RatingScale.FiveStars);
        var bookingEight = new Rating(8, RatingScale.TenPoints);

        Assert.True(twoStars.Normalized < bookingEight.Normalized);
        Assert.NotEqual(new Rating(3, RatingScale.FiveStars), new Rating(5, RatingScale.NetPromoterScore));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(2.5, false)]
    [InlineData(1, true)]
    [InlineData(5, false)]
    public void IsNegative_FiveStars_TwoStarsOrLess(double stars, bool expected) =>
        Assert.Equal(expected, new Rating(stars, RatingScale.FiveStars).IsNegative);

    [Theory]
    [InlineData(6, true)]
    [InlineData(6.3, false)]
    public void IsNegative_Booking_SixOrLess(double score, bool expected) =>
        Assert.Equal(expected, new Rating(score, RatingScale.TenPoints).IsNegative);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0)]
    [InlineData(5.01)]
    [InlineData(-1)]
    public void Constructor_ValueOutsideScaleOrNaN_Throws(double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Rating(value, RatingScale.FiveStars));
        Assert.Equal("value", e.ParamName);
    }

    [Fact]
    public void Constructor_DefaultScale_Throws() =>
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => new Rating(1, default)).ParamName);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void FromNormalized_OutsideUnitInterval_Throws(double normalized) =>
        Assert.Equal("normalized", Assert.Throws<ArgumentOutOfRangeException>(() => Rating.FromNormalized(normalized, RatingScale.FiveStars)).ParamName);

    [Fact]
    public void FromNormalized_DefaultScale_Throws() =>
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => Rating.FromNormalized(0.5, default)).ParamName);

    [Property]
    public Property Normalization_IsMonotonic() =>
        Prop.ForAll(ScaleAndTwoScores(), t =>
        {
            var (scale, a, b) = t;
            var (low, high) = a <= b ? (a, b) : (b, a);
            return new Rating(low, scale).Normalized <= new Rating(high, scale).Normalized;
        });

    [Property]
    public Property Normalization_StaysWithinUnitInterval() =>
        Prop.ForAll(ScaleAndTwoScores(), t => new Rating(t.A, t.Scale).Normalized is >= 0 and <= 1);

    [Property]
    public Property FromNormalized_RoundTripsTheScore() =>
        Prop.ForAll(ScaleAndTwoScores(), t =>
        {
            var rating = new Rating(t.A, t.Scale);
            var back = Rating.FromNormalized(rating.Normalized, t.Scale);
            return back.Scale == t.Scale && Math.Abs(back.Value - t.A) <= 1e-9 * Math.Max(1, Math.Abs(t.Scale.Max - t.Scale.Min));
        });
}
