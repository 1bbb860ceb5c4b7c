using System.Collections.Immutable;
using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Responses;

/// <summary>
/// What an agent reads before calling or writing to the customer: the customer's own words, the irritants and the unmet
/// need behind each, what was already tried, and the solution and gesture the policy allows. A call must be prepared.
/// </summary>
/// <remarks>
/// The brief holds the customer's texts, which may contain personal data: <see cref="ToString"/> never shows them. Show
/// it to the agent in charge, not in logs. Immutable and thread-safe; reference equality.
/// </remarks>
public sealed class PrivateContactBrief
{
    internal PrivateContactBrief(
        LanguageTag language,
        ContactChannel? channel,
        ImmutableArray<string> customerWords,
        ImmutableArray<ThemeBrief> themes,
        ImmutableArray<CaseEvent> alreadyTried,
        GestureAllowance gesture)
    {
        Language = language;
        Channel = channel;
        CustomerWords = customerWords;
        Themes = themes;
        AlreadyTried = alreadyTried;
        Gesture = gesture;
    }

    /// <summary>Gets the language to speak or write in: the review's (French or English).</summary>
    public LanguageTag Language { get; }

    /// <summary>Gets the channel chosen for the private contact, or <see langword="null"/> when no private channel is known.</summary>
    public ContactChannel? Channel { get; }

    /// <summary>Gets the customer's own words: the review (title and text) first, then each later message, oldest first.</summary>
    public ImmutableArray<string> CustomerWords { get; }

    /// <summary>Gets the irritants, most confident first, with their unmet needs and the solution the policy allows.</summary>
    public ImmutableArray<ThemeBrief> Themes { get; }

    /// <summary>Gets what was already tried, oldest first: public replies, private contacts, gestures, and resolutions that did not hold (the case was reopened).</summary>
    public ImmutableArray<CaseEvent> AlreadyTried { get; }

    /// <summary>Gets the gestures the policy allows, and what the agent may offer without asking.</summary>
    public GestureAllowance Gesture { get; }

    /// <summary>Returns the channel, the theme ids and the number of earlier actions, never the customer's words.</summary>
    /// <returns>For example <c>Phone brief (fr): delay, customer_service; 2 earlier actions</c>.</returns>
    public override string ToString() =>
        $"{(Channel is { } c ? c.ToString() : "No channel")} brief ({Language}): {(Themes.IsEmpty ? "no theme" : string.Join(", ", Themes.Select(t => t.ThemeId)))}; {AlreadyTried.Length} earlier actions";
}
