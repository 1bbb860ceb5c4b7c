namespace ReviewKit.Responses;

/// <summary>
/// The response options, bindable from configuration (<c>ReviewKit:Responses</c>): the reply templates and the
/// response policy.
/// </summary>
/// <remarks>
/// Plain data for configuration binding: validate the templates with <see cref="ReplyTemplateSet.Validate(ResponseOptions)"/>
/// and turn them into templates with <see cref="ReplyTemplateSet.FromOptions(ResponseOptions)"/>; validate the policy
/// with <see cref="ResponsePolicy.Validate(string)"/> and give it to a <see cref="ResponsePlanner"/>. Not thread-safe
/// while being changed; set it before use.
/// </remarks>
public sealed class ResponseOptions
{
    /// <summary>Gets or sets a value indicating whether the built-in French and English templates are included.</summary>
    /// <value>The default value is <see langword="true"/>. A configured template with the id of a built-in one replaces it.</value>
    public bool IncludeDefaultTemplates { get; set; } = true;

    /// <summary>Gets the configured templates.</summary>
    /// <value>Empty by default.</value>
    public IList<ReplyTemplateOptions> Templates { get; } = [];

    /// <summary>Gets the response policy (section <c>ReviewKit:Responses:Policy</c>): channels, solutions, gestures and follow-up.</summary>
    /// <value>The defaults of <see cref="ResponsePolicy"/>.</value>
    public ResponsePolicy Policy { get; } = new();
}

/// <summary>One reply template in configuration (see <see cref="ReplyTemplate"/> for the rules).</summary>
/// <remarks>Plain data for configuration binding. Not thread-safe while being changed.</remarks>
public sealed class ReplyTemplateOptions
{
    /// <summary>Gets or sets the template's id, unique among the templates.</summary>
    /// <value>Required; the default value is <see langword="null"/>.</value>
    public string? Id { get; set; }

    /// <summary>Gets or sets the language tag of the text, for example <c>fr</c>.</summary>
    /// <value>Required; the default value is <see langword="null"/>.</value>
    public string? Language { get; set; }

    /// <summary>Gets or sets the theme id the template answers, for example <c>delay</c>.</summary>
    /// <value>The default value is <see langword="null"/>: any theme.</value>
    public string? Theme { get; set; }

    /// <summary>Gets or sets the severity the template answers.</summary>
    /// <value>The default value is <see langword="null"/>: any severity.</value>
    public ReviewKit.Triage.Severity? Severity { get; set; }

    /// <summary>Gets or sets the text with its placeholders, for example <c>Bonjour {CustomerName}, ... {Signature}</c>.</summary>
    /// <value>Required; the default value is <see langword="null"/>.</value>
    public string? Text { get; set; }
}
