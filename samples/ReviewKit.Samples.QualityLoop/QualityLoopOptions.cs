using Microsoft.Extensions.Options;
using NodaTime.Text;
using ReviewKit.Analysis;
using ReviewKit.Improvement;

namespace ReviewKit.Samples.QualityLoop;

/// <summary>The sample's own settings, bound from the <c>QualityLoop</c> section of appsettings.json.</summary>
public sealed class QualityLoopOptions
{
    public const string SectionName = "QualityLoop";

    /// <summary>How many whole months the report covers, ending with the last whole month of the data. The default is 12.</summary>
    public int ReportMonths { get; set; } = 12;

    /// <summary>The length of the windows before and after an action's start, in months. The default is 6.</summary>
    public int MeasurementMonths { get; set; } = 6;

    /// <summary>The corrections to measure: plain data, as a host would store them.</summary>
    public IList<ActionSettings> Actions { get; } = [];
}

/// <summary>One improvement action as written in configuration.</summary>
public sealed class ActionSettings
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public IList<string> ThemeIds { get; } = [];

    public IList<string> LocationIds { get; } = [];

    public string? Owner { get; set; }

    /// <summary>The day the correction took effect, ISO format (<c>2016-11-01</c>).</summary>
    public string Start { get; set; } = "";

    /// <summary>The day it was due, ISO format, or null.</summary>
    public string? Due { get; set; }

    public ImprovementActionStatus Status { get; set; } = ImprovementActionStatus.Done;

    public string? Notes { get; set; }

    public ImprovementAction ToAction() => new(
        Id,
        Title,
        [.. ThemeIds],
        LocalDatePattern.Iso.Parse(Start).Value,
        [.. LocationIds],
        Owner,
        Due is null ? null : LocalDatePattern.Iso.Parse(Due).Value,
        Status,
        Notes);
}

/// <summary>
/// Validates <see cref="QualityLoopOptions"/> and reports every failure at once, each with its configuration path:
/// ids, titles, ISO dates, themes the analyzer knows, and everything <see cref="ImprovementAction"/> itself checks.
/// </summary>
public sealed class QualityLoopOptionsValidator(ThemeCatalog themes) : IValidateOptions<QualityLoopOptions>
{
    public ValidateOptionsResult Validate(string? name, QualityLoopOptions options)
    {
        var failures = new List<string>();
        var path = QualityLoopOptions.SectionName;
        if (options.ReportMonths is < 1 or > 120)
        {
            failures.Add($"{path}:ReportMonths: {options.ReportMonths} must be within [1, 120].");
        }

        if (options.MeasurementMonths is < 1 or > 60)
        {
            failures.Add($"{path}:MeasurementMonths: {options.MeasurementMonths} must be within [1, 60].");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Actions.Count; i++)
        {
            var action = options.Actions[i];
            var at = $"{path}:Actions:{i}";
            var failuresBefore = failures.Count;
            if (!string.IsNullOrWhiteSpace(action.Id) && !ids.Add(action.Id))
            {
                failures.Add($"{at}:Id: '{action.Id}' is used by another action.");
            }

            if (!LocalDatePattern.Iso.Parse(action.Start).Success)
            {
                failures.Add($"{at}:Start: '{action.Start}' is not an ISO date (yyyy-MM-dd).");
            }

            if (action.Due is { } due && !LocalDatePattern.Iso.Parse(due).Success)
            {
                failures.Add($"{at}:Due: '{due}' is not an ISO date (yyyy-MM-dd).");
            }

            foreach (var theme in action.ThemeIds.Where(t => themes.Count > 0 && t is not null && themes.Find(t) is null))
            {
                failures.Add($"{at}:ThemeIds: '{theme}' is not a theme of the analyzer ({string.Join(", ", themes.Select(t => t.Id).Order(StringComparer.Ordinal))}).");
            }

            if (failures.Count == failuresBefore)
            {
                try
                {
                    _ = action.ToAction();
                }
                catch (ArgumentException e)
                {
                    failures.Add($"{at}: {e.Message}");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
