using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>The settings of the <see cref="WeakSignalDetector"/>.</summary>
/// <remarks>Immutable and thread-safe; validated in the constructor.</remarks>
public sealed class WeakSignalOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="baselinePeriods">How many periods before the window form the baseline. The default is 8.</param>
    /// <param name="windowPeriods">How many periods, ending with the current one, form the tested window. The default is 1
    /// (the current period alone); 2 or 3 detect a sustained rise of a rare theme sooner, at the cost of reacting to it later.</param>
    /// <param name="falseDiscoveryRate">The Benjamini–Hochberg level q across all the series tested together. The default is 0.05.</param>
    /// <param name="guardPeriods">How many periods between the baseline and the window are left out of both (a guard band,
    /// as in the CDC's EARS C2/C3 methods), so that a rise that started a little before the window does not inflate the
    /// baseline it is compared with. The default is 2.</param>
    /// <param name="minimumWindowCount">The smallest count in the window that can raise a signal; a series below it is
    /// tested but never flagged (one or two mentions are an anecdote, not a signal). The default is 3.</param>
    /// <exception cref="ArgumentOutOfRangeException">A period count is below 1 (the guard or the minimum count below 0) or the rate is not within (0, 1).</exception>
    public WeakSignalOptions(int baselinePeriods = 8, int windowPeriods = 1, double falseDiscoveryRate = 0.05, int guardPeriods = 2, long minimumWindowCount = 3)
    {
        if (baselinePeriods < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(baselinePeriods), baselinePeriods, "baselinePeriods must be at least 1.");
        }

        if (windowPeriods < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(windowPeriods), windowPeriods, "windowPeriods must be at least 1.");
        }

        if (!(falseDiscoveryRate > 0 && falseDiscoveryRate < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(falseDiscoveryRate), falseDiscoveryRate, "falseDiscoveryRate must be within (0, 1).");
        }

        if (guardPeriods < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(guardPeriods), guardPeriods, "guardPeriods must not be negative.");
        }

        if (minimumWindowCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumWindowCount), minimumWindowCount, "minimumWindowCount must not be negative.");
        }

        BaselinePeriods = baselinePeriods;
        WindowPeriods = windowPeriods;
        FalseDiscoveryRate = falseDiscoveryRate;
        GuardPeriods = guardPeriods;
        MinimumWindowCount = minimumWindowCount;
    }

    /// <summary>Gets the default options: 8 baseline periods, a guard of 2 periods, a window of 1 period, q = 0.05, at least 3 mentions.</summary>
    public static WeakSignalOptions Default { get; } = new();

    /// <summary>Gets how many periods before the window form the baseline.</summary>
    /// <value>The default value is 8.</value>
    public int BaselinePeriods { get; }

    /// <summary>Gets how many periods, ending with the current one, form the tested window.</summary>
    /// <value>The default value is 1.</value>
    public int WindowPeriods { get; }

    /// <summary>Gets the Benjamini–Hochberg false discovery rate q.</summary>
    /// <value>The default value is 0.05.</value>
    public double FalseDiscoveryRate { get; }

    /// <summary>Gets how many periods between the baseline and the window are left out of both.</summary>
    /// <value>The default value is 2.</value>
    public int GuardPeriods { get; }

    /// <summary>Gets the smallest count in the window that can raise a signal.</summary>
    /// <value>The default value is 3.</value>
    public long MinimumWindowCount { get; }

    /// <summary>Describes the options.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"window {WindowPeriods} vs baseline {BaselinePeriods} periods (guard {GuardPeriods}), FDR {FalseDiscoveryRate}, at least {MinimumWindowCount}");
}
