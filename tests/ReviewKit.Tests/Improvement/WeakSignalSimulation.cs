using ReviewKit.Improvement;

namespace ReviewKit.Tests.Improvement;

/// <summary>A seeded simulator of theme counts for the weak-signal calibration tests.</summary>
internal sealed class WeakSignalSimulation
{
    private readonly Random _rng;

    public WeakSignalSimulation(int seed) => _rng = new Random(seed);

    public long Poisson(double mean)
    {
        // Knuth's product method in chunks of 30 to stay away from underflow.
        long k = 0;
        while (mean > 30)
        {
            k += Poisson(30);
            mean -= 30;
        }

        var limit = Math.Exp(-mean);
        var product = _rng.NextDouble();
        while (product > limit)
        {
            k++;
            product *= _rng.NextDouble();
        }

        return k;
    }

    /// <summary>The series the detector watches for the window ending at period <paramref name="current"/>: theme totals and theme × location.</summary>
    public static List<WeakSignalSeries> Watch(long[,,] counts, long exposure, int current, int length)
    {
        var themes = counts.GetLength(0);
        var locations = counts.GetLength(1);
        var series = new List<WeakSignalSeries>();
        var start = current - length + 1;
        for (var t = 0; t < themes; t++)
        {
            var total = new long[length];
            for (var l = 0; l < locations; l++)
            {
                var c = new long[length];
                for (var i = 0; i < length; i++)
                {
                    c[i] = counts[t, l, start + i];
                    total[i] += c[i];
                }

                series.Add(new WeakSignalSeries("t" + t, "l" + l, [.. c], [.. Enumerable.Repeat(exposure, length)]));
            }

            series.Add(new WeakSignalSeries("t" + t, null, [.. total], [.. Enumerable.Repeat(exposure * locations, length)]));
        }

        return series;
    }

    /// <summary>Counts[theme, location, period]: Poisson(means[theme]), times factor from period onset on for theme 0 at location 0.</summary>
    public long[,,] Counts(double[] means, int locations, int periods, int onset, double factor)
    {
        var counts = new long[means.Length, locations, periods];
        for (var t = 0; t < means.Length; t++)
        {
            for (var l = 0; l < locations; l++)
            {
                for (var p = 0; p < periods; p++)
                {
                    var mean = means[t] * (t == 0 && l == 0 && p >= onset ? factor : 1);
                    counts[t, l, p] = Poisson(mean);
                }
            }
        }

        return counts;
    }
}
