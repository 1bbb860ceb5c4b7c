using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>Turns an <see cref="IrritantRanking"/> into the backlog a quality meeting starts from: one proposed action per top irritant.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ImprovementBacklog
{
    /// <summary>
    /// Proposes one <see cref="ImprovementActionStatus.Proposed"/> action per irritant, in rank order, for the
    /// <paramref name="maxItems"/> first irritants that have no open action (proposed, planned or in progress) yet on their theme
    /// (and location). The notes carry the figures behind the proposal and the example review id.
    /// </summary>
    /// <param name="ranking">The irritant ranking.</param>
    /// <param name="start">The proposed start day.</param>
    /// <param name="maxItems">How many actions to propose at most. The default is 5.</param>
    /// <param name="locationId">The location the ranking is about, or <see langword="null"/> for every location.</param>
    /// <param name="existing">Actions already in the host's backlog; <see langword="null"/> for none.</param>
    /// <returns>The proposed actions, first priority first; ids are <c>proposed-{theme}[-{location}]-{start}</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is below 1.</exception>
    public static IReadOnlyList<ImprovementAction> Propose(
        IrritantRanking ranking,
        LocalDate start,
        int maxItems = 5,
        string? locationId = null,
        IEnumerable<ImprovementAction>? existing = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        if (maxItems < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxItems), maxItems, "maxItems must be at least 1.");
        }

        var open = (existing ?? []).Where(a => a.Status is ImprovementActionStatus.Proposed or ImprovementActionStatus.Planned or ImprovementActionStatus.InProgress).ToArray();
        var proposals = new List<ImprovementAction>();
        foreach (var irritant in ranking.Irritants)
        {
            if (proposals.Count == maxItems)
            {
                break;
            }

            if (open.Any(a => a.ThemeIds.Contains(irritant.ThemeId, StringComparer.Ordinal) && (locationId is null ? a.LocationIds.IsEmpty : a.AppliesTo(locationId))))
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"proposed-{irritant.ThemeId}{(locationId is null ? string.Empty : "-" + locationId)}-{start:uuuuMMdd}");
            var notes = string.Create(
                CultureInfo.InvariantCulture,
                $"Rank {irritant.Rank}: {irritant.Count} of {irritant.Volume} reviews ({irritant.Incidence:P1}), severity weight {irritant.SeverityWeight:0.##}, trend x{irritant.Trend:0.##}, score {irritant.Score:0.#}.{(irritant.ExampleReviewId is { } ex ? " Example review: " + ex + "." : string.Empty)}");
            var title = string.Create(CultureInfo.InvariantCulture, $"Reduce '{irritant.ThemeId}' complaints{(locationId is null ? string.Empty : " at " + locationId)}");
            proposals.Add(new ImprovementAction(
                id.Length <= Guard.MaxIdLength ? id : id[..Guard.MaxIdLength],
                title.Length <= Guard.MaxLabelLength ? title : title[..Guard.MaxLabelLength],
                [irritant.ThemeId],
                start,
                locationId is null ? [] : [locationId],
                notes: notes));
        }

        return proposals;
    }
}
