namespace ReviewKit.Responses;

/// <summary>
/// The stable codes of <see cref="ReplyFinding"/>s. Hosts key on these values (to block, highlight or explain a finding):
/// a code, once published, never changes its meaning.
/// </summary>
public static class ReplyFindingCodes
{
    /// <summary>An e-mail address that is not one of the business's own contacts (error).</summary>
    public const string PiiEmail = "pii.email";

    /// <summary>A phone number (French or international) that is not one of the business's own contacts (error).</summary>
    public const string PiiPhone = "pii.phone";

    /// <summary>An IBAN whose mod-97 check digits are valid (error).</summary>
    public const string PiiIban = "pii.iban";

    /// <summary>A payment card number of 13 to 19 digits whose Luhn check digit is valid (error).</summary>
    public const string PiiCard = "pii.card";

    /// <summary>A street address such as <c>12 rue de la Paix</c> or <c>221 Baker Street</c> (error).</summary>
    public const string PiiAddress = "pii.address";

    /// <summary>The review's own order reference, or an order or booking number (error).</summary>
    public const string PiiOrderReference = "pii.order_reference";

    /// <summary>A request to edit, remove or improve the review; an error when tied to a gesture or a promise, a warning otherwise.</summary>
    public const string IncentiveReviewChange = "incentive.review_change";

    /// <summary>Blaming or arguing with the customer (warning).</summary>
    public const string ToneDefensive = "tone.defensive";

    /// <summary>No apology (warning).</summary>
    public const string MissingApology = "missing.apology";

    /// <summary>No thanks for the feedback (warning).</summary>
    public const string MissingThanks = "missing.thanks";

    /// <summary>No offer to continue in private, by phone, e-mail or private message (warning).</summary>
    public const string MissingPrivateChannel = "missing.private_channel";

    /// <summary>None of the review's themes is addressed (warning).</summary>
    public const string MissingIssueAcknowledged = "missing.issue_acknowledged";

    /// <summary>No human name signs the reply (warning).</summary>
    public const string MissingSignature = "missing.signature";

    /// <summary>The reply is not in the review's language (warning).</summary>
    public const string LanguageMismatch = "language.mismatch";

    /// <summary>The reply is longer than the platform accepts (warning).</summary>
    public const string LengthTooLong = "length.too_long";

    /// <summary>The reply is too short to be a real answer (warning).</summary>
    public const string LengthTooShort = "length.too_short";

    /// <summary>A run of words in capitals, read as shouting (warning).</summary>
    public const string StyleAllCaps = "style.all_caps";

    /// <summary>The reply is a near-duplicate of one of the business's recent public replies (warning).</summary>
    public const string DuplicateRecentReply = "duplicate.recent_reply";
}
