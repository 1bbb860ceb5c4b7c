using System.Globalization;
using ReviewKit.Cases;

namespace ReviewKit.Responses;

/// <summary>
/// What a location has already spent on goodwill gestures in the current budget period, as the host counted it when it
/// asked for a plan. ReviewKit keeps no budget state of its own: the host owns the count (in its database, per
/// location and <see cref="GesturePolicy.BudgetPeriod"/>) and passes a snapshot with each request.
/// </summary>
/// <remarks>
/// Two agents planning at the same moment see the same snapshot: the host that needs a hard limit reserves the amount
/// in its own store when the gesture is offered. An immutable value with equality over all members; thread-safe.
/// </remarks>
public readonly struct GestureBudgetSnapshot : IEquatable<GestureBudgetSnapshot>
{
    private readonly string? _currency;

    /// <summary>Creates a snapshot.</summary>
    /// <param name="locationId">The location the count is for: the case's review location, or <see langword="null"/> for reviews without one.</param>
    /// <param name="spent">The value of the gestures offered in the current period; zero or more.</param>
    /// <param name="currency">The ISO 4217 code of <paramref name="spent"/>, three capital letters such as <c>EUR</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is blank or too long, or <paramref name="currency"/> is not an ISO 4217 code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spent"/> is negative.</exception>
    public GestureBudgetSnapshot(string? locationId, decimal spent, string currency)
    {
        LocationId = Guard.OptionalNotBlank(locationId, nameof(locationId), Guard.MaxLabelLength);
        Spent = spent >= 0
            ? spent
            : throw new ArgumentOutOfRangeException(nameof(spent), spent, "spent must be zero or more.");
        ArgumentNullException.ThrowIfNull(currency);
        _currency = GestureRules.Currency(GestureKind.Voucher, currency, nameof(currency));
    }

    /// <summary>Gets the location the count is for, or <see langword="null"/>.</summary>
    public string? LocationId { get; }

    /// <summary>Gets the value already spent in the current period.</summary>
    public decimal Spent { get; }

    /// <summary>Gets the ISO 4217 currency code; empty for the default value.</summary>
    public string Currency => _currency ?? string.Empty;

    /// <summary>Compares two snapshots for equality.</summary>
    /// <param name="left">The first snapshot.</param>
    /// <param name="right">The second snapshot.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(GestureBudgetSnapshot left, GestureBudgetSnapshot right) => left.Equals(right);

    /// <summary>Compares two snapshots for inequality.</summary>
    /// <param name="left">The first snapshot.</param>
    /// <param name="right">The second snapshot.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(GestureBudgetSnapshot left, GestureBudgetSnapshot right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(GestureBudgetSnapshot other) =>
        string.Equals(LocationId, other.LocationId, StringComparison.Ordinal) && Spent == other.Spent && Currency == other.Currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GestureBudgetSnapshot other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(LocationId, Spent, Currency);

    /// <summary>Returns the location, the amount and the currency.</summary>
    /// <returns>For example <c>paris-store: 120.00 EUR spent</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{LocationId ?? "(no location)"}: {Spent} {Currency} spent");
}
