using ReviewKit.Reviews;

namespace ReviewKit.Tests.Reviews;

public class RatingScaleTests
{
    [Fact]
    public void WellKnownScales_HaveTheirPlatformBounds()
    {
        Assert.Equal((1d, 5d, 2d), (RatingScale.FiveStars.Min, RatingScale.FiveStars.Max, RatingScale.FiveStars.NegativeAtMost));
        Assert.Equal((1d, 10d, 6d), (RatingScale.TenPoints.Min, RatingScale.TenPoints.Max, RatingScale.TenPoints.NegativeAtMost));
        Assert.Equal((0d, 10d, 6d), (RatingScale.NetPromoterScore.Min, RatingScale.NetPromoterScore.Max, RatingScale.NetPromoterScore.NegativeAtMost));
        Assert.Equal("[1..5]", RatingScale.FiveStars.ToString());
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(3, 3)]
    public void Constructor_InvertedOrEqualBounds_Throws(double min, double max)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RatingScale(min, max, min));
        Assert.Equal("max", e.ParamName);
        Assert.Contains("inverted", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, 5, 2, "min")]
    [InlineData(1, double.PositiveInfinity, 2, "max")]
    [InlineData(1, 5, double.NaN, "negativeAtMost")]
    [InlineData(1, 5, 0, "negativeAtMost")]
    [InlineData(1, 5, 5, "negativeAtMost")]
    public void Constructor_InvalidNumber_ThrowsNamingIt(double min, double max, double negativeAtMost, string param) =>
        Assert.Equal(param, Assert.Throws<ArgumentOutOfRangeException>(() => new RatingScale(min, max, negativeAtMost)).ParamName);

    [Fact]
    public void Contains_IncludesBothBounds()
    {
        Assert.True(RatingScale.FiveStars.Contains(1));
        Assert.True(RatingScale.FiveStars.Contains(5));
        Assert.False(RatingScale.FiveStars.Contains(double.NaN));
        Assert.False(RatingScale.FiveStars.Contains(0.999));
    }
}
