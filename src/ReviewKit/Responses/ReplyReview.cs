using System.Collections.Immutable;
using System.Globalization;
using ReviewKit.Reviews;

namespace ReviewKit.Responses;

/// <summary>The outcome of <see cref="IReplyChecker.Check(string, ReplyContext)"/>: a 0-100 score and the findings.</summary>
/// <remarks>
/// <para>The score starts at 100 and loses 35 points per error, 10 per warning and 2 per info, never going below 0:
/// a reply with any error scores at most 65, a clean reply scores 100.</para>
/// <para>Findings are ordered by their start in the reply, then by code. Value equality over the score, the language
/// and the findings in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReplyReview : IEquatable<ReplyReview>
{
    internal const int ErrorPenalty = 35;
    internal const int WarningPenalty = 10;
    internal const int InfoPenalty = 2;

    /// <summary>Creates a review of a reply from its findings, computing the score.</summary>
    /// <param name="findings">The findings, in any order.</param>
    /// <param name="language">The language the reply was detected to be in (<see cref="LanguageTag.Undetermined"/> when unknown).</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="findings"/> has a null element.</exception>
    public ReplyReview(IEnumerable<ReplyFinding> findings, LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var builder = ImmutableArray.CreateBuilder<ReplyFinding>();
        foreach (var finding in findings)
        {
            builder.Add(finding ?? throw new ArgumentException("findings must not contain null.", nameof(findings)));
        }

        builder.Sort(static (a, b) =>
        {
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Code, b.Code);
        });
        Findings = builder.ToImmutable();
        Language = language;
        var score = 100;
        foreach (var finding in Findings)
        {
            score -= finding.Severity switch
            {
                ReplyFindingSeverity.Error => ErrorPenalty,
                ReplyFindingSeverity.Warning => WarningPenalty,
                _ => InfoPenalty,
            };
        }

        Score = Math.Max(0, score);
    }

    /// <summary>Gets the score, from 0 (do not post) to 100 (no finding).</summary>
    public int Score { get; }

    /// <summary>Gets the findings, ordered by start in the reply, then by code.</summary>
    public IReadOnlyList<ReplyFinding> Findings { get; }

    /// <summary>Gets the language the reply was detected to be in; the messages of the findings are in this language (English when undetermined).</summary>
    public LanguageTag Language { get; }

    /// <summary>Gets a value indicating whether a finding is an error: the reply must not be posted as it is.</summary>
    public bool HasErrors => Findings.Any(static f => f.Severity == ReplyFindingSeverity.Error);

    /// <summary>Tells whether a finding has this code.</summary>
    /// <param name="code">A code, usually one of <see cref="ReplyFindingCodes"/>.</param>
    /// <returns><see langword="true"/> when at least one finding has <paramref name="code"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool Has(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var finding in Findings)
        {
            if (string.Equals(finding.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(ReplyReview? other) =>
        other is not null && Score == other.Score && Language == other.Language && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReplyReview);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Score, Language, Findings.Count);

    /// <summary>Returns the score and the codes found, for example <c>55/100 (fr): pii.email, missing.signature</c>.</summary>
    /// <returns>A one-line summary that never contains the personal data found.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Score}/100 ({Language}): {(Findings.Count == 0 ? "no finding" : string.Join(", ", Findings.Select(static f => f.Code)))}");

    /// <summary>Compares two reviews for equality.</summary>
    /// <param name="left">The first review.</param>
    /// <param name="right">The second review.</param>
    /// <returns><see langword="true"/> when score, language and findings are equal.</returns>
    public static bool operator ==(ReplyReview? left, ReplyReview? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reviews for inequality.</summary>
    /// <param name="left">The first review.</param>
    /// <param name="right">The second review.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ReplyReview? left, ReplyReview? right) => !(left == right);
}
