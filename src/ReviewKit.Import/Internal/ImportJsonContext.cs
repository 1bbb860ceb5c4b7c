using System.Text.Json.Serialization;

namespace ReviewKit.Import.Internal;

/// <summary>The JSON shapes the importers read, compiled by the System.Text.Json source generator (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(GoogleReviewDto))]
[JsonSerializable(typeof(TrustpilotReviewDto))]
internal sealed partial class ImportJsonContext : JsonSerializerContext;

/// <summary>The Google Business Profile API's <c>Review</c> resource (accounts.locations.reviews).</summary>
internal sealed class GoogleReviewDto
{
    public string? Name { get; set; }

    public string? ReviewId { get; set; }

    public GoogleReviewerDto? Reviewer { get; set; }

    public string? StarRating { get; set; }

    public string? Comment { get; set; }

    public string? CreateTime { get; set; }

    public string? UpdateTime { get; set; }

    public GoogleReplyDto? ReviewReply { get; set; }
}

internal sealed class GoogleReviewerDto
{
    public string? ProfilePhotoUrl { get; set; }

    public string? DisplayName { get; set; }

    public bool IsAnonymous { get; set; }
}

internal sealed class GoogleReplyDto
{
    public string? Comment { get; set; }

    public string? UpdateTime { get; set; }
}

/// <summary>A Trustpilot review as its business API returns it.</summary>
internal sealed class TrustpilotReviewDto
{
    public string? Id { get; set; }

    public int? Stars { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? Language { get; set; }

    public string? CreatedAt { get; set; }

    public string? UpdatedAt { get; set; }

    public TrustpilotConsumerDto? Consumer { get; set; }

    public TrustpilotReplyDto? CompanyReply { get; set; }
}

internal sealed class TrustpilotConsumerDto
{
    public string? DisplayName { get; set; }

    public string? Id { get; set; }
}

internal sealed class TrustpilotReplyDto
{
    public string? Text { get; set; }

    public string? CreatedAt { get; set; }
}
