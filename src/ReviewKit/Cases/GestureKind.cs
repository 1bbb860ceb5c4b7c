namespace ReviewKit.Cases;

/// <summary>The kind of a goodwill gesture offered to an unhappy customer.</summary>
public enum GestureKind
{
    /// <summary>A percentage off a future or current purchase; the amount is the percentage (0 to 100].</summary>
    PercentageDiscount = 0,

    /// <summary>A voucher worth an amount of money.</summary>
    Voucher = 1,

    /// <summary>A full or partial refund of an amount of money.</summary>
    Refund = 2,

    /// <summary>A free service or product; the amount is its value, possibly zero.</summary>
    FreeService = 3,
}
