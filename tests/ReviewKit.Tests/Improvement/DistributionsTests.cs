using ReviewKit.Improvement;

namespace ReviewKit.Tests.Improvement;

/// <summary>Accuracy of the special functions against published values and against direct summation.</summary>
public class DistributionsTests
{
    [Theory]
    [InlineData(0.5, 0.5723649429247001)] // ln √π
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(10.0, 12.801827480081469)] // ln 9!
    [InlineData(100.0, 359.1342053695754)]
    [InlineData(0.1, 2.252712651734206)]
    [InlineData(1e-5, 11.512919692895828)]
    public void LogGamma_KnownValues(double x, double expected) =>
        Assert.Equal(expected, Distributions.LogGamma(x), Math.Max(1e-13, Math.Abs(expected) * 1e-13));

    [Fact]
    public void LogGamma_Factorials_MatchExactLogSums()
    {
        var logFactorial = 0.0;
        for (var n = 1; n <= 170; n++)
        {
            Assert.Equal(logFactorial, Distributions.LogGamma(n), Math.Max(1e-12, logFactorial * 1e-13));
            logFactorial += Math.Log(n);
        }
    }

    [Theory]
    [InlineData(0.5, 1.0, 0.8427007929497149)] // erf(1)
    [InlineData(0.5, 4.0, 0.9953222650189527)] // erf(2)
    [InlineData(1.0, 1.0, 0.6321205588285577)] // 1 - e^-1
    [InlineData(3.0, 2.0, 0.3233235838169366)] // 1 - e^-2 (1 + 2 + 2)
    public void RegularizedGammaP_KnownValues(double a, double x, double expected)
    {
        Assert.Equal(expected, Distributions.RegularizedGammaP(a, x), 1e-14);
        Assert.Equal(1 - expected, Distributions.RegularizedGammaQ(a, x), 1e-14);
    }

    [Theory]
    [InlineData(10, 5.0, 0.03182805730620481)]
    [InlineData(10, 10.0, 0.5420702855281478)]
    [InlineData(1, 0.5, 0.3934693402873666)] // 1 - e^-0.5
    [InlineData(0, 3.0, 1.0)]
    [InlineData(3, 0.0, 0.0)]
    public void PoissonUpperTail_KnownValues(long k, double mean, double expected) =>
        Assert.Equal(expected, Distributions.PoissonUpperTail(k, mean), 1e-13);

    [Theory]
    [InlineData(0.5, 2.0, 3.0, 0.6875)]  // P(Bin(4, 1/2) >= 2) = 11/16
    [InlineData(0.2, 1.0, 1.0, 0.2)]     // uniform
    [InlineData(0.3, 2.0, 1.0, 0.09)]    // x^a when b = 1
    public void RegularizedBeta_KnownValues(double x, double a, double b, double expected) =>
        Assert.Equal(expected, Distributions.RegularizedBeta(x, a, b), 1e-14);

    [Fact]
    public void BinomialUpperTail_ExactFractions()
    {
        Assert.Equal(56.0 / 1024, Distributions.BinomialUpperTail(8, 10, 0.5), 1e-15);
        Assert.Equal(1.0, Distributions.BinomialUpperTail(0, 10, 0.3));
        Assert.Equal(0.0, Distributions.BinomialUpperTail(11, 10, 0.3));
        Assert.Equal(Math.Pow(0.3, 10), Distributions.BinomialUpperTail(10, 10, 0.3), 1e-18);
    }

    [Theory]
    [InlineData(7, 40, 0.1)]
    [InlineData(1, 1, 0.7)]
    [InlineData(25, 60, 0.33)]
    [InlineData(150, 400, 0.35)]
    [InlineData(3, 1000, 0.001)]
    public void BinomialUpperTail_MatchesDirectSummation(long k, long n, double p)
    {
        var sum = 0.0;
        for (var i = k; i <= n; i++)
        {
            sum += Math.Exp(Distributions.LogGamma(n + 1) - Distributions.LogGamma(i + 1) - Distributions.LogGamma(n - i + 1) + (i * Math.Log(p)) + ((n - i) * Math.Log(1 - p)));
        }

        Assert.Equal(sum, Distributions.BinomialUpperTail(k, n, p), Math.Max(1e-14, sum * 1e-10));
    }

    [Theory]
    [InlineData(1, 0.3)]
    [InlineData(12, 5.0)]
    [InlineData(60, 40.0)]
    [InlineData(400, 350.0)]
    public void PoissonUpperTail_MatchesDirectSummation(long k, double mean)
    {
        var below = 0.0;
        var term = Math.Exp(-mean);
        for (var i = 0; i < k; i++)
        {
            below += term;
            term *= mean / (i + 1);
        }

        Assert.Equal(1 - below, Distributions.PoissonUpperTail(k, mean), 1e-11);
    }

    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    public void NormalQuantile_KnownValues(double p, double expected) =>
        Assert.Equal(expected, Distributions.NormalQuantile(p), 1e-9);

    [Theory]
    [InlineData(1.96, 0.9750021048517795)]
    [InlineData(0.0, 0.5)]
    [InlineData(-1.0, 0.15865525393145707)]
    public void NormalCdf_KnownValues(double z, double expected) =>
        Assert.Equal(expected, Distributions.NormalCdf(z), 1e-14);

    [Fact]
    public void InvalidArguments_Throw()
    {
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.LogGamma(0)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.RegularizedGammaP(-1, 1)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.RegularizedBeta(1.5, 1, 1)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.BinomialUpperTail(1, 3, -0.1)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.PoissonUpperTail(1, -1)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.NormalQuantile(1)).ParamName);
    }
}
