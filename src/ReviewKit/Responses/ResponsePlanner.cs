using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Responses;

/// <summary>
/// The default <see cref="IResponsePlanner"/>: turns a <see cref="ResponsePolicy"/> and a case's SLA clocks into the
/// five steps of a good response, and prepares the private contact.
/// </summary>
/// <remarks>
/// <para><b>Due instants</b> are those of the <see cref="SlaEvaluator"/>'s clocks: first public reply, first private
/// contact, resolution (for the solution and the gesture that accompanies it). A step is overdue when its clock is
/// breached or has used more than its goal. The follow-up is due <see cref="ResponsePolicy.FollowUpAfter"/> after the
/// resolution (calendar time).</para>
/// <para><b>States</b> come from the timeline: the public reply is done at the first <see cref="PublicReplyPosted"/>, the
/// private contact at the first <see cref="PrivateContactMade"/>, the solution at the <see cref="CaseResolved"/> in force
/// (a reopening undoes it), the gesture at a <see cref="GoodwillGestureOffered"/> (once approved, see below), the follow-up at a reply or private
/// contact after the resolution. A review that is not negative gets a public reply only; a private-channel review has no
/// public reply; a case closed without resolution has nothing left to do; the gesture, optional, is never overdue and no
/// longer applies once the case is resolved without one.</para>
/// <para><b>Channel.</b> A phone call when the severity is at least <see cref="ResponsePolicy.PhoneFromSeverity"/> or the
/// customer asked for a call (and a number is known); otherwise an e-mail, else a call, else the platform's private
/// messages when they are the only channel.</para>
/// <para><b>Gestures and budget.</b> See <see cref="GestureAllowance"/>. The planner keeps no state: what the location
/// already spent comes with each request as a <see cref="GestureBudgetSnapshot"/> the host counts; without one, no
/// gesture with a value is offered without approval. Two plans made at the same moment see the same snapshot: a host
/// that needs a hard limit reserves the amount in its own store when the gesture is offered.</para>
/// <para><b>Approval.</b> When <see cref="GestureAllowance.Evaluate"/> says <see cref="GestureDecision.NeedsApproval"/>,
/// the agent records the gesture with <see cref="GoodwillGestureOffered.AwaitsApproval"/> set. The gesture step is then
/// <see cref="ResponseStepState.Pending"/> (guidance: do not promise it yet), and the escalation condition
/// <see cref="Escalation.EscalationCondition.GestureAwaitingApproval()"/> holds, until another agent records the same
/// gesture (same kind, amount and currency): the approval, which makes the step done at that moment.</para>
/// <para>The policy is validated and copied at construction. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ResponsePlanner : IResponsePlanner
{
    private static readonly ImmutableArray<GestureKind> AllKinds = [.. Enum.GetValues<GestureKind>()];

    private readonly SlaEvaluator _sla;
    private readonly ThemeCatalog _themes;
    private readonly Severity _phoneFrom;
    private readonly FrozenDictionary<string, string> _solutions;
    private readonly bool _defaultSolutions;
    private readonly bool _gesturesEnabled;
    private readonly Severity _gestureFrom;
    private readonly ImmutableArray<GestureKind> _kinds;
    private readonly string _currency;
    private readonly FrozenDictionary<Severity, decimal> _capBySeverity;
    private readonly FrozenDictionary<CustomerValue, decimal> _capByCustomer;
    private readonly decimal _maxPercent;
    private readonly decimal _approvalAbove;
    private readonly decimal _budget;
    private readonly FrozenDictionary<string, decimal> _budgetByLocation;
    private readonly bool _followUp;
    private readonly Duration _followUpAfter;

    /// <summary>Creates a planner.</summary>
    /// <param name="policy">The response policy; validated and copied.</param>
    /// <param name="sla">The SLA evaluator whose clocks give the due instants.</param>
    /// <param name="themes">
    /// The themes whose unmet needs brief the agents, in the review's language: the <see cref="IReviewAnalyzer.Themes"/>
    /// of the analyzer that produced the analyses. A theme it does not list gets no unmet need;
    /// <see langword="null"/> (the default) leaves needs out of the brief.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="sla"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy is invalid; the message lists every failure (see <see cref="ResponsePolicy.Validate(string)"/>).</exception>
    public ResponsePlanner(ResponsePolicy policy, SlaEvaluator sla, ThemeCatalog? themes = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(sla);
        var failures = policy.Validate();
        if (failures.Count > 0)
        {
            throw new ArgumentException("The response policy is invalid: " + string.Join(" ", failures), nameof(policy));
        }

        _sla = sla;
        _themes = themes ?? ThemeCatalog.Empty;
        _phoneFrom = policy.PhoneFromSeverity;
        _solutions = policy.Solutions.ToFrozenDictionary(StringComparer.Ordinal);
        _defaultSolutions = policy.DefaultSolutions;
        _followUp = policy.FollowUp;
        _followUpAfter = Duration.FromTimeSpan(policy.FollowUpAfter);
        var gestures = policy.Gestures;
        _gesturesEnabled = gestures.Enabled;
        _gestureFrom = gestures.FromSeverity;
        _kinds = gestures.AllowedKinds.Count == 0 ? AllKinds : [.. gestures.AllowedKinds.Distinct().Order()];
        _currency = gestures.Currency;
        _capBySeverity = gestures.MaxValueBySeverity.ToFrozenDictionary();
        _capByCustomer = gestures.MaxValueByCustomerValue.ToFrozenDictionary();
        _maxPercent = gestures.MaxDiscountPercent;
        _approvalAbove = gestures.ApprovalAbove;
        _budget = gestures.BudgetPerPeriod;
        _budgetByLocation = gestures.BudgetByLocation.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public ResponsePlan Plan(ResponsePlanRequest request, Instant now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reviewCase = request.Case;
        var review = reviewCase.Review;
        if (request.Budget is { } budget)
        {
            if (!string.Equals(budget.LocationId, review.LocationId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"request.Budget counts location '{budget.LocationId ?? "(none)"}', but the case's review is at '{review.LocationId ?? "(none)"}': the budget is per location.",
                    nameof(request));
            }

            if (!string.Equals(budget.Currency, _currency, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"request.Budget is in '{budget.Currency}', but the policy's amounts are in '{_currency}'.", nameof(request));
            }
        }

        var sla = _sla.Evaluate(reviewCase, now);
        var severity = reviewCase.Severity ?? request.Triage.Severity;
        var negative = request.Triage.IsNegative;
        var closedUnresolved = reviewCase.Status == CaseStatus.Closed && reviewCase.ResolvedAt is null;
        var french = Language(review, request.Analysis).PrimaryLanguage == "fr";
        var language = french ? LanguageTag.French : LanguageTag.English;

        // What the timeline shows.
        PrivateContactMade? firstContact = null;
        GoodwillGestureOffered? lastGesture = null;
        CaseEvent? followUp = null;
        var lastReopening = -1;
        var timeline = reviewCase.Events;
        for (var i = 0; i < timeline.Length; i++)
        {
            switch (timeline[i])
            {
                case PrivateContactMade contact:
                    firstContact ??= contact;
                    break;
                case GoodwillGestureOffered gesture:
                    lastGesture = gesture;
                    break;
                case CaseReopened:
                    lastReopening = i;
                    break;
            }

            if (followUp is null && reviewCase.ResolvedAt is { } resolvedAt && timeline[i].At > resolvedAt
                && timeline[i] is PublicReplyPosted or PrivateContactMade)
            {
                followUp = timeline[i];
            }
        }

        var chosen = firstContact?.Channel ?? ChooseChannel(request.ReachableBy, severity >= _phoneFrom || request.CustomerAskedForCall);
        var gestureAllowance = Allowance(negative, severity, request);
        var steps = ImmutableArray.CreateBuilder<ResponseStep>(5);
        steps.Add(FromClock(
            ResponseStepKind.PublicReply,
            sla.FirstPublicReply,
            reviewCase.FirstPublicReplyAt,
            null,
            !review.Source.IsPrivateChannel && !closedUnresolved,
            Guidance.PublicReply(french)));
        steps.Add(FromClock(
            ResponseStepKind.PrivateContact,
            sla.FirstPrivateContact,
            reviewCase.FirstPrivateContactAt,
            chosen,
            negative && chosen is not null && !closedUnresolved,
            Guidance.PrivateContact(chosen, french)));
        steps.Add(FromClock(
            ResponseStepKind.Solution,
            sla.Resolution,
            reviewCase.ResolvedAt,
            null,
            negative && !closedUnresolved,
            Guidance.Solution(french)));
        var awaitingApproval = GestureRules.PendingApproval(timeline, aboveLimit: null) >= 0;
        steps.Add(GestureStep(sla.Resolution, lastGesture, awaitingApproval, negative && gestureAllowance.IsAvailable && !closedUnresolved && reviewCase.ResolvedAt is null, french));
        steps.Add(FollowUpStep(reviewCase, followUp, chosen, negative && _followUp && !closedUnresolved, now, french));

        var brief = new PrivateContactBrief(
            language,
            chosen,
            CustomerWords(reviewCase),
            Themes(request.Analysis, language),
            AlreadyTried(timeline, lastReopening),
            gestureAllowance);
        var reasons = request.Triage.Reasons;
        var localized = french ? ImmutableArray.CreateRange(reasons, static r => r.In(french: true)) : reasons;
        return new ResponsePlan(reviewCase.Id, now, severity, localized, sla, steps.MoveToImmutable(), brief);
    }

    private static LanguageTag Language(Review review, ReviewAnalysis analysis) =>
        review.Language is { IsUndetermined: false } declared ? declared : analysis.Language;

    private static ContactChannel? ChooseChannel(ReachableChannels reachable, bool preferPhone)
    {
        var phone = (reachable & ReachableChannels.Phone) != 0;
        if (preferPhone && phone)
        {
            return ContactChannel.Phone;
        }

        if ((reachable & ReachableChannels.Email) != 0)
        {
            return ContactChannel.Email;
        }

        if (phone)
        {
            return ContactChannel.Phone;
        }

        return (reachable & ReachableChannels.PrivateMessage) != 0 ? ContactChannel.PrivateMessage : null;
    }

    private static ResponseStep FromClock(ResponseStepKind kind, SlaMetricResult clock, Instant? doneAt, ContactChannel? channel, bool applicable, string guidance)
    {
        if (doneAt is { } done)
        {
            return new ResponseStep(kind, ResponseStepState.Done, clock.DueAt, done, channel, guidance);
        }

        if (!applicable)
        {
            return new ResponseStep(kind, ResponseStepState.NotApplicable, null, null, channel, guidance);
        }

        return new ResponseStep(kind, IsOverdue(clock) ? ResponseStepState.Overdue : ResponseStepState.Due, clock.DueAt, null, channel, guidance);
    }

    private static bool IsOverdue(SlaMetricResult clock) =>
        clock.State == SlaState.Breached || (clock.State is SlaState.Running or SlaState.Paused && clock.Remaining < Duration.Zero);

    private static ResponseStep GestureStep(SlaMetricResult resolution, GoodwillGestureOffered? offered, bool awaitingApproval, bool applicable, bool french)
    {
        if (awaitingApproval)
        {
            // Recorded as awaiting approval and not yet approved (the same gesture recorded by another agent).
            return new ResponseStep(ResponseStepKind.GoodwillGesture, ResponseStepState.Pending, resolution.DueAt, null, null, Guidance.GestureAwaitingApproval(french));
        }

        var guidance = Guidance.Gesture(french);
        if (offered is not null)
        {
            return new ResponseStep(ResponseStepKind.GoodwillGesture, ResponseStepState.Done, resolution.DueAt, offered.At, null, guidance);
        }

        // Optional: due with the solution, never overdue.
        return applicable
            ? new ResponseStep(ResponseStepKind.GoodwillGesture, ResponseStepState.Due, resolution.DueAt, null, null, guidance)
            : new ResponseStep(ResponseStepKind.GoodwillGesture, ResponseStepState.NotApplicable, null, null, null, guidance);
    }

    private ResponseStep FollowUpStep(ReviewCase reviewCase, CaseEvent? done, ContactChannel? chosen, bool applicable, Instant now, bool french)
    {
        var guidance = Guidance.FollowUp(french);
        if (!applicable)
        {
            return new ResponseStep(ResponseStepKind.FollowUp, ResponseStepState.NotApplicable, null, null, null, guidance);
        }

        if (reviewCase.ResolvedAt is not { } resolvedAt)
        {
            return new ResponseStep(ResponseStepKind.FollowUp, ResponseStepState.Pending, null, null, chosen, guidance);
        }

        var due = resolvedAt + _followUpAfter;
        return done switch
        {
            PrivateContactMade contact => new ResponseStep(ResponseStepKind.FollowUp, ResponseStepState.Done, due, contact.At, contact.Channel, guidance),
            not null => new ResponseStep(ResponseStepKind.FollowUp, ResponseStepState.Done, due, done.At, ContactChannel.PublicThread, guidance),
            null => new ResponseStep(ResponseStepKind.FollowUp, now > due ? ResponseStepState.Overdue : ResponseStepState.Due, due, null, chosen, guidance),
        };
    }

    private GestureAllowance Allowance(bool negative, Severity severity, ResponsePlanRequest request)
    {
        var hasSeverityCap = _capBySeverity.TryGetValue(severity, out var severityCap);
        var hasCustomerCap = _capByCustomer.TryGetValue(request.CustomerValue, out var customerCap);
        var available = _gesturesEnabled && negative && severity >= _gestureFrom && hasSeverityCap && hasCustomerCap;
        decimal? remaining = null;
        if (request.Budget is { } budget)
        {
            var total = request.Case.Review.LocationId is { } location && _budgetByLocation.TryGetValue(location, out var specific) ? specific : _budget;
            remaining = Math.Max(0m, total - budget.Spent);
        }

        return new GestureAllowance(
            available,
            _kinds,
            _currency,
            available ? Math.Min(severityCap, customerCap) : 0m,
            _maxPercent,
            _approvalAbove,
            remaining,
            request.OrderValue);
    }

    private static ImmutableArray<string> CustomerWords(ReviewCase reviewCase)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var text = ReviewAnalysis.TextOf(reviewCase.Review);
        if (text.Length > 0)
        {
            words.Add(text);
        }

        foreach (var e in reviewCase.Events)
        {
            if (e is CustomerReplied { Text: { } message })
            {
                words.Add(message);
            }
        }

        return words.DrainToImmutable();
    }

    private ImmutableArray<ThemeBrief> Themes(ReviewAnalysis analysis, LanguageTag language)
    {
        var themes = ImmutableArray.CreateBuilder<ThemeBrief>(analysis.Themes.Length);
        foreach (var theme in analysis.Themes)
        {
            themes.Add(new ThemeBrief(theme.ThemeId, _themes.UnmetNeed(theme.ThemeId, language), Solution(theme.ThemeId, language)));
        }

        return themes.MoveToImmutable();
    }

    /// <summary>The host's solution for a theme (empty: none), else the built-in one in the brief's language when allowed.</summary>
    private string? Solution(string themeId, LanguageTag language)
    {
        if (_solutions.TryGetValue(themeId, out var configured))
        {
            return configured.Length == 0 ? null : configured;
        }

        return _defaultSolutions ? DefaultSolutions.For(themeId, language == LanguageTag.French) : null;
    }

    private static ImmutableArray<CaseEvent> AlreadyTried(ReadOnlySpan<CaseEvent> timeline, int lastReopening)
    {
        var tried = ImmutableArray.CreateBuilder<CaseEvent>();
        for (var i = 0; i < timeline.Length; i++)
        {
            var e = timeline[i];
            if (e is PublicReplyPosted or PrivateContactMade or GoodwillGestureOffered || (e is CaseResolved && i < lastReopening))
            {
                tried.Add(e);
            }
        }

        return tried.DrainToImmutable();
    }

    /// <summary>The agent's instructions, in French and English.</summary>
    private static class Guidance
    {
        public static string PublicReply(bool french) => french
            ? "Répondez publiquement par écrit : remerciez, excusez-vous même si l'erreur ne vient pas de vous, reconnaissez le problème, proposez de poursuivre en privé et signez de votre prénom. Jamais sur la défensive."
            : "Reply publicly in writing: thank the customer, apologise even if the fault is not yours, acknowledge the issue, offer to continue in private and sign with your name. Never defensive.";

        public static string PrivateContact(ContactChannel? channel, bool french) => (channel, french) switch
        {
            (ContactChannel.Phone, true) => "Appelez le client après avoir préparé l'appel avec la fiche : ses mots, le besoin derrière sa critique, ce qui a déjà été tenté, la solution et le geste possibles.",
            (ContactChannel.Phone, false) => "Call the customer after preparing the call with the brief: their words, the need behind the criticism, what was already tried, the solution and gesture you may offer.",
            (ContactChannel.Email, true) => "Écrivez au client par e-mail pour personnaliser la solution, à partir de la fiche : ses mots, le besoin derrière sa critique, ce qui a déjà été tenté.",
            (ContactChannel.Email, false) => "E-mail the customer to personalise the solution, using the brief: their words, the need behind the criticism, what was already tried.",
            (ContactChannel.PrivateMessage, true) => "Écrivez au client en message privé sur la plateforme (le seul canal disponible) pour personnaliser la solution.",
            (ContactChannel.PrivateMessage, false) => "Write to the customer by private message on the platform (the only channel available) to personalise the solution.",
            (_, true) => "Aucun canal privé n'est connu : la réponse publique invite le client à vous contacter.",
            (_, false) => "No private channel is known: the public reply invites the customer to get in touch.",
        };

        public static string Solution(bool french) => french
            ? "Trouvez avec le client une solution qui satisfasse les deux parties, puis livrez-la."
            : "Agree with the customer on a solution that satisfies both sides, then deliver it.";

        public static string Gesture(bool french) => french
            ? "Facultatif : un geste commercial pour témoigner votre estime, jamais en échange d'une modification ou d'un retrait de l'avis."
            : "Optional: a goodwill gesture to show esteem, never in exchange for changing or removing the review.";

        public static string GestureAwaitingApproval(bool french) => french
            ? "Le geste commercial proposé attend l'accord d'un responsable : ne le promettez pas au client avant cet accord."
            : "The proposed goodwill gesture awaits a manager's approval: do not promise it to the customer before then.";

        public static string FollowUp(bool french) => french
            ? "Après la résolution, demandez au client comment les choses se sont terminées et invitez-le à le partager s'il le souhaite, sans lien avec un geste commercial."
            : "After the resolution, ask the customer how it ended and invite them to share it if they wish, never tied to a gesture.";
    }
}
