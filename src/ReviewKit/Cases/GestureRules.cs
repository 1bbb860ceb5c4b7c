using System.Globalization;

namespace ReviewKit.Cases;

/// <summary>The validity rules of a goodwill gesture's amount and currency, shared by every type that carries a gesture.</summary>
internal static class GestureRules
{
    public static decimal Amount(GestureKind kind, decimal amount, string paramName)
    {
        if (kind == GestureKind.PercentageDiscount ? amount is <= 0 or > 100 : amount < 0)
        {
            var rule = kind == GestureKind.PercentageDiscount
                ? "a percentage discount must be greater than 0 and at most 100"
                : "the value of a gesture must be zero or more";
            throw new ArgumentOutOfRangeException(
                paramName, amount, string.Create(CultureInfo.InvariantCulture, $"{paramName} {amount} is invalid: {rule}."));
        }

        return amount;
    }

    public static string? Currency(GestureKind kind, string? currency, string paramName)
    {
        if (kind == GestureKind.PercentageDiscount)
        {
            return currency is null
                ? null
                : throw new ArgumentException($"{paramName} must be null for a percentage discount.", paramName);
        }

        if (currency is null)
        {
            return kind is GestureKind.Voucher or GestureKind.Refund
                ? throw new ArgumentException($"{paramName} is required for a {kind}: an ISO 4217 code such as EUR.", paramName)
                : null;
        }

        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"{paramName} '{currency}' is not an ISO 4217 code: three capital letters such as EUR.", paramName);
        }

        return currency;
    }

    /// <summary>
    /// Finds the gesture awaiting approval in a timeline: the latest gesture recorded by an agent that needs approval
    /// (recorded with <see cref="GoodwillGestureOffered.AwaitsApproval"/>, or above <paramref name="aboveLimit"/>), unless
    /// another agent recorded the same gesture (same kind, amount and currency) before or after it: that is the approval.
    /// </summary>
    /// <param name="timeline">The case's timeline.</param>
    /// <param name="aboveLimit">Whether a gesture exceeds the agent's limit on its amount alone; <see langword="null"/> to read the flag only.</param>
    /// <returns>The index of the gesture awaiting approval, or -1.</returns>
    public static int PendingApproval(ReadOnlySpan<CaseEvent> timeline, Func<GoodwillGestureOffered, bool>? aboveLimit)
    {
        for (var i = timeline.Length - 1; i >= 0; i--)
        {
            if (timeline[i] is not GoodwillGestureOffered gesture || gesture.By.Kind != ActorKind.Agent
                || !(gesture.AwaitsApproval || (aboveLimit is not null && aboveLimit(gesture))))
            {
                continue;
            }

            for (var j = 0; j < timeline.Length; j++)
            {
                if (j != i && timeline[j] is GoodwillGestureOffered other && other.By.Kind == ActorKind.Agent && other.By != gesture.By
                    && other.Kind == gesture.Kind && other.Amount == gesture.Amount
                    && string.Equals(other.Currency, gesture.Currency, StringComparison.Ordinal))
                {
                    return -1;
                }
            }

            return i;
        }

        return -1;
    }
}
