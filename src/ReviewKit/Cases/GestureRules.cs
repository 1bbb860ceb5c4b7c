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
}
