using System.Collections.Immutable;

namespace ReviewKit.Improvement;

/// <summary>
/// A correction the business puts in place against one or more irritant themes, at some or all locations: what, who,
/// when it starts and is due, where it stands. Plain data the host stores; <see cref="ActionEffectMeasurer"/> measures it.
/// </summary>
/// <remarks>
/// Theme and location ids are ordinal, de-duplicated and kept in the given order. An empty location list means every location.
/// The start date is when the correction takes effect (the "before/after" boundary of the measurement).
/// Immutable and thread-safe; equality compares every property.
/// </remarks>
public sealed class ImprovementAction : IEquatable<ImprovementAction>
{
    /// <summary>Creates an action.</summary>
    /// <param name="id">The host's id of the action; 1 to 256 characters.</param>
    /// <param name="title">What the correction is; not blank.</param>
    /// <param name="themeIds">The themes it addresses; at least one.</param>
    /// <param name="start">The day the correction takes effect.</param>
    /// <param name="locationIds">The locations it applies to; default or empty for every location.</param>
    /// <param name="owner">Who is responsible, or <see langword="null"/>.</param>
    /// <param name="due">The day it is due, or <see langword="null"/>; not before <paramref name="start"/>.</param>
    /// <param name="status">Where it stands. The default is <see cref="ImprovementActionStatus.Proposed"/>.</param>
    /// <param name="notes">Free notes; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A text is blank or too long; <paramref name="themeIds"/> is empty; <paramref name="due"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public ImprovementAction(
        string id,
        string title,
        ImmutableArray<string> themeIds,
        LocalDate start,
        ImmutableArray<string> locationIds = default,
        string? owner = null,
        LocalDate? due = null,
        ImprovementActionStatus status = ImprovementActionStatus.Proposed,
        string? notes = null)
    {
        Id = Guard.NotBlank(id, nameof(id), Guard.MaxIdLength);
        Title = Guard.NotBlank(title, nameof(title), Guard.MaxLabelLength);
        ThemeIds = Distinct(themeIds, nameof(themeIds), Guard.MaxIdLength);
        if (ThemeIds.IsEmpty)
        {
            throw new ArgumentException("themeIds must name at least one theme.", nameof(themeIds));
        }

        LocationIds = Distinct(locationIds, nameof(locationIds), Guard.MaxLabelLength);
        if (due is { } d && d < start)
        {
            throw new ArgumentException($"due ({d:uuuu-MM-dd}) is before start ({start:uuuu-MM-dd}).", nameof(due));
        }

        Start = start;
        Owner = Guard.OptionalNotBlank(owner, nameof(owner), Guard.MaxLabelLength);
        Due = due;
        Status = Guard.Defined(status, nameof(status));
        Notes = Guard.OptionalText(notes, nameof(notes)) ?? string.Empty;
    }

    /// <summary>Gets the host's id of the action.</summary>
    public string Id { get; }

    /// <summary>Gets what the correction is.</summary>
    public string Title { get; }

    /// <summary>Gets the themes it addresses (at least one).</summary>
    public ImmutableArray<string> ThemeIds { get; }

    /// <summary>Gets the locations it applies to; empty for every location.</summary>
    public ImmutableArray<string> LocationIds { get; }

    /// <summary>Gets who is responsible, or <see langword="null"/>.</summary>
    public string? Owner { get; }

    /// <summary>Gets the day the correction takes effect.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the day it is due, or <see langword="null"/>.</summary>
    public LocalDate? Due { get; }

    /// <summary>Gets where it stands.</summary>
    public ImprovementActionStatus Status { get; }

    /// <summary>Gets the notes; empty when none.</summary>
    public string Notes { get; }

    /// <summary>Gets a value indicating whether the action applies to <paramref name="locationId"/>.</summary>
    /// <param name="locationId">A location id, or <see langword="null"/> for a review without location.</param>
    /// <returns><see langword="true"/> when the action applies everywhere or lists the location.</returns>
    public bool AppliesTo(string? locationId) => LocationIds.IsEmpty || (locationId is not null && LocationIds.Contains(locationId, StringComparer.Ordinal));

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public ImprovementAction WithStatus(ImprovementActionStatus status) => new(Id, Title, ThemeIds, Start, LocationIds, Owner, Due, status, Notes);

    /// <summary>Returns a copy with another owner.</summary>
    /// <param name="owner">The new owner, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is blank or too long.</exception>
    public ImprovementAction WithOwner(string? owner) => new(Id, Title, ThemeIds, Start, LocationIds, owner, Due, Status, Notes);

    /// <summary>Returns a copy with other dates.</summary>
    /// <param name="start">The new start.</param>
    /// <param name="due">The new due date, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="due"/> is before <paramref name="start"/>.</exception>
    public ImprovementAction WithDates(LocalDate start, LocalDate? due) => new(Id, Title, ThemeIds, start, LocationIds, Owner, due, Status, Notes);

    /// <summary>Returns a copy with other notes.</summary>
    /// <param name="notes">The new notes, or <see langword="null"/> for none.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="notes"/> is too long.</exception>
    public ImprovementAction WithNotes(string? notes) => new(Id, Title, ThemeIds, Start, LocationIds, Owner, Due, Status, notes);

    /// <inheritdoc/>
    public bool Equals(ImprovementAction? other) =>
        other is not null && Id == other.Id && Title == other.Title && ThemeIds.SequenceEqual(other.ThemeIds, StringComparer.Ordinal)
        && LocationIds.SequenceEqual(other.LocationIds, StringComparer.Ordinal) && Owner == other.Owner && Start == other.Start
        && Due == other.Due && Status == other.Status && Notes == other.Notes;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ImprovementAction);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Start, Due, Status);

    /// <summary>Describes the action.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id}: {Title} ({Status}, from {Start:uuuu-MM-dd}, themes {string.Join(", ", ThemeIds)})";

    /// <summary>Compares two actions for equality.</summary>
    /// <param name="left">The first action.</param>
    /// <param name="right">The second action.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ImprovementAction? left, ImprovementAction? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two actions for inequality.</summary>
    /// <param name="left">The first action.</param>
    /// <param name="right">The second action.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ImprovementAction? left, ImprovementAction? right) => !(left == right);

    private static ImmutableArray<string> Distinct(ImmutableArray<string> values, string paramName, int maxLength)
    {
        if (values.IsDefaultOrEmpty)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(values.Length);
        foreach (var v in values)
        {
            Guard.NotBlank(v, paramName, maxLength);
            if (!builder.Contains(v, StringComparer.Ordinal))
            {
                builder.Add(v);
            }
        }

        return builder.ToImmutable();
    }
}
