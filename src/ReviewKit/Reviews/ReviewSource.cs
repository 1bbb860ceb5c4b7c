namespace ReviewKit.Reviews;

/// <summary>
/// The channel a review came from: a review platform (Google, Trustpilot, ...), a social network, or one of the
/// business's own channels (e-mail, phone, web form, survey). Well-known sources are static properties; any other
/// channel is named with <see cref="FromName(string)"/>.
/// </summary>
/// <remarks>
/// Names are case-insensitive and stored in lower case: <c>FromName("Google")</c> equals <see cref="Google"/>.
/// A name is 1 to 64 characters of ASCII letters, digits, '-', '_' and '.'.
/// This type is an immutable value and thread-safe. The default value is not a valid source.
/// </remarks>
public readonly struct ReviewSource : IEquatable<ReviewSource>
{
    private const int MaxNameLength = 64;
    private readonly string? _name;

    private ReviewSource(string name, bool isPrivateChannel)
    {
        _name = name;
        IsPrivateChannel = isPrivateChannel;
    }

    /// <summary>Google reviews (Google Business Profile).</summary>
    public static ReviewSource Google { get; } = new("google", false);

    /// <summary>Trustpilot reviews.</summary>
    public static ReviewSource Trustpilot { get; } = new("trustpilot", false);

    /// <summary>Facebook reviews, posts and comments.</summary>
    public static ReviewSource Facebook { get; } = new("facebook", false);

    /// <summary>Instagram comments.</summary>
    public static ReviewSource Instagram { get; } = new("instagram", false);

    /// <summary>TripAdvisor reviews.</summary>
    public static ReviewSource TripAdvisor { get; } = new("tripadvisor", false);

    /// <summary>Booking.com guest reviews.</summary>
    public static ReviewSource Booking { get; } = new("booking", false);

    /// <summary>Apple App Store reviews.</summary>
    public static ReviewSource AppStore { get; } = new("appstore", false);

    /// <summary>Google Play reviews.</summary>
    public static ReviewSource GooglePlay { get; } = new("googleplay", false);

    /// <summary>A complaint received by e-mail (a private channel).</summary>
    public static ReviewSource Email { get; } = new("email", true);

    /// <summary>A complaint received by phone (a private channel).</summary>
    public static ReviewSource Phone { get; } = new("phone", true);

    /// <summary>A submission of one of the business's own web forms (a private channel).</summary>
    public static ReviewSource WebForm { get; } = new("webform", true);

    /// <summary>An answer to a satisfaction survey (a private channel).</summary>
    public static ReviewSource Survey { get; } = new("survey", true);

    private static readonly ReviewSource[] WellKnownSources =
        [Google, Trustpilot, Facebook, Instagram, TripAdvisor, Booking, AppStore, GooglePlay, Email, Phone, WebForm, Survey];

    /// <summary>Gets the lower-case name of the source, for example <c>google</c>.</summary>
    /// <value>The name; an empty string for the default value.</value>
    public string Name => _name ?? string.Empty;

    /// <summary>
    /// Gets a value indicating whether the source is one of the business's own private channels (e-mail, phone,
    /// web form, survey), where nobody but the customer reads the reply. Custom sources are public.
    /// </summary>
    public bool IsPrivateChannel { get; }

    /// <summary>Gets a value indicating whether this is one of the well-known sources.</summary>
    public bool IsWellKnown => _name is not null && Array.IndexOf(WellKnownSources, this) >= 0;

    /// <summary>Returns the source with this name: a well-known one when the name matches it, otherwise a custom one.</summary>
    /// <param name="name">1 to 64 ASCII letters, digits, '-', '_' or '.'; case-insensitive.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, too long or has other characters.</exception>
    public static ReviewSource FromName(string name)
    {
        Guard.NotBlank(name, nameof(name), MaxNameLength);
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw new ArgumentException(
                    $"name '{name}' has the character '{c}'; a source name has only ASCII letters, digits, '-', '_' and '.'.",
                    nameof(name));
            }
        }

        var normalized = name.ToLowerInvariant();
        foreach (var known in WellKnownSources)
        {
            if (known._name == normalized)
            {
                return known;
            }
        }

        return new ReviewSource(normalized, false);
    }

    /// <inheritdoc/>
    public bool Equals(ReviewSource other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReviewSource other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <summary>Returns the name of the source.</summary>
    /// <returns>The name, for example <c>google</c>.</returns>
    public override string ToString() => Name;

    /// <summary>Compares two sources for equality.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns><see langword="true"/> when both have the same name.</returns>
    public static bool operator ==(ReviewSource left, ReviewSource right) => left.Equals(right);

    /// <summary>Compares two sources for inequality.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns><see langword="true"/> when the names differ.</returns>
    public static bool operator !=(ReviewSource left, ReviewSource right) => !left.Equals(right);
}
