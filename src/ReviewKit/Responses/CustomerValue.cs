namespace ReviewKit.Responses;

/// <summary>How much a customer is worth to the business, as the host ranks it; the gesture caps of a <see cref="ResponsePolicy"/> depend on it.</summary>
public enum CustomerValue
{
    /// <summary>An ordinary or new customer.</summary>
    Standard = 0,

    /// <summary>A returning, loyal customer.</summary>
    Loyal = 1,

    /// <summary>A key account or a high-value customer.</summary>
    Key = 2,
}
