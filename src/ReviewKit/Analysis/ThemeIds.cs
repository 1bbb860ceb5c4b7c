namespace ReviewKit.Analysis;

/// <summary>The stable ids of the default irritant themes.</summary>
/// <remarks>Ids never change between versions; hosts may add their own themes with other ids.</remarks>
public static class ThemeIds
{
    /// <summary>Late delivery, late service, waiting days or weeks. Unmet need: reliability and proactive news.</summary>
    public const string Delay = "delay";

    /// <summary>An order, booking or service cancelled. Unmet need: certainty.</summary>
    public const string Cancellation = "cancellation";

    /// <summary>A lost or damaged parcel, luggage or item. Unmet need: integrity of what was entrusted.</summary>
    public const string LostOrDamaged = "lost_or_damaged";

    /// <summary>No update, no tracking, not informed, unreachable. Unmet need: visibility.</summary>
    public const string LackOfInformation = "lack_of_information";

    /// <summary>Not as described or advertised, misleading. Unmet need: honesty.</summary>
    public const string PromiseGap = "promise_gap";

    /// <summary>Support, after-sales, no answer, unresolved. Unmet need: to be heard and helped.</summary>
    public const string CustomerService = "customer_service";

    /// <summary>Rude, unfriendly staff, a poor welcome. Unmet need: respect and warmth.</summary>
    public const string StaffAttitude = "staff_attitude";

    /// <summary>Queues, on hold, slow service. Unmet need: respect for the customer's time.</summary>
    public const string WaitingTime = "waiting_time";

    /// <summary>Faulty, poor or broken products, food, rooms. Unmet need: things that work and last.</summary>
    public const string ProductQuality = "product_quality";

    /// <summary>Overcharged, hidden fees, billing errors, poor value. Unmet need: fair, transparent pricing.</summary>
    public const string PriceBilling = "price_billing";

    /// <summary>Refunds and returns. Unmet need: easy recourse.</summary>
    public const string RefundReturn = "refund_return";

    /// <summary>Dirt, smells, pests. Unmet need: hygiene and care.</summary>
    public const string Cleanliness = "cleanliness";

    /// <summary>Website, app, checkout, reservation problems. Unmet need: a smooth journey.</summary>
    public const string OrderingBooking = "ordering_booking";
}
