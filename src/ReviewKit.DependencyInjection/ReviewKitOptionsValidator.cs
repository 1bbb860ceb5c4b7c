using Microsoft.Extensions.Options;
using ReviewKit.Calendars;
using ReviewKit.Escalation;
using ReviewKit.Responses;
using ReviewKit.Sla;

namespace ReviewKit;

/// <summary>Validates <see cref="ReviewKitOptions"/>, reporting every failure with its configuration path and rule.</summary>
internal sealed class ReviewKitOptionsValidator : IValidateOptions<ReviewKitOptions>
{
    private readonly string _path;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IHolidayProvider[] _holidayProviders;

    public ReviewKitOptionsValidator(string path, IDateTimeZoneProvider zones, IEnumerable<IHolidayProvider> holidayProviders)
    {
        _path = path;
        _zones = zones;
        _holidayProviders = [.. holidayProviders];
    }

    public ValidateOptionsResult Validate(string? name, ReviewKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateTimeZone(options.DefaultTimeZone, $"{_path}:{nameof(ReviewKitOptions.DefaultTimeZone)}", failures);
        foreach (var failure in ReplyTemplateSet.Validate(options.Responses))
        {
            failures.Add($"{_path}:{nameof(ReviewKitOptions.Responses)}:{failure}");
        }

        failures.AddRange(options.Responses.Policy.Validate($"{_path}:{nameof(ReviewKitOptions.Responses)}:{nameof(ResponseOptions.Policy)}"));

        if (options.Calendars is null)
        {
            failures.Add($"{_path}:{nameof(ReviewKitOptions.Calendars)}: must not be null.");
        }
        else
        {
            foreach (var (calendarName, calendar) in options.Calendars)
            {
                var path = $"{_path}:{nameof(ReviewKitOptions.Calendars)}:{calendarName}";
                if (calendar is null)
                {
                    failures.Add($"{path}: the calendar has no definition.");
                    continue;
                }

                failures.AddRange(BusinessCalendar.Validate(calendar, path, _holidayProviders));
            }
        }

        if (options.Escalation is null)
        {
            failures.Add($"{_path}:{nameof(ReviewKitOptions.Escalation)}: must not be null.");
        }
        else
            failures.AddRange(EscalationRuleSet.Validate(options.Escalation, $"{_path}:{nameof(ReviewKitOptions.Escalation)}"));

        if (options.Sla is null)
        {
            failures.Add($"{_path}:{nameof(ReviewKitOptions.Sla)}: must not be null.");
        }
        else
        {
            failures.AddRange(SlaEvaluator.Validate(options.Sla, $"{_path}:{nameof(ReviewKitOptions.Sla)}", (IEnumerable<string>?)options.Calendars?.Keys ?? []));
        }

        failures.AddRange(options.Analysis.Validate($"{_path}:{nameof(ReviewKitOptions.Analysis)}"));
        failures.AddRange(options.Triage.Validate($"{_path}:{nameof(ReviewKitOptions.Triage)}"));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateTimeZone(string? zoneId, string path, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            failures.Add($"{path}: a time zone id is required (an IANA id such as 'Europe/Paris').");
        }
        else if (_zones.GetZoneOrNull(zoneId) is null)
        {
            failures.Add($"{path}: '{zoneId}' is not an IANA time zone id known to tzdb {_zones.VersionId} (for example 'Europe/Paris').");
        }
    }
}
