using System.Globalization;
using ReviewKit.Analysis;
using ReviewKit.Reviews;

namespace ReviewKit.Triage;

/// <summary>
/// The default triage: combines the rating, the analysis of the text, the author's audience and the customer's repeat
/// complaints into a verdict, a severity and the reasons behind them.
/// </summary>
/// <remarks>
/// <para>The rules, in order (each adds a reason; the severity is the highest any reason argues for):</para>
/// <list type="bullet">
/// <item>A rating at or below its scale's negative threshold makes the review negative (Medium; High for the lowest fifth of the scale).</item>
/// <item>A negative text makes an unrated or middling review negative (Low; Medium when strongly negative). A strongly
/// negative text under a good rating still counts (a 5-star review that complains).</item>
/// <item>Each irritant theme with enough confidence is a reason (Medium) when the review is negative.</item>
/// <item>Any risk makes the review negative and Critical: it must be escalated at once.</item>
/// <item>An influencer author (audience at or above the threshold) or a repeat complainant raises a negative review to High.</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReviewTriage : IReviewTriage
{
    private readonly double _negativeSentiment;
    private readonly double _strongNegativeSentiment;
    private readonly long _influencerAudience;
    private readonly int _repeatComplaintsForHigh;
    private readonly double _minThemeConfidence;

    /// <summary>Creates a triage with the default thresholds.</summary>
    public ReviewTriage()
        : this(new ReviewTriageOptions())
    {
    }

    /// <summary>Creates a triage with the given thresholds.</summary>
    /// <param name="options">The thresholds; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every failure.</exception>
    public ReviewTriage(ReviewTriageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate();
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid triage options: " + string.Join(" ", failures), nameof(options));
        }

        _negativeSentiment = options.NegativeSentiment;
        _strongNegativeSentiment = options.StrongNegativeSentiment;
        _influencerAudience = options.InfluencerAudience;
        _repeatComplaintsForHigh = options.RepeatComplaintsForHigh;
        _minThemeConfidence = options.MinThemeConfidence;
    }

    /// <inheritdoc/>
    public TriageResult Triage(Review review, ReviewAnalysis analysis, int repeatComplaints = 0)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentOutOfRangeException.ThrowIfNegative(repeatComplaints);

        var reasons = new List<TriageReason>();
        var negative = false;
        var sentiment = analysis.Sentiment;
        var textNegative = sentiment <= _negativeSentiment;
        var textStrong = sentiment <= _strongNegativeSentiment;

        if (review.Rating is { } rating)
        {
            if (rating.IsNegative)
            {
                negative = true;
                var severity = rating.Normalized <= 0.2 ? Severity.High : Severity.Medium;
                reasons.Add(new TriageReason(
                    "rating",
                    Invariant($"Rated {rating}, at or below the scale's negative threshold ({rating.Scale.NegativeAtMost})."),
                    Invariant($"Note de {rating}, au seuil négatif de l'échelle ({rating.Scale.NegativeAtMost}) ou en dessous."),
                    severity));
            }
            else if (textStrong || (textNegative && rating.Normalized < 0.75))
            {
                negative = true;
                reasons.Add(new TriageReason(
                    "sentiment",
                    Invariant($"Rated {rating}, but the text reads negative (sentiment {sentiment:0.00})."),
                    Invariant($"Note de {rating}, mais le texte est négatif (sentiment {sentiment:0.00})."),
                    textStrong ? Severity.Medium : Severity.Low));
            }
        }
        else if (textNegative)
        {
            negative = true;
            reasons.Add(new TriageReason(
                "sentiment",
                Invariant($"No rating; the text reads {(textStrong ? "strongly " : string.Empty)}negative (sentiment {sentiment:0.00})."),
                Invariant($"Pas de note ; le texte est {(textStrong ? "très " : string.Empty)}négatif (sentiment {sentiment:0.00})."),
                textStrong ? Severity.Medium : Severity.Low));
        }

        if (negative && review.Rating is not null && textNegative && reasons.TrueForAll(r => r.Code != "sentiment"))
        {
            reasons.Add(new TriageReason(
                "sentiment",
                Invariant($"The text reads {(textStrong ? "strongly " : string.Empty)}negative (sentiment {sentiment:0.00})."),
                Invariant($"Le texte est {(textStrong ? "très " : string.Empty)}négatif (sentiment {sentiment:0.00})."),
                textStrong ? Severity.Medium : Severity.Low));
        }

        foreach (var risk in analysis.Risks)
        {
            negative = true;
            reasons.Add(new TriageReason(
                "risk:" + risk.RiskId,
                $"Risk '{risk.RiskId}' found in the text: escalate at once.",
                $"Risque « {risk.RiskId} » détecté dans le texte : escaladez sans attendre.",
                Severity.Critical));
        }

        if (negative)
        {
            foreach (var theme in analysis.Themes)
            {
                if (theme.Confidence >= _minThemeConfidence)
                {
                    reasons.Add(new TriageReason(
                        "theme:" + theme.ThemeId,
                        Invariant($"Complains about '{theme.ThemeId}' (confidence {theme.Confidence:0.00})."),
                        Invariant($"Se plaint de « {theme.ThemeId} » (confiance {theme.Confidence:0.00})."),
                        Severity.Medium));
                }
            }

            if (review.Author.AudienceSize is { } audience && audience >= _influencerAudience)
            {
                reasons.Add(new TriageReason(
                    "audience",
                    Invariant($"The author has an audience of {audience:N0} (influencer threshold {_influencerAudience:N0})."),
                    Invariant($"L'auteur a une audience de {audience:N0} (seuil d'influence {_influencerAudience:N0})."),
                    Severity.High));
            }

            if (repeatComplaints >= _repeatComplaintsForHigh)
            {
                reasons.Add(new TriageReason(
                    "repeat",
                    Invariant($"The customer has complained {repeatComplaints} time(s) before (threshold {_repeatComplaintsForHigh})."),
                    Invariant($"Le client s'est déjà plaint {repeatComplaints} fois (seuil {_repeatComplaintsForHigh})."),
                    Severity.High));
            }
            else if (repeatComplaints > 0)
            {
                reasons.Add(new TriageReason(
                    "repeat",
                    Invariant($"The customer has complained {repeatComplaints} time(s) before."),
                    Invariant($"Le client s'est déjà plaint {repeatComplaints} fois."),
                    Severity.Medium));
            }
        }
        else
        {
            reasons.Add(new TriageReason(
                "not_negative",
                review.Rating is { } r
                    ? Invariant($"Rated {r}, and the text does not read negative (sentiment {sentiment:0.00}).")
                    : Invariant($"No rating, and the text does not read negative (sentiment {sentiment:0.00})."),
                review.Rating is { } fr
                    ? Invariant($"Note de {fr}, et le texte n'est pas négatif (sentiment {sentiment:0.00}).")
                    : Invariant($"Pas de note, et le texte n'est pas négatif (sentiment {sentiment:0.00})."),
                Severity.Low));
        }

        var result = Severity.Low;
        foreach (var reason in reasons)
        {
            if (reason.Severity > result)
            {
                result = reason.Severity;
            }
        }

        return new TriageResult(negative, negative ? result : Severity.Low, reasons);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
