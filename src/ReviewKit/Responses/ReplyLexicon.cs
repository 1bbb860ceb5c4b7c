namespace ReviewKit.Responses;

/// <summary>
/// The French and English words and phrases the reply checker looks for, folded (lower case, no accents) and matched
/// token by token by one <see cref="PhraseMatcher"/>. A trailing <c>*</c> matches any ending.
/// </summary>
internal static class ReplyLexicon
{
    public const int Apology = 1;
    public const int Thanks = 2;
    public const int PrivateChannel = 3;
    public const int Defensive = 4;
    public const int ReviewChange = 5;
    public const int Tie = 6;
    public const int SignOff = 7;
    public const int StopFrench = 8;
    public const int StopEnglish = 9;
    public const int OrderTrigger = 10;
    public const int OrderFiller = 11;
    public const int NotAName = 12;
    public const int ThemeBase = 100;

    private static readonly string[] ApologyPhrases =
    [
        "desol*", "excus*", "pardon", "regrett*", "navre*", "nous sommes confus", "mea culpa",
        "sorry", "apologi*", "apologies", "regret*",
    ];

    private static readonly string[] ThanksPhrases =
    [
        "merci", "remerci*", "gratitude", "reconnaissant*",
        "thank*", "grateful", "appreciate*",
    ];

    private static readonly string[] PrivateChannelPhrases =
    [
        "telephon*", "tel", "appel*", "rappel*", "joindre", "e mail", "e mails", "email*", "mail", "mails", "courriel*",
        "message prive", "messages prives", "messagerie", "mp", "en prive", "contact*", "ecri*",
        "phone*", "call", "calling", "ring us", "dm", "direct message", "private message", "privately", "in private",
        "reach out", "reach us", "get in touch", "write to", "written to", "wrote to", "writing to", "inbox",
    ];

    private static readonly string[] DefensivePhrases =
    [
        "vous avez tort", "ce n est pas de notre faute", "ce n est pas notre faute", "pas de notre faute", "pas notre faute",
        "c est votre faute", "c est de votre faute", "votre faute", "vous auriez du", "vous auriez pu", "vous n avez pas lu",
        "vous n avez manifestement pas lu", "vous n avez visiblement pas", "si vous aviez lu", "il suffisait de",
        "vous etes le seul", "vous etes la seule", "aucun autre client", "vous mentez", "mensong*", "faux avis",
        "mauvaise foi", "contrairement a ce que vous", "comme indique clairement", "comme clairement indique",
        "nous n y sommes pour rien", "nous declinons toute responsabilite", "vous etiez prevenu*", "nous contestons",
        "you are wrong", "you re wrong", "you clearly didn t read", "you clearly did not read", "you didn t read",
        "you did not read", "not our fault", "it s your fault", "it is your fault", "your own fault", "you should have",
        "you failed to", "if you had read", "you are the only", "you re the only", "no other customer", "you are lying",
        "you re lying", "you lied", "fake review", "bad faith", "contrary to what you", "as clearly stated",
        "clearly stated", "we are not responsible", "not our responsibility", "obviously you", "we dispute",
    ];

    private static readonly string[] ReviewChangeVerbsFrench =
    [
        "modifi*", "chang*", "retir*", "supprim*", "revoir", "revoyez", "revis*", "mettre a jour", "mettez a jour",
        "amelior*", "remont*", "augment*", "rehauss*", "effac*", "edit*", "reconsider*", "relev*",
    ];

    private static readonly string[] ReviewChangeNounsFrench =
    [
        "suppression", "modification", "retrait", "mise a jour", "revision", "amelioration", "changement",
    ];

    private static readonly string[] ReviewChangeDeterminersFrench = ["votre", "vos", "cet", "ce", "l", "la", "le"];

    private static readonly string[] ReviewChangeObjectsFrench = ["avis", "note", "notes", "commentaire*", "evaluation*", "etoile*"];

    private static readonly string[] ReviewChangeVerbsEnglish =
    [
        "updat*", "chang*", "remov*", "delet*", "edit*", "revis*", "improv*", "rais*", "amend*", "take down",
        "reconsider*", "bump up", "upgrad*", "withdraw*",
    ];

    private static readonly string[] ReviewChangeDeterminersEnglish = ["your", "this", "my"];

    private static readonly string[] ReviewChangeObjectsEnglish = ["review*", "rating*", "comment*", "star*", "feedback", "score"];

    private static readonly string[] TiePhrases =
    [
        "remise*", "reduction*", "rembours*", "bon d achat", "bons d achat", "bon de reduction", "code promo", "geste*",
        "offert*", "offr*", "gratuit*", "cadeau*", "en echange", "en contrepartie", "a condition", "et nous vous",
        "nous vous ferons", "pourcent*",
        "discount*", "voucher*", "refund*", "coupon*", "free", "gift*", "credit", "in exchange", "in return",
        "provided that", "and we will", "and we ll", "we will then", "offer*", "compensat*", "percent", "promo code",
    ];

    private static readonly string[] SignOffPhrases =
    [
        "cordialement", "bien cordialement", "bien a vous", "a bientot", "sincerement", "respectueusement", "salutations",
        "bonne journee", "belle journee", "bonne soiree", "signe",
        "regards", "kind regards", "best regards", "warm regards", "best wishes", "sincerely", "yours", "cheers",
        "all the best", "best",
    ];

    private static readonly string[] StopFrenchWords =
    [
        "le", "la", "les", "des", "du", "et", "est", "une", "nous", "vous", "pour", "pas", "que", "qui", "dans", "sur",
        "avec", "votre", "vos", "notre", "nos", "cette", "ces", "je", "tres", "au", "aux", "sont", "avons", "etes", "mais",
        "leur", "plus", "il", "elle", "merci", "bonjour", "ne", "ce", "de",
    ];

    private static readonly string[] StopEnglishWords =
    [
        "the", "and", "is", "are", "to", "of", "we", "you", "your", "our", "for", "with", "not", "that", "this", "it", "in",
        "be", "have", "has", "was", "were", "will", "please", "us", "sorry", "thank", "thanks", "hello", "hi", "would",
        "from", "at", "very", "my",
    ];

    private static readonly string[] OrderTriggers =
    [
        "commande*", "reference*", "ref", "reservation*", "dossier*", "facture*", "colis", "suivi", "ticket*", "transaction*",
        "order", "booking*", "invoice*", "parcel", "tracking", "confirmation",
    ];

    private static readonly string[] OrderFillers =
    [
        "n", "no", "nr", "num", "numero", "number", "de", "du", "votre", "your", "the", "la", "ref", "id", "code",
    ];

    private static readonly string[] NotANameWords =
    [
        "equipe", "team", "service", "services", "client", "clients", "clientele", "customer", "customers", "direction",
        "management", "responsable", "gerant", "gerante", "owner", "manager", "magasin", "restaurant", "hotel", "boutique",
        "support", "sav", "accueil", "le", "la", "les", "l", "the", "de", "du", "des", "of", "et", "and", "votre", "your",
        "toute", "tout", "all", "nous", "we", "vous", "you", "bonne", "belle", "journee", "soiree", "day", "merci", "thanks",
        "thank", "cordialement", "regards", "best", "kind", "warm", "sincerely", "bien", "a", "bientot", "soon", "see",
        "signe", "yours", "cheers", "wishes", "salutations", "respectueusement", "sincerement", "en", "charge", "qualite",
        "quality", "relation", "relations", "care", "experience", "chef", "head",
    ];

    /// <summary>The keywords by theme id (a theme is addressed when one of them is in the reply).</summary>
    private static readonly (string Theme, string[] Words)[] ThemeWords =
    [
        ("delay", ["retard*", "attente", "attendu*", "attendre", "delai*", "tard", "lent", "lente", "lenteur*", "delay*", "late", "lateness", "wait*", "slow*", "long time"]),
        ("wait_time", ["attente", "attendu*", "attendre", "patient*", "lent", "lenteur*", "wait*", "queue*", "slow*"]),
        ("delivery", ["livr*", "colis", "expedi*", "transporteur*", "delivery", "deliver*", "shipping", "shipment*", "parcel*", "package*", "courier*"]),
        ("customer_service", ["service client*", "sav", "service apres vente", "conseill*", "hotline", "assistance", "customer service", "customer care", "support", "helpdesk", "advisor*", "adviser*", "agent*"]),
        ("staff_attitude", ["accueil*", "personnel", "serveu*", "vendeu*", "employe*", "collaborat*", "comportement*", "attitude*", "impoli*", "desagreable*", "aimab*", "courtois*", "politesse", "equipe*", "staff", "employee*", "waiter*", "waitress*", "rude*", "behaviou*", "impolite", "unfriendly", "manner*", "team"]),
        ("information", ["information*", "informe*", "renseign*", "prevenu*", "explication*", "communication*", "inform*", "explanation*", "communicat*", "notif*"]),
        ("promise_gap", ["promesse*", "promis", "annonce*", "descriptif", "description*", "conform*", "correspond*", "promise*", "promised", "advertis*", "expectation*", "expected"]),
        ("product_quality", ["qualite", "defectu*", "defaut*", "casse*", "abime*", "endommag*", "produit*", "article*", "quality", "defect*", "broken", "damaged", "faulty", "product*", "item*"]),
        ("price", ["prix", "tarif*", "cher", "chere", "cout*", "price*", "pricing", "expensive", "overcharg*", "cost*"]),
        ("billing", ["factur*", "paiement*", "prelev*", "debit*", "rembours*", "billing", "invoice*", "charge*", "payment*", "refund*"]),
        ("cleanliness", ["propre*", "proprete", "sale", "salete", "hygiene", "menage", "poussiere", "clean*", "dirty", "dirt", "hygien*", "dust*", "stain*"]),
        ("reception", ["accueil*", "welcome*", "greet*", "reception*"]),
        ("food_quality", ["plat", "plats", "repas", "cuisine", "nourriture", "cuisson", "froid", "food", "meal*", "dish*", "cold", "cooked", "taste*", "gout"]),
        ("noise", ["bruit*", "bruyant*", "noise*", "noisy", "loud"]),
        ("booking", ["reserv*", "booking*", "booked"]),

        // The ids of ReviewKit.Analysis.ThemeIds that the entries above do not already use.
        ("cancellation", ["annul*", "cancel*"]),
        ("lost_or_damaged", ["perdu*", "perte*", "egare*", "casse*", "abime*", "endommag*", "jamais recu", "jamais arrive", "lost", "missing", "damaged", "broken", "never arrived"]),
        ("lack_of_information", ["information*", "informe*", "renseign*", "prevenu*", "explication*", "communication*", "inform*", "explanation*", "communicat*", "notif*"]),
        ("waiting_time", ["attente", "attendu*", "attendre", "patient*", "lent", "lenteur*", "wait*", "queue*", "slow*"]),
        ("price_billing", ["prix", "tarif*", "cher", "chere", "cout*", "factur*", "paiement*", "prelev*", "debit*", "price*", "pricing", "expensive", "overcharg*", "cost*", "billing", "invoice*", "charge*", "payment*"]),
        ("refund_return", ["rembours*", "renvoy*", "retourner", "echange*", "refund*", "return*", "exchange*", "money back"]),
        ("ordering_booking", ["reserv*", "commande*", "panier", "booking*", "booked", "order*", "checkout", "basket"]),
    ];

    /// <summary>Gets the index of each known theme id (its category is <see cref="ThemeBase"/> + index).</summary>
    public static IReadOnlyDictionary<string, int> ThemeIndex { get; } =
        ThemeWords.Select(static (t, i) => (t.Theme, i)).ToDictionary(static x => x.Theme, static x => x.i, StringComparer.Ordinal);

    /// <summary>Gets the matcher of every phrase of the lexicon.</summary>
    public static PhraseMatcher Matcher { get; } = new(Entries());

    /// <summary>Every (phrase, category) pair of the lexicon; the naive benchmark baseline reads it too.</summary>
    internal static IEnumerable<(string Phrase, int Category)> Entries()
    {
        foreach (var p in ApologyPhrases)
        {
            yield return (p, Apology);
        }

        foreach (var p in ThanksPhrases)
        {
            yield return (p, Thanks);
        }

        foreach (var p in PrivateChannelPhrases)
        {
            yield return (p, PrivateChannel);
        }

        foreach (var p in DefensivePhrases)
        {
            yield return (p, Defensive);
        }

        foreach (var p in Combine(ReviewChangeVerbsFrench, ReviewChangeDeterminersFrench, ReviewChangeObjectsFrench))
        {
            yield return (p, ReviewChange);
        }

        foreach (var p in Combine(ReviewChangeVerbsEnglish, ReviewChangeDeterminersEnglish, ReviewChangeObjectsEnglish))
        {
            yield return (p, ReviewChange);
        }

        foreach (var noun in ReviewChangeNounsFrench)
        {
            foreach (var det in ReviewChangeDeterminersFrench)
            {
                foreach (var obj in ReviewChangeObjectsFrench)
                {
                    yield return ($"{noun} de {det} {obj}", ReviewChange);
                }
            }
        }

        foreach (var p in TiePhrases)
        {
            yield return (p, Tie);
        }

        foreach (var p in SignOffPhrases)
        {
            yield return (p, SignOff);
        }

        foreach (var p in StopFrenchWords)
        {
            yield return (p, StopFrench);
        }

        foreach (var p in StopEnglishWords)
        {
            yield return (p, StopEnglish);
        }

        foreach (var p in OrderTriggers)
        {
            yield return (p, OrderTrigger);
        }

        foreach (var p in OrderFillers)
        {
            yield return (p, OrderFiller);
        }

        foreach (var p in NotANameWords)
        {
            yield return (p, NotAName);
        }

        for (var i = 0; i < ThemeWords.Length; i++)
        {
            foreach (var p in ThemeWords[i].Words)
            {
                yield return (p, ThemeBase + i);
            }
        }
    }

    /// <summary>The stop words of a language, for the profile of <see cref="Analysis.LanguageDetector.Default"/>.</summary>
    internal static IEnumerable<string> StopWords(bool french) => french ? StopFrenchWords : StopEnglishWords;

    private static IEnumerable<string> Combine(string[] verbs, string[] determiners, string[] objects)
    {
        foreach (var verb in verbs)
        {
            foreach (var det in determiners)
            {
                foreach (var obj in objects)
                {
                    yield return $"{verb} {det} {obj}";
                }
            }

            foreach (var obj in objects)
            {
                // "update review", "modifier l'avis" are covered by the determiners; a bare verb + object also counts.
                yield return $"{verb} {obj}";
            }
        }
    }
}
