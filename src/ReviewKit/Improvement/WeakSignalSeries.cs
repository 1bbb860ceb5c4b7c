using System.Collections.Immutable;

namespace ReviewKit.Improvement;

/// <summary>
/// One watched series for the <see cref="WeakSignalDetector"/>: the counts of a theme (at one location, or everywhere) per
/// period, with the exposure of each period (the number of reviews received), oldest period first, the current period last.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeakSignalSeries
{
    /// <summary>Creates a series.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="locationId">The location, or <see langword="null"/> for the theme everywhere.</param>
    /// <param name="counts">The theme's count per period, oldest first; not negative.</param>
    /// <param name="exposures">The number of reviews per period, same length as <paramref name="counts"/>; each at least its count.</param>
    /// <exception cref="ArgumentException"><paramref name="themeId"/> is blank; the arrays are empty, default or of different lengths; a count is negative or above its exposure.</exception>
    public WeakSignalSeries(string themeId, string? locationId, ImmutableArray<long> counts, ImmutableArray<long> exposures)
    {
        ThemeId = Guard.NotBlank(themeId, nameof(themeId), Guard.MaxIdLength);
        LocationId = Guard.OptionalNotBlank(locationId, nameof(locationId), Guard.MaxLabelLength);
        if (counts.IsDefaultOrEmpty)
        {
            throw new ArgumentException("counts must have at least one period.", nameof(counts));
        }

        if (exposures.IsDefault || exposures.Length != counts.Length)
        {
            throw new ArgumentException("exposures must have one value per period of counts.", nameof(exposures));
        }

        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentException($"counts[{i}] is negative.", nameof(counts));
            }

            if (exposures[i] < counts[i])
            {
                throw new ArgumentException($"exposures[{i}] is below counts[{i}]: a theme cannot be mentioned by more reviews than were received.", nameof(exposures));
            }
        }

        Counts = counts;
        Exposures = exposures;
    }

    /// <summary>Gets the theme id.</summary>
    public string ThemeId { get; }

    /// <summary>Gets the location, or <see langword="null"/> for the theme everywhere.</summary>
    public string? LocationId { get; }

    /// <summary>Gets the count per period, oldest first.</summary>
    public ImmutableArray<long> Counts { get; }

    /// <summary>Gets the number of reviews per period, oldest first.</summary>
    public ImmutableArray<long> Exposures { get; }

    /// <summary>Describes the series.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{ThemeId}@{LocationId ?? "*"} ({Counts.Length} periods)";
}
