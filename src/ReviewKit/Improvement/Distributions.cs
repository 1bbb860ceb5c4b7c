namespace ReviewKit.Improvement;

/// <summary>
/// The special functions and distribution tails the loop's tests and intervals need, implemented here so that the core
/// depends on NodaTime only.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><see cref="LogGamma"/>: Lanczos approximation (g = 7, 9 coefficients), relative error below 1e-14 for x &gt; 0;
/// reflection formula below 0.5.</description></item>
/// <item><description><see cref="RegularizedGammaP"/>/<see cref="RegularizedGammaQ"/>: power series when x &lt; a + 1,
/// otherwise a continued fraction evaluated with the modified Lentz method (both to a relative 1e-15).</description></item>
/// <item><description><see cref="RegularizedBeta"/>: the continued fraction of I_x(a, b) with modified Lentz, using the
/// symmetry I_x(a, b) = 1 - I_{1-x}(b, a) when x &gt; (a + 1) / (a + b + 2), where it converges fast.</description></item>
/// <item><description>Tails: P(Poisson(λ) ≥ k) = P(k, λ) (regularized lower gamma) and
/// P(Binomial(n, p) ≥ k) = I_p(k, n - k + 1).</description></item>
/// <item><description><see cref="NormalQuantile"/>: Acklam's rational approximation refined by one Halley step on
/// <see cref="NormalCdf"/>, itself from erfc(x) = Q(1/2, x²).</description></item>
/// </list>
/// Pure functions; thread-safe.
/// </remarks>
internal static class Distributions
{
    private const double Epsilon = 1e-15;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 10_000;

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must be positive.");
        }

        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        var t = x + 7.5;
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a &gt; 0 and x ≥ 0.</summary>
    public static double RegularizedGammaP(double a, double x)
    {
        CheckGamma(a, x);
        if (x == 0)
        {
            return 0;
        }

        return x < a + 1 ? GammaSeries(a, x) : 1 - GammaContinuedFraction(a, x);
    }

    /// <summary>The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x), for a &gt; 0 and x ≥ 0.</summary>
    public static double RegularizedGammaQ(double a, double x)
    {
        CheckGamma(a, x);
        if (x == 0)
        {
            return 1;
        }

        return x < a + 1 ? 1 - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    /// <summary>The regularized incomplete beta function I_x(a, b), for a, b &gt; 0 and x in [0, 1].</summary>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (!(a > 0) || !(b > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "a and b must be positive.");
        }

        if (!(x >= 0 && x <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must be within [0, 1].");
        }

        if (x == 0 || x == 1)
        {
            return x;
        }

        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x));
        if (x < (a + 1) / (a + b + 2))
        {
            return Math.Exp(logFront) * BetaContinuedFraction(x, a, b) / a;
        }

        return 1 - (Math.Exp(logFront) * BetaContinuedFraction(1 - x, b, a) / b);
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(mean).</summary>
    public static double PoissonUpperTail(long k, double mean)
    {
        if (!(mean >= 0) || double.IsInfinity(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "mean must be finite and not negative.");
        }

        if (k <= 0)
        {
            return 1;
        }

        return mean == 0 ? 0 : RegularizedGammaP(k, mean);
    }

    /// <summary>P(X ≥ k) for X ~ Binomial(n, p).</summary>
    public static double BinomialUpperTail(long k, long n, double p)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "n must not be negative.");
        }

        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be within [0, 1].");
        }

        if (k <= 0)
        {
            return 1;
        }

        if (k > n)
        {
            return 0;
        }

        if (p == 0)
        {
            return 0;
        }

        return p == 1 ? 1 : RegularizedBeta(p, k, n - k + 1);
    }

    /// <summary>Φ(z), the standard normal distribution function.</summary>
    public static double NormalCdf(double z)
    {
        if (double.IsNaN(z))
        {
            return double.NaN;
        }

        var x = Math.Abs(z) / Math.Sqrt(2);
        var erfc = x == 0 ? 1 : RegularizedGammaQ(0.5, x * x);
        return z < 0 ? 0.5 * erfc : 1 - (0.5 * erfc);
    }

    /// <summary>Φ⁻¹(p), the standard normal quantile, for p in (0, 1).</summary>
    public static double NormalQuantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be within (0, 1).");
        }

        // Acklam's rational approximation (relative error 1.15e-9), then one Halley step.
        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double Low = 0.02425;
        double x;
        if (p < Low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = Horner(c, q) / ((Horner(d, q) * q) + 1);
        }
        else if (p <= 1 - Low)
        {
            var q = p - 0.5;
            var r = q * q;
            x = Horner(a, r) * q / ((Horner(b, r) * r) + 1);
        }
        else
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -Horner(c, q) / ((Horner(d, q) * q) + 1);
        }

        var e = NormalCdf(x) - p;
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - (u / (1 + (x * u / 2)));
    }

    private static double Horner(double[] coefficients, double x)
    {
        var result = 0.0;
        foreach (var coefficient in coefficients)
        {
            result = (result * x) + coefficient;
        }

        return result;
    }

    private static void CheckGamma(double a, double x)
    {
        if (!(a > 0) || double.IsInfinity(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "a must be positive and finite.");
        }

        if (!(x >= 0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must be finite and not negative.");
        }
    }

    private static double GammaSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        var ap = a;
        for (var n = 0; n < MaxIterations; n++)
        {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }

        return sum * Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a));
    }

    private static double GammaContinuedFraction(double a, double x)
    {
        // Modified Lentz on Q(a, x) = e^{-x} x^a / Γ(a) · 1/(x + 1 - a - 1(1 - a)/(x + 3 - a - ...)).
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            var delta = LentzStep(an, b, ref c, ref d);
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a)) * h;
    }

    private static double BetaContinuedFraction(double x, double a, double b)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        if (Math.Abs(d) < Tiny)
        {
            d = Tiny;
        }

        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var m2 = 2 * m;
            h *= LentzStep(m * (b - m) * x / ((qam + m2) * (a + m2)), 1, ref c, ref d); // even step
            var delta = LentzStep(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), 1, ref c, ref d); // odd step
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }

    /// <summary>
    /// One step of the modified Lentz algorithm for a continued fraction with partial numerator <paramref name="an"/>
    /// and denominator <paramref name="bn"/>: updates <paramref name="c"/> and <paramref name="d"/> (kept away from 0)
    /// and returns the factor the convergent is multiplied by.
    /// </summary>
    private static double LentzStep(double an, double bn, ref double c, ref double d)
    {
        d = bn + (an * d);
        if (Math.Abs(d) < Tiny)
        {
            d = Tiny;
        }

        c = bn + (an / c);
        if (Math.Abs(c) < Tiny)
        {
            c = Tiny;
        }

        d = 1 / d;
        return d * c;
    }
}
