using System.Collections.Immutable;

namespace ReviewKit.Improvement;

/// <summary>
/// One irritant (a theme of the negative reviews) in the Pareto view of a <see cref="QualityReport"/>: how often it
/// came up, its share and cumulative share, its severity weight, its trend, the unmet need behind it and a few
/// example quotes; and, in a report ranked per location, the location whose Pareto it belongs to.
/// </summary>
/// <remarks>
/// <para>The quotes come from customers' reviews: untrusted text. The row masks their personal data when it is created
/// (see <see cref="ExampleQuotes"/>), so no report holds an unmasked quote whoever built it; renderers escape them.</para>
/// <para>Value equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class IrritantParetoRow : IEquatable<IrritantParetoRow>
{
    /// <summary>Creates a Pareto row.</summary>
    /// <param name="themeId">The theme's id; 1 to 256 characters, not blank.</param>
    /// <param name="label">The theme as people read it; 1 to 512 characters, not blank.</param>
    /// <param name="count">The number of reviews mentioning the theme; not negative.</param>
    /// <param name="share">The theme's share of all irritant mentions, in [0, 1].</param>
    /// <param name="cumulativeShare">The cumulative share up to and including this row, in [0, 1] and not below <paramref name="share"/>.</param>
    /// <param name="severityWeight">The weight given to the theme's severity; finite and not negative.</param>
    /// <param name="trend">The trend compared with the previous period.</param>
    /// <param name="unmetNeed">The customer need behind the criticism, if stated; not blank when given, at most 512 characters.</param>
    /// <param name="exampleQuotes">Example quotes as the customers wrote them; at most 20, each 1 to 100,000 characters
    /// (before masking). <see langword="null"/> for none.</param>
    /// <param name="locationId">The location whose Pareto the row belongs to, for a report ranked per location; <see langword="null"/> (the default) for the whole scope. Not blank when given, at most 512 characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="themeId"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or too long; too many quotes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, NaN, infinite, a share outside [0, 1], or <paramref name="cumulativeShare"/> below <paramref name="share"/>; <paramref name="trend"/> is undefined.</exception>
    public IrritantParetoRow(
        string themeId,
        string label,
        int count,
        double share,
        double cumulativeShare,
        double severityWeight,
        IrritantTrend trend = IrritantTrend.Unknown,
        string? unmetNeed = null,
        IEnumerable<string>? exampleQuotes = null,
        string? locationId = null)
    {
        ThemeId = Guard.NotBlank(themeId, nameof(themeId), Guard.MaxIdLength);
        Label = Guard.NotBlank(label, nameof(label), Guard.MaxLabelLength);
        Count = ReportChecks.Count(count, nameof(count));
        Share = ReportChecks.Share(share, nameof(share));
        CumulativeShare = ReportChecks.Share(cumulativeShare, nameof(cumulativeShare));
        if (cumulativeShare < share - 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(cumulativeShare), cumulativeShare, "cumulativeShare must not be below share.");
        }

        SeverityWeight = ReportChecks.NonNegative(severityWeight, nameof(severityWeight));
        Trend = Guard.Defined(trend, nameof(trend));
        UnmetNeed = Guard.OptionalNotBlank(unmetNeed, nameof(unmetNeed), Guard.MaxLabelLength);
        ExampleQuotes = exampleQuotes is null
            ? []
            : [.. ReportChecks.Labels(exampleQuotes, nameof(exampleQuotes), ReportChecks.MaxQuotes, Guard.MaxTextLength).Select(ReportQuotes.Mask)];
        LocationId = Guard.OptionalNotBlank(locationId, nameof(locationId), Guard.MaxLabelLength);
    }

    /// <summary>Gets the theme's id.</summary>
    public string ThemeId { get; }

    /// <summary>Gets the theme as people read it.</summary>
    public string Label { get; }

    /// <summary>Gets the number of reviews mentioning the theme.</summary>
    public int Count { get; }

    /// <summary>Gets the theme's share of all irritant mentions, in [0, 1].</summary>
    public double Share { get; }

    /// <summary>Gets the cumulative share up to and including this row, in [0, 1].</summary>
    public double CumulativeShare { get; }

    /// <summary>Gets the weight given to the theme's severity (not negative).</summary>
    public double SeverityWeight { get; }

    /// <summary>Gets the trend compared with the previous period.</summary>
    public IrritantTrend Trend { get; }

    /// <summary>Gets the customer need behind the criticism, or <see langword="null"/> when not stated.</summary>
    public string? UnmetNeed { get; }

    /// <summary>Gets the example quotes, masked of personal data; empty when none.</summary>
    /// <value>
    /// Untrusted customer text in which e-mail addresses, phone numbers, card numbers, IBANs and street addresses are
    /// replaced by <c>[e-mail]</c>, <c>[phone]</c>, <c>[card]</c>, <c>[iban]</c> and <c>[address]</c>, and any other long
    /// number (a group of 6 digits or more, or 9 digits or more in groups joined by single spaces, dots or dashes: a
    /// foreign phone number, a customer, booking or order number) by <c>[number]</c>. Counts, durations, prices, dates,
    /// times and room numbers are kept ("3 weeks late", "room 12345", "12/05/2024"). Names are not detected. Masking is
    /// idempotent; a masked quote can be a few characters longer than the original.
    /// </value>
    public ImmutableArray<string> ExampleQuotes { get; }

    /// <summary>Gets the location whose Pareto the row belongs to, or <see langword="null"/> for the whole scope of the report.</summary>
    public string? LocationId { get; }

    /// <inheritdoc/>
    public bool Equals(IrritantParetoRow? other) =>
        other is not null
        && string.Equals(ThemeId, other.ThemeId, StringComparison.Ordinal)
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && Count == other.Count
        && Share.Equals(other.Share)
        && CumulativeShare.Equals(other.CumulativeShare)
        && SeverityWeight.Equals(other.SeverityWeight)
        && Trend == other.Trend
        && string.Equals(UnmetNeed, other.UnmetNeed, StringComparison.Ordinal)
        && ReportChecks.SequenceEqual(ExampleQuotes, other.ExampleQuotes)
        && string.Equals(LocationId, other.LocationId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IrritantParetoRow);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(ThemeId, Label, Count, Share, CumulativeShare, SeverityWeight, Trend, ReportChecks.SequenceHash(ExampleQuotes));

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(IrritantParetoRow? left, IrritantParetoRow? right) => Equals(left, right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(IrritantParetoRow? left, IrritantParetoRow? right) => !Equals(left, right);
}
