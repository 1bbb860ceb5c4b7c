using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Responses;

/// <summary>
/// A validated set of <see cref="ReplyTemplate"/>s that drafts replies: it chooses a template for the case's language,
/// themes and severity, rotates among equivalent templates, fills the placeholders with plain text and keeps the
/// reply within the platform's limit.
/// </summary>
/// <remarks>
/// <para><b>Choice.</b> Templates in the requested language (its primary subtag; English when the set has none in it).
/// For each of the review's themes in order, the templates of that theme and the severity, else of that theme and any
/// severity; when no theme has one, the templates of any theme and the severity, else of any theme and any severity.
/// Templates that use <c>{CustomerName}</c> or <c>{BusinessName}</c> are skipped when the value is not given.</para>
/// <para><b>Rotation.</b> Among the chosen templates (in registration order), the first tried is at index
/// FNV-1a-32 of the case id's UTF-16 little-endian bytes, modulo their count, then the next ones in turn: the same case always gets
/// the same reply, and consecutive cases spread over the templates so the public page does not repeat the same
/// sentence. A template whose reply would be a near-duplicate of one of the recent replies (3-word shingles,
/// Jaccard 0.5 or more) or longer than the platform's limit is passed over.</para>
/// <para><b>Values</b> are inserted as plain text: markup tags, '&lt;', '&gt;', links and line breaks are removed.
/// <c>{ThemeSentence}</c> defaults to a built-in sentence for the theme.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReplyTemplateSet
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private readonly ImmutableArray<ReplyTemplate> _templates;

    /// <summary>Creates a set from templates.</summary>
    /// <param name="templates">The templates, at least one; ids must be unique (ordinal).</param>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="templates"/> is empty, has a null element or a duplicate id.</exception>
    public ReplyTemplateSet(IEnumerable<ReplyTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<ReplyTemplate>();
        foreach (var template in templates)
        {
            if (template is null)
            {
                throw new ArgumentException("templates must not contain null.", nameof(templates));
            }

            if (!ids.Add(template.Id))
            {
                throw new ArgumentException($"templates has two templates with the id '{template.Id}'; ids are unique.", nameof(templates));
            }

            builder.Add(template);
        }

        if (builder.Count == 0)
        {
            throw new ArgumentException("templates must have at least one template.", nameof(templates));
        }

        _templates = builder.ToImmutable();
    }

    /// <summary>Gets the built-in French and English templates.</summary>
    public static ReplyTemplateSet Default { get; } = new(DefaultReplyTemplates.All);

    /// <summary>Gets the templates, in registration order.</summary>
    public IReadOnlyList<ReplyTemplate> Templates => _templates;

    /// <summary>Lists every problem of the templates of <paramref name="options"/>, each prefixed with its path below the options.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>Messages such as <c>Templates:2:Text: unknown placeholder {Nmae} ... (template 'fr-delay')</c>; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static IReadOnlyList<string> Validate(ResponseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Templates.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{nameof(ResponseOptions.Templates)}:{i}");
            var template = options.Templates[i];
            if (template is null)
            {
                failures.Add($"{path}: a template is required.");
                continue;
            }

            var name = template.Id is null ? "unnamed template" : $"template '{template.Id}'";
            if (string.IsNullOrWhiteSpace(template.Id))
            {
                failures.Add($"{path}:{nameof(ReplyTemplateOptions.Id)}: an id is required.");
            }
            else if (template.Id.Length > Guard.MaxIdLength)
            {
                failures.Add($"{path}:{nameof(ReplyTemplateOptions.Id)}: the id has more than {Guard.MaxIdLength} characters.");
            }
            else if (!ids.Add(template.Id))
            {
                failures.Add($"{path}:{nameof(ReplyTemplateOptions.Id)}: '{template.Id}' is the id of an earlier template; ids are unique.");
            }

            if (!LanguageTag.TryParse(template.Language, out var language) || language.IsUndetermined)
            {
                failures.Add($"{path}:{nameof(ReplyTemplateOptions.Language)}: '{template.Language}' is not a language tag such as 'fr' or 'en' ({name}).");
            }

            if (template.Theme is not null && (string.IsNullOrWhiteSpace(template.Theme) || template.Theme.Length > Guard.MaxIdLength))
            {
                failures.Add($"{path}:{nameof(ReplyTemplateOptions.Theme)}: a theme id is 1 to {Guard.MaxIdLength} characters, not blank; leave it out for any theme ({name}).");
            }

            if (template.Severity is { } severity && !Enum.IsDefined(severity))
            {
                failures.Add($"{path}:{nameof(ReplyTemplateOptions.Severity)}: {(int)severity} is not a severity (Low, Medium, High, Critical) ({name}).");
            }

            if (template.Text is null)
            {
                failures.Add($"{path}:{nameof(ReplyTemplateOptions.Text)}: a text is required ({name}).");
            }
            else
            {
                foreach (var error in ReplyTemplate.Validate(template.Text))
                {
                    failures.Add($"{path}:{nameof(ReplyTemplateOptions.Text)}: {error} ({name}).");
                }
            }
        }

        if (!options.IncludeDefaultTemplates && options.Templates.Count == 0)
        {
            failures.Add($"{nameof(ResponseOptions.Templates)}: at least one template is required when {nameof(ResponseOptions.IncludeDefaultTemplates)} is false.");
        }

        return failures;
    }

    /// <summary>Creates the set the options describe: the built-in templates (unless excluded) and the configured ones.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The set; a configured template with a built-in template's id replaces it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem (see <see cref="Validate(ResponseOptions)"/>).</exception>
    public static ReplyTemplateSet FromOptions(ResponseOptions options)
    {
        var failures = Validate(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException($"The response options are invalid: {string.Join(" ", failures)}", nameof(options));
        }

        var configured = options.Templates
            .Select(static t => new ReplyTemplate(t.Id!, LanguageTag.Parse(t.Language!), t.Text!, t.Theme, t.Severity))
            .ToList();
        if (!options.IncludeDefaultTemplates)
        {
            return new ReplyTemplateSet(configured);
        }

        var configuredIds = configured.Select(static t => t.Id).ToHashSet(StringComparer.Ordinal);
        return new ReplyTemplateSet(DefaultReplyTemplates.All.Where(t => !configuredIds.Contains(t.Id)).Concat(configured));
    }

    /// <summary>Drafts the public reply of a case from the templates.</summary>
    /// <param name="caseId">The case; it drives the rotation among equivalent templates.</param>
    /// <param name="language">The reply's language (usually the review's).</param>
    /// <param name="themes">The review's theme ids, most important first; may be empty.</param>
    /// <param name="severity">The case's severity.</param>
    /// <param name="values">The values of the placeholders.</param>
    /// <param name="source">Where the reply will be posted (it sets the length limit); the default value for unknown (4,096 characters).</param>
    /// <param name="recentReplies">The business's recent public replies: a template that would repeat one of them is passed over; <see langword="null"/> for none.</param>
    /// <returns>The drafted reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themes"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="caseId"/> is the default value; <paramref name="severity"/> is not defined; no template can be filled
    /// with <paramref name="values"/> (the message names the missing placeholder) or every reply would be over the platform limit.
    /// </exception>
    public ReplyDraft Draft(
        CaseId caseId,
        LanguageTag language,
        IReadOnlyList<string> themes,
        Severity severity,
        ReplyValues values,
        ReviewSource source = default,
        IReadOnlyList<string>? recentReplies = null)
    {
        Guard.NotDefault(caseId, nameof(caseId));
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(values);
        Guard.Defined(severity, nameof(severity));
        var normalizedThemes = themes.Where(static t => !string.IsNullOrWhiteSpace(t)).Select(static t => t.Trim().ToLowerInvariant()).ToList();
        var inLanguage = InLanguage(language);
        var (candidates, theme) = Choose(inLanguage, normalizedThemes, severity);
        var fillable = candidates.Where(t => MissingValue(t, values) is null).ToList();
        if (fillable.Count == 0)
        {
            var first = candidates[0];
            throw new ArgumentException(
                $"values has no {{{MissingValue(first, values)}}}, which template '{first.Id}' needs, and no other template for this case can be filled.",
                nameof(values));
        }

        var replyLanguage = fillable[0].Language;
        var themeSentence = values.ThemeSentence ?? DefaultReplyTemplates.ThemeSentence(theme ?? normalizedThemes.FirstOrDefault(DefaultReplyTemplates.HasSentence), replyLanguage);
        var limit = PlatformLimits.For(source);
        var recent = recentReplies is null or { Count: 0 } ? [] : recentReplies.Where(static r => r is not null).Select(Shingles.Of).ToArray();
        var start = (int)(Hash(caseId.Value) % (uint)fillable.Count);
        ReplyDraft? firstFitting = null;
        for (var k = 0; k < fillable.Count; k++)
        {
            var template = fillable[(start + k) % fillable.Count];
            var text = Render(template, values, themeSentence);
            if (PlatformLimits.CountCharacters(text) > limit)
            {
                continue;
            }

            var draft = new ReplyDraft(text, template.Id, template.Language);
            firstFitting ??= draft;
            if (!IsDuplicate(text, recent))
            {
                return draft;
            }
        }

        return firstFitting ?? throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Every reply drafted with these values is longer than the {limit}-character limit of '{source}': shorten the values."),
            nameof(values));
    }

    internal static uint Hash(string value)
    {
        var hash = FnvOffset;
        foreach (var c in value)
        {
            hash = (hash ^ (c & 0xFFu)) * FnvPrime;
            hash = (hash ^ ((uint)c >> 8)) * FnvPrime;
        }

        return hash;
    }

    private static string? MissingValue(ReplyTemplate template, ReplyValues values)
    {
        foreach (var placeholder in template.Placeholders)
        {
            if (placeholder != ReplyPlaceholders.ThemeSentence && (values.Get(placeholder) is not { } value || TemplateText.PlainText(value).Length == 0))
            {
                return placeholder;
            }
        }

        return null;
    }

    private static string Render(ReplyTemplate template, ReplyValues values, string themeSentence)
    {
        var builder = new StringBuilder(template.Text.Length + 128);
        foreach (var segment in template.Segments)
        {
            if (!segment.IsPlaceholder)
            {
                builder.Append(segment.Text);
                continue;
            }

            var value = segment.Text == ReplyPlaceholders.ThemeSentence ? themeSentence : values.Get(segment.Text) ?? string.Empty;
            builder.Append(TemplateText.PlainText(value));
        }

        return builder.ToString();
    }

    private static bool IsDuplicate(string text, ulong[][] recent)
    {
        if (recent.Length == 0)
        {
            return false;
        }

        var shingles = Shingles.Of(text);
        foreach (var other in recent)
        {
            if (Shingles.Jaccard(shingles, other) >= Shingles.DuplicateThreshold)
            {
                return true;
            }
        }

        return false;
    }

    private List<ReplyTemplate> InLanguage(LanguageTag language)
    {
        var primary = language.PrimaryLanguage;
        var matching = _templates.Where(t => t.Language.PrimaryLanguage == primary).ToList();
        if (matching.Count == 0)
        {
            matching = [.. _templates.Where(static t => t.Language.PrimaryLanguage == "en")];
        }

        return matching.Count > 0
            ? matching
            : throw new ArgumentException($"The set has no template in '{language}' nor in English.", nameof(language));
    }

    private static (List<ReplyTemplate> Candidates, string? Theme) Choose(List<ReplyTemplate> templates, List<string> themes, Severity severity)
    {
        foreach (var theme in themes)
        {
            var exact = templates.Where(t => t.Theme == theme && t.Severity == severity).ToList();
            if (exact.Count > 0)
            {
                return (exact, theme);
            }

            var anySeverity = templates.Where(t => t.Theme == theme && t.Severity is null).ToList();
            if (anySeverity.Count > 0)
            {
                return (anySeverity, theme);
            }
        }

        var generic = templates.Where(t => t.Theme is null && t.Severity == severity).ToList();
        if (generic.Count == 0)
        {
            generic = [.. templates.Where(static t => t.Theme is null && t.Severity is null)];
        }

        if (generic.Count == 0)
        {
            // Only themed templates exist in this language: any of them is better than nothing.
            generic = templates;
        }

        return (generic, null);
    }
}
