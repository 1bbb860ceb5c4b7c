namespace ReviewKit.Responses;

/// <summary>The values of the placeholders of a <see cref="ReplyTemplate"/> for one reply.</summary>
/// <remarks>
/// Values are inserted as plain text: markup, links and line breaks are removed when the reply is drafted (see
/// <see cref="ReplyTemplateSet.Draft"/>). Immutable and thread-safe; reference equality.
/// </remarks>
public sealed class ReplyValues
{
    /// <summary>Creates the values of one reply.</summary>
    /// <param name="signature">The human signature, for example <c>Marie, responsable de la boutique</c>; required.</param>
    /// <param name="contactChannel">How to continue in private, for example <c>par e-mail à contact@exemple.fr</c>; required.</param>
    /// <param name="customerName">The customer's name, if known.</param>
    /// <param name="businessName">The business's name, if the templates use it.</param>
    /// <param name="themeSentence">A sentence naming the issue; when <see langword="null"/>, a built-in sentence for the review's theme is used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> or <paramref name="contactChannel"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is blank or longer than 512 characters (1,000 for the theme sentence).</exception>
    public ReplyValues(string signature, string contactChannel, string? customerName = null, string? businessName = null, string? themeSentence = null)
    {
        Signature = Guard.NotBlank(signature, nameof(signature), Guard.MaxLabelLength);
        ContactChannel = Guard.NotBlank(contactChannel, nameof(contactChannel), Guard.MaxLabelLength);
        CustomerName = Guard.OptionalNotBlank(customerName, nameof(customerName), Guard.MaxLabelLength);
        BusinessName = Guard.OptionalNotBlank(businessName, nameof(businessName), Guard.MaxLabelLength);
        ThemeSentence = Guard.OptionalNotBlank(themeSentence, nameof(themeSentence), 1_000);
    }

    /// <summary>Gets the human signature.</summary>
    public string Signature { get; }

    /// <summary>Gets how to continue in private.</summary>
    public string ContactChannel { get; }

    /// <summary>Gets the customer's name, if known.</summary>
    public string? CustomerName { get; }

    /// <summary>Gets the business's name, if given.</summary>
    public string? BusinessName { get; }

    /// <summary>Gets the sentence naming the issue, if given.</summary>
    public string? ThemeSentence { get; }

    internal string? Get(string placeholder) => placeholder switch
    {
        ReplyPlaceholders.Signature => Signature,
        ReplyPlaceholders.ContactChannel => ContactChannel,
        ReplyPlaceholders.CustomerName => CustomerName,
        ReplyPlaceholders.BusinessName => BusinessName,
        ReplyPlaceholders.ThemeSentence => ThemeSentence,
        _ => null,
    };
}
