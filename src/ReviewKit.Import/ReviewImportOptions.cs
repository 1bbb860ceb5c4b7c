using ReviewKit.Cases;

namespace ReviewKit.Import;

/// <summary>Settings shared by the importers.</summary>
/// <remarks>A plain options object: set it up, then hand it to an importer, which copies what it needs. Not thread-safe while being changed.</remarks>
public sealed class ReviewImportOptions
{
    /// <summary>Gets or sets who the imported public replies are attributed to: the platforms do not say which agent wrote them.</summary>
    /// <value>The default value is the agent <c>unattributed</c>.</value>
    public Actor ReplyAuthor { get; set; } = Actor.Agent("unattributed");

    /// <summary>
    /// Gets or sets the location (business unit) to give every imported review, or <see langword="null"/> to keep the
    /// one the input names (a Google review's location from its resource name, a CSV location column).
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? LocationId { get; set; }
}
