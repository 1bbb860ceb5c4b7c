namespace ReviewKit.Analysis;

/// <summary>The stable ids of the risks that must be escalated at once.</summary>
public static class RiskIds
{
    /// <summary>A lawyer, a court, a formal complaint ("avocat", "plainte").</summary>
    public const string LegalThreat = "legal_threat";

    /// <summary>Food poisoning, injury, allergy, danger.</summary>
    public const string HealthSafety = "health_safety";

    /// <summary>Racism, discrimination, homophobia, sexism.</summary>
    public const string Discrimination = "discrimination";

    /// <summary>Scam, fraud, theft ("arnaque").</summary>
    public const string FraudAccusation = "fraud_accusation";

    /// <summary>The press, social media, an influencer ("je vais le partager partout").</summary>
    public const string PublicExposure = "public_exposure";

    /// <summary>Insults or threats aimed at staff.</summary>
    public const string Abuse = "abuse";
}
