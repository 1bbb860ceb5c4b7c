using ReviewKit.Cases;

namespace ReviewKit.Import.Internal;

internal static class ImportSettings
{
    public static (Actor ReplyAuthor, string? LocationId) From(ReviewImportOptions? options, string paramName)
    {
        options ??= new ReviewImportOptions();
        if (options.ReplyAuthor == default)
        {
            throw new ArgumentException("ReplyAuthor must not be the default (uninitialised) Actor.", paramName);
        }

        if (options.LocationId is { } location && (string.IsNullOrWhiteSpace(location) || location.Length > Fields.MaxLabelLength))
        {
            throw new ArgumentException($"LocationId must be null or 1 to {Fields.MaxLabelLength} characters, not blank.", paramName);
        }

        return (options.ReplyAuthor, options.LocationId?.Trim());
    }
}
