using ReviewKit.Triage;

namespace ReviewKit.Improvement;

/// <summary>The weights and bounds of the <see cref="IrritantRanking"/> score.</summary>
/// <remarks>Immutable and thread-safe; validated in the constructor.</remarks>
public sealed class IrritantRankingOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="lowWeight">The weight of a <see cref="Severity.Low"/> mention. The default is 1.</param>
    /// <param name="mediumWeight">The weight of a <see cref="Severity.Medium"/> mention. The default is 2.</param>
    /// <param name="highWeight">The weight of a <see cref="Severity.High"/> mention. The default is 4.</param>
    /// <param name="criticalWeight">The weight of a <see cref="Severity.Critical"/> mention. The default is 8.</param>
    /// <param name="unknownWeight">The weight of a mention in a review that was not triaged. The default is 2 (as Medium).</param>
    /// <param name="minTrend">The lower bound of the trend factor. The default is 0.5.</param>
    /// <param name="maxTrend">The upper bound of the trend factor. The default is 2.</param>
    /// <param name="baselinePeriods">How many periods before the current one form the trend's baseline when ranking from a table. The default is 3.</param>
    /// <param name="paretoCutoff">The cumulative share of mentions that delimits the "vital few" of the Pareto view. The default is 0.8.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is not positive and finite; the trend bounds are not 0 &lt; min ≤ 1 ≤ max; baselinePeriods is below 1; paretoCutoff is not within (0, 1].</exception>
    public IrritantRankingOptions(
        double lowWeight = 1,
        double mediumWeight = 2,
        double highWeight = 4,
        double criticalWeight = 8,
        double unknownWeight = 2,
        double minTrend = 0.5,
        double maxTrend = 2,
        int baselinePeriods = 3,
        double paretoCutoff = 0.8)
    {
        LowWeight = Positive(lowWeight, nameof(lowWeight));
        MediumWeight = Positive(mediumWeight, nameof(mediumWeight));
        HighWeight = Positive(highWeight, nameof(highWeight));
        CriticalWeight = Positive(criticalWeight, nameof(criticalWeight));
        UnknownWeight = Positive(unknownWeight, nameof(unknownWeight));
        if (!(minTrend > 0 && minTrend <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minTrend), minTrend, "minTrend must be within (0, 1].");
        }

        if (!(maxTrend >= 1) || double.IsInfinity(maxTrend))
        {
            throw new ArgumentOutOfRangeException(nameof(maxTrend), maxTrend, "maxTrend must be finite and at least 1.");
        }

        if (baselinePeriods < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(baselinePeriods), baselinePeriods, "baselinePeriods must be at least 1.");
        }

        if (!(paretoCutoff > 0 && paretoCutoff <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(paretoCutoff), paretoCutoff, "paretoCutoff must be within (0, 1].");
        }

        MinTrend = minTrend;
        MaxTrend = maxTrend;
        BaselinePeriods = baselinePeriods;
        ParetoCutoff = paretoCutoff;
    }

    /// <summary>Gets the default options.</summary>
    public static IrritantRankingOptions Default { get; } = new();

    /// <summary>Gets the weight of a Low mention.</summary>
    /// <value>The default value is 1.</value>
    public double LowWeight { get; }

    /// <summary>Gets the weight of a Medium mention.</summary>
    /// <value>The default value is 2.</value>
    public double MediumWeight { get; }

    /// <summary>Gets the weight of a High mention.</summary>
    /// <value>The default value is 4.</value>
    public double HighWeight { get; }

    /// <summary>Gets the weight of a Critical mention.</summary>
    /// <value>The default value is 8.</value>
    public double CriticalWeight { get; }

    /// <summary>Gets the weight of a mention that was not triaged.</summary>
    /// <value>The default value is 2.</value>
    public double UnknownWeight { get; }

    /// <summary>Gets the lower bound of the trend factor.</summary>
    /// <value>The default value is 0.5.</value>
    public double MinTrend { get; }

    /// <summary>Gets the upper bound of the trend factor.</summary>
    /// <value>The default value is 2.</value>
    public double MaxTrend { get; }

    /// <summary>Gets how many periods before the current one form the trend's baseline when ranking from a table.</summary>
    /// <value>The default value is 3.</value>
    public int BaselinePeriods { get; }

    /// <summary>Gets the cumulative share of mentions that delimits the vital few.</summary>
    /// <value>The default value is 0.8.</value>
    public double ParetoCutoff { get; }

    /// <summary>Returns the total weight of a severity mix: the sum of its counts times their weights.</summary>
    /// <param name="mix">The mix.</param>
    /// <returns>The weighted sum.</returns>
    public double WeightOf(SeverityMix mix) =>
        (mix.Low * LowWeight) + (mix.Medium * MediumWeight) + (mix.High * HighWeight) + (mix.Critical * CriticalWeight) + (mix.Unknown * UnknownWeight);

    private static double Positive(double value, string paramName) =>
        value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be positive and finite.");
}
