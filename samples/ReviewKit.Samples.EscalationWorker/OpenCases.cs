using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Samples.EscalationWorker;

/// <summary>A few open cases held in memory, and what happens to them during the simulation (the agents' work).</summary>
public sealed class OpenCases
{
    private readonly Dictionary<CaseId, ReviewCase> _cases = [];
    private readonly Dictionary<CaseId, ReviewAnalysis> _analyses = [];
    private readonly List<CaseEvent> _script = [];
    private readonly List<CaseId> _scriptCases = [];

    public OpenCases(Instant start)
    {
        var agent = Actor.Agent("camille");
        Open("case-colis", start - Duration.FromHours(3), new Review(new ReviewId(ReviewSource.Google, "g-1"), start - Duration.FromHours(4), "Colis jamais reçu, aucune réponse du service client.", rating: new Rating(1, RatingScale.FiveStars), locationId: "paris-1"),
            ReviewAnalysis.Empty, Severity.Medium);
        Open("case-plainte", start - Duration.FromHours(2), new Review(new ReviewId(ReviewSource.Trustpilot, "t-7"), start - Duration.FromHours(4), "Intoxication après le repas, je vais porter plainte.", rating: new Rating(1, RatingScale.FiveStars), locationId: "lyon-2"),
            new ReviewAnalysis(LanguageTag.Undetermined, -0.9, 0, 0.9, 0.1, [], [new RiskMatch("health_safety", [new TextSpan(0, 12)]), new RiskMatch("legal_threat", [new TextSpan(38, 14)])]), Severity.Critical);
        Open("case-influence", start - Duration.FromHours(1), new Review(new ReviewId(ReviewSource.Instagram, "i-3"), start - Duration.FromHours(4), "Accueil glacial, je ne reviendrai pas.", rating: new Rating(2, RatingScale.FiveStars), author: new ReviewAuthor("@lea.voyage", "@lea.voyage", 48_000)),
            ReviewAnalysis.Empty, Severity.High);
        Open("case-mail", start, new Review(new ReviewId(ReviewSource.Email, "m-9"), start - Duration.FromHours(4), "Remboursement toujours pas reçu.", rating: null),
            ReviewAnalysis.Empty, Severity.Low);

        // The agents' work, as it will happen: replies, contacts, waits and a generous gesture.
        Script("case-colis", new PublicReplyPosted(new CaseEventId("reply"), start + Duration.FromHours(20), agent, "Nous sommes désolés, nous regardons votre commande."));
        Script("case-colis", new GoodwillGestureOffered(new CaseEventId("gesture"), start + Duration.FromHours(21), agent, GestureKind.Voucher, 80, "EUR", "Bon d'achat"));
        Script("case-colis", new GoodwillGestureOffered(new CaseEventId("gesture-approved"), start + Duration.FromHours(23), Actor.Agent("lead-sophie"), GestureKind.Voucher, 80, "EUR", "Bon d'achat validé"));
        Script("case-influence", new PublicReplyPosted(new CaseEventId("reply"), start + Duration.FromHours(4), agent, "Merci pour votre retour, nous en sommes navrés."));
        Script("case-mail", new PrivateContactMade(new CaseEventId("contact"), start + Duration.FromHours(5), agent, ContactChannel.Email));
        Script("case-mail", new WaitingOnCustomerStarted(new CaseEventId("wait"), start + Duration.FromHours(6), agent, "RIB demandé"));
    }

    public IEnumerable<ReviewCase> All => _cases.Values;

    public ReviewAnalysis AnalysisOf(CaseId id) => _analyses[id];

    public void Save(ReviewCase reviewCase) => _cases[reviewCase.Id] = reviewCase;

    /// <summary>The instant of the next scripted event, or null when the script is done.</summary>
    public Instant? NextScriptedAt => _script.Count == 0 ? null : _script.Min(e => e.At);

    /// <summary>Applies the scripted events due at <paramref name="now"/>; returns the cases they changed.</summary>
    public IReadOnlyList<CaseId> ApplyScriptUpTo(Instant now, TextWriter output)
    {
        var changed = new List<CaseId>();
        for (var i = 0; i < _script.Count;)
        {
            if (_script[i].At > now)
            {
                i++;
                continue;
            }

            var id = _scriptCases[i];
            _cases[id] = _cases[id].Apply(_script[i]);
            output.WriteLine($"  {_script[i].GetType().Name} on {id}");
            changed.Add(id);
            _script.RemoveAt(i);
            _scriptCases.RemoveAt(i);
        }

        return changed;
    }

    private void Open(string id, Instant at, Review review, ReviewAnalysis analysis, Severity severity)
    {
        var caseId = new CaseId(id);
        _cases[caseId] = ReviewCase.Open(caseId, new CaseOpened(new CaseEventId("open"), at, Actor.System("import"), review))
            .Apply(new CaseTriaged(new CaseEventId("triage"), at, Actor.System("triage"), severity))
            .Apply(new CaseAssigned(new CaseEventId("assign"), at, Actor.System("router"), "camille", "support-paris"));
        _analyses[caseId] = analysis;
    }

    private void Script(string id, CaseEvent e)
    {
        _script.Add(e);
        _scriptCases.Add(new CaseId(id));
    }
}
