using System.Collections.Immutable;
using System.Globalization;
using ReviewKit.Cases;

namespace ReviewKit.Responses;

/// <summary>
/// The goodwill gestures a <see cref="ResponsePlan"/> allows for one case: the kinds, the cap, and what the agent may
/// offer without asking. A gesture is a sign of esteem; it is never conditioned on changing or removing the review.
/// </summary>
/// <remarks>
/// <para><see cref="Cap"/> is the smaller of the policy's cap for the case's severity and its cap for the customer's value.
/// <see cref="MaxValueWithoutApproval"/> is the smaller of the cap, the approval threshold and the remaining budget; it
/// is zero when no gesture applies or when the host gave no budget snapshot.</para>
/// <para>Value equality over all members. Immutable and thread-safe.</para>
/// </remarks>
public sealed class GestureAllowance : IEquatable<GestureAllowance>
{
    internal GestureAllowance(
        bool isAvailable,
        ImmutableArray<GestureKind> kinds,
        string currency,
        decimal cap,
        decimal maxDiscountPercent,
        decimal approvalAbove,
        decimal? remainingBudget,
        decimal? orderValue)
    {
        IsAvailable = isAvailable;
        Kinds = isAvailable ? kinds : [];
        Currency = currency;
        Cap = cap;
        MaxDiscountPercent = maxDiscountPercent;
        ApprovalAbove = approvalAbove;
        RemainingBudget = remainingBudget;
        OrderValue = orderValue;
        MaxValueWithoutApproval = isAvailable ? Math.Min(Math.Min(cap, approvalAbove), remainingBudget ?? 0m) : 0m;
        MaxDiscountPercentWithoutApproval = isAvailable && orderValue is > 0m && Kinds.Contains(GestureKind.PercentageDiscount)
            ? Math.Min(maxDiscountPercent, Math.Round(MaxValueWithoutApproval * 100m / orderValue.Value, 2, MidpointRounding.ToZero))
            : 0m;
    }

    /// <summary>Gets a value indicating whether a gesture may be considered for this case at all.</summary>
    public bool IsAvailable { get; }

    /// <summary>Gets the kinds allowed, in the order of <see cref="GestureKind"/>; empty when no gesture is available.</summary>
    public ImmutableArray<GestureKind> Kinds { get; }

    /// <summary>Gets the ISO 4217 currency of every amount.</summary>
    public string Currency { get; }

    /// <summary>Gets the largest value any gesture may have, with approval.</summary>
    public decimal Cap { get; }

    /// <summary>Gets the largest percentage discount, with approval.</summary>
    public decimal MaxDiscountPercent { get; }

    /// <summary>Gets the value above which a gesture needs a manager's approval.</summary>
    public decimal ApprovalAbove { get; }

    /// <summary>Gets what the location may still spend in the current budget period, or <see langword="null"/> when the host gave no budget snapshot.</summary>
    public decimal? RemainingBudget { get; }

    /// <summary>Gets the order value a percentage discount is computed on, or <see langword="null"/> when unknown.</summary>
    public decimal? OrderValue { get; }

    /// <summary>Gets the largest value the agent may offer without asking (voucher, refund, free service).</summary>
    public decimal MaxValueWithoutApproval { get; }

    /// <summary>Gets the largest percentage discount the agent may offer without asking (rounded down to two decimals); zero when the order value is unknown.</summary>
    public decimal MaxDiscountPercentWithoutApproval { get; }

    /// <summary>Decides what the agent may do with a proposed gesture.</summary>
    /// <param name="kind">The kind of gesture.</param>
    /// <param name="amount">The percentage of a discount (greater than 0, at most 100), or the value of the other kinds (zero or more).</param>
    /// <returns>
    /// <see cref="GestureDecision.NotAllowed"/> for a kind that is not allowed or a gesture over a cap;
    /// <see cref="GestureDecision.NeedsApproval"/> above the approval threshold or the remaining budget (zero without a
    /// budget snapshot, so only a gesture worth nothing is allowed then), or for a discount on an unknown order value; otherwise <see cref="GestureDecision.Allowed"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="amount"/> breaks the rule of its kind.</exception>
    public GestureDecision Evaluate(GestureKind kind, decimal amount)
    {
        Guard.Defined(kind, nameof(kind));
        GestureRules.Amount(kind, amount, nameof(amount));
        if (!IsAvailable || !Kinds.Contains(kind))
        {
            return GestureDecision.NotAllowed;
        }

        var value = amount;
        if (kind == GestureKind.PercentageDiscount)
        {
            if (amount > MaxDiscountPercent)
            {
                return GestureDecision.NotAllowed;
            }

            if (OrderValue is not { } order)
            {
                return GestureDecision.NeedsApproval;
            }

            value = amount * order / 100m;
        }

        if (value > Cap)
        {
            return GestureDecision.NotAllowed;
        }

        return value > ApprovalAbove || value > (RemainingBudget ?? 0m)
            ? GestureDecision.NeedsApproval
            : GestureDecision.Allowed;
    }

    /// <inheritdoc/>
    public bool Equals(GestureAllowance? other) =>
        other is not null
        && IsAvailable == other.IsAvailable
        && Kinds.SequenceEqual(other.Kinds)
        && string.Equals(Currency, other.Currency, StringComparison.Ordinal)
        && Cap == other.Cap
        && MaxDiscountPercent == other.MaxDiscountPercent
        && ApprovalAbove == other.ApprovalAbove
        && RemainingBudget == other.RemainingBudget
        && OrderValue == other.OrderValue;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GestureAllowance);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsAvailable, Kinds.Length, Cap, ApprovalAbove, RemainingBudget, OrderValue);

    /// <summary>Returns the kinds and the limits.</summary>
    /// <returns>For example <c>Voucher, FreeService up to 50 EUR (25 EUR without approval)</c>, or <c>no gesture</c>.</returns>
    public override string ToString() => IsAvailable
        ? string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", Kinds)} up to {Cap} {Currency} ({MaxValueWithoutApproval} {Currency} without approval)")
        : "no gesture";

    /// <summary>Compares two allowances for equality.</summary>
    /// <param name="left">The first allowance.</param>
    /// <param name="right">The second allowance.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public static bool operator ==(GestureAllowance? left, GestureAllowance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two allowances for inequality.</summary>
    /// <param name="left">The first allowance.</param>
    /// <param name="right">The second allowance.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(GestureAllowance? left, GestureAllowance? right) => !(left == right);
}
