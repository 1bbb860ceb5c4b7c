namespace ReviewKit.Responses;

/// <summary>
/// The placeholders a <see cref="ReplyTemplate"/> may use, written in braces in the template text (<c>{CustomerName}</c>).
/// Any other name is rejected when the template is created; <c>{{</c> and <c>}}</c> write a literal brace.
/// </summary>
public static class ReplyPlaceholders
{
    /// <summary>The customer's name as shown on the review (optional: templates that use it are skipped when it is not given).</summary>
    public const string CustomerName = "CustomerName";

    /// <summary>The business's name.</summary>
    public const string BusinessName = "BusinessName";

    /// <summary>The human signature, for example <c>Marie, responsable de la boutique</c>. Every template must use it.</summary>
    public const string Signature = "Signature";

    /// <summary>How to continue in private, for example <c>par e-mail à contact@exemple.fr</c> or <c>at 01 23 45 67 89</c>.</summary>
    public const string ContactChannel = "ContactChannel";

    /// <summary>A sentence that names the review's issue; when not given, a built-in sentence for the theme is used.</summary>
    public const string ThemeSentence = "ThemeSentence";

    /// <summary>Gets every placeholder name, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [CustomerName, BusinessName, Signature, ContactChannel, ThemeSentence];
}
