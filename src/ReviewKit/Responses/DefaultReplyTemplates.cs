using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Responses;

/// <summary>
/// The built-in French and English templates and theme sentences. Each template thanks, apologises, names the issue
/// (through <c>{ThemeSentence}</c>), offers a private channel and is signed: a test checks that every rendering passes
/// the <see cref="ReplyChecker"/> without a finding.
/// </summary>
internal static class DefaultReplyTemplates
{
    private static readonly Dictionary<string, (string French, string English)> Sentences = new(StringComparer.Ordinal)
    {
        ["delay"] = ("Attendre aussi longtemps n'est pas acceptable, et nous comprenons votre agacement face à ce retard.", "Waiting that long is not acceptable, and we understand your frustration with the delay."),
        ["wait_time"] = ("Nous comprenons qu'une telle attente soit pénible.", "We understand how frustrating such a long wait is."),
        ["delivery"] = ("Une livraison qui ne se passe pas comme prévu gâche toute l'expérience.", "A delivery that does not go as planned spoils the whole experience."),
        ["customer_service"] = ("Notre service client aurait dû vous répondre plus vite et mieux vous accompagner.", "Our customer service should have answered you faster and supported you better."),
        ["staff_attitude"] = ("L'accueil et l'attitude de notre équipe doivent toujours être courtois, et cela n'a pas été le cas.", "Our staff should always be courteous and welcoming, and that was not the case."),
        ["information"] = ("Une information claire à chaque étape vous était due, et elle vous a manqué.", "You deserved clear information at every step, and it was missing."),
        ["promise_gap"] = ("Ce que vous avez reçu ne correspondait pas à ce qui avait été promis.", "What you received did not match what was promised."),
        ["product_quality"] = ("Un produit dans cet état n'aurait jamais dû vous parvenir : la qualité n'était pas au rendez-vous.", "A product in that condition should never have reached you: the quality was not there."),
        ["price"] = ("Nous entendons que le prix vous ait paru trop élevé pour ce que vous avez reçu.", "We hear that the price felt too high for what you received."),
        ["billing"] = ("Une erreur de facturation est source d'inquiétude, et nous allons la corriger.", "A billing error is worrying, and we are going to correct it."),
        ["cleanliness"] = ("La propreté doit être irréprochable, et elle ne l'était pas lors de votre venue.", "Cleanliness must be spotless, and it was not during your visit."),
        ["reception"] = ("Vous méritiez un accueil chaleureux, et cela n'a pas été le cas.", "You deserved a warm welcome, and that was not the case."),
        ["food_quality"] = ("Votre repas aurait dû être à la hauteur, et il ne l'a pas été.", "Your meal should have lived up to expectations, and it did not."),
        ["noise"] = ("Le bruit que vous avez subi a gâché votre séjour.", "The noise you had to put up with spoiled your stay."),
        ["booking"] = ("Un problème de réservation comme celui-ci ne devrait jamais arriver.", "A booking problem like this should never happen."),
        ["cancellation"] = ("Cette annulation n'aurait jamais dû se passer ainsi.", "This cancellation should never have been handled that way."),
        ["lost_or_damaged"] = ("Un colis perdu ou abîmé est particulièrement décevant.", "A lost or damaged parcel is particularly disappointing."),
        ["lack_of_information"] = ("Une information claire à chaque étape vous était due, et elle vous a manqué.", "You deserved clear information at every step, and it was missing."),
        ["waiting_time"] = ("Nous comprenons qu'une telle attente soit pénible.", "We understand how frustrating such a long wait is."),
        ["price_billing"] = ("Nous entendons que le prix et la facturation vous aient posé problème.", "We hear that the price and the billing caused you trouble."),
        ["refund_return"] = ("Votre remboursement aurait dû être traité sans la moindre difficulté.", "Your refund should have been handled without any difficulty."),
        ["ordering_booking"] = ("Un problème de commande ou de réservation comme celui-ci ne devrait jamais arriver.", "An ordering or booking problem like this should never happen."),
    };

    private static readonly (string French, string English) GenericSentence = ("Nous comprenons votre déception.", "We understand your disappointment.");

    public static IReadOnlyList<ReplyTemplate> All { get; } =
    [
        Fr("fr-generic-1", null, null,
            "Bonjour,\nMerci d'avoir pris le temps de partager votre expérience. Nous sommes sincèrement désolés. {ThemeSentence} Pouvez-vous nous contacter {ContactChannel} afin que nous trouvions ensemble une solution ?\nCordialement,\n{Signature}"),
        Fr("fr-generic-2", null, null,
            "Bonjour {CustomerName},\nNous vous remercions pour votre avis et vous présentons toutes nos excuses. {ThemeSentence} Nous aimerions en parler avec vous : contactez-nous {ContactChannel}, nous chercherons une solution qui vous convienne.\nBien à vous,\n{Signature}"),
        Fr("fr-generic-3", null, null,
            "Bonjour,\nUn grand merci pour ce retour qui nous aide à progresser, et pardon pour ce désagrément. {ThemeSentence} Pour trouver une solution adaptée, le plus simple est d'échanger directement : contactez-nous {ContactChannel}.\nÀ bientôt,\n{Signature}"),
        Fr("fr-high-1", null, Severity.High,
            "Bonjour,\nMerci de nous avoir alertés, et toutes nos excuses : ce que vous décrivez est sérieux. {ThemeSentence} Nous souhaitons vous appeler rapidement pour comprendre ce qui s'est passé et y remédier ; vous pouvez aussi nous contacter {ContactChannel}.\nCordialement,\n{Signature}"),
        Fr("fr-critical-1", null, Severity.Critical,
            "Bonjour,\nNous vous remercions de nous avoir signalé cette situation et vous présentons nos plus sincères excuses. {ThemeSentence} La direction traite ce sujet en priorité : contactez-nous {ContactChannel}, nous vous rappellerons dans la journée.\nCordialement,\n{Signature}"),
        Fr("fr-delay-1", "delay", null,
            "Bonjour,\nMerci pour votre retour, et désolés pour ce retard. {ThemeSentence} Nous revoyons notre organisation pour que cela ne se reproduise pas. Contactez-nous {ContactChannel} pour que nous trouvions ensemble une solution.\nBien cordialement,\n{Signature}"),
        Fr("fr-delay-2", "delay", null,
            "Bonjour {CustomerName},\nNous vous remercions d'avoir partagé votre expérience et vous prions de nous excuser pour cette attente. {ThemeSentence} Contactez-nous {ContactChannel} : nous ferons le point avec vous sur votre situation.\nBien cordialement,\n{Signature}"),
        Fr("fr-customer_service-1", "customer_service", null,
            "Bonjour,\nMerci pour votre message, et toutes nos excuses pour ce manque de suivi. {ThemeSentence} Un membre de l'équipe reprend votre dossier dès aujourd'hui : contactez-nous {ContactChannel} et nous vous répondrons personnellement.\nCordialement,\n{Signature}"),
        Fr("fr-staff_attitude-1", "staff_attitude", null,
            "Bonjour,\nMerci d'avoir pris la peine de nous écrire, et sincèrement désolés pour cet accueil. {ThemeSentence} Nous en avons parlé avec l'équipe concernée. Nous aimerions en discuter avec vous : contactez-nous {ContactChannel}.\nBien à vous,\n{Signature}"),
        En("en-generic-1", null, null,
            "Hello,\nThank you for taking the time to share your experience, and we are truly sorry. {ThemeSentence} Could you contact us {ContactChannel} so that we can find a solution together?\nKind regards,\n{Signature}"),
        En("en-generic-2", null, null,
            "Hi {CustomerName},\nThank you for your review, and please accept our apologies. {ThemeSentence} We would like to talk it through with you: please contact us {ContactChannel} and we will look for a solution that works for you.\nBest regards,\n{Signature}"),
        En("en-generic-3", null, null,
            "Hello,\nMany thanks for this feedback, which helps us improve, and sorry for the trouble. {ThemeSentence} The simplest way to find the right solution is to talk directly: please get in touch {ContactChannel}.\nBest wishes,\n{Signature}"),
        En("en-high-1", null, Severity.High,
            "Hello,\nThank you for letting us know, and our apologies: what you describe is serious. {ThemeSentence} We would like to call you soon to understand what happened and put it right; you can also contact us {ContactChannel}.\nKind regards,\n{Signature}"),
        En("en-critical-1", null, Severity.Critical,
            "Hello,\nThank you for reporting this situation, and please accept our sincere apologies. {ThemeSentence} Our management is handling it as a priority: please contact us {ContactChannel} and we will call you back today.\nKind regards,\n{Signature}"),
        En("en-delay-1", "delay", null,
            "Hello,\nThank you for your feedback, and sorry for the delay. {ThemeSentence} We are reviewing our organisation so that it does not happen again. Please contact us {ContactChannel} so that we can find a solution together.\nBest regards,\n{Signature}"),
        En("en-delay-2", "delay", null,
            "Hi {CustomerName},\nThank you for sharing your experience, and please accept our apologies for the wait. {ThemeSentence} Please contact us {ContactChannel} and we will go through your situation with you.\nKind regards,\n{Signature}"),
        En("en-customer_service-1", "customer_service", null,
            "Hello,\nThank you for your message, and our apologies for the lack of follow-up. {ThemeSentence} A member of the team is picking up your case today: please contact us {ContactChannel} and we will answer you personally.\nKind regards,\n{Signature}"),
        En("en-staff_attitude-1", "staff_attitude", null,
            "Hello,\nThank you for taking the trouble to write to us, and we are truly sorry about the way you were treated. {ThemeSentence} We have talked it over with the team involved. We would like to discuss it with you: please contact us {ContactChannel}.\nBest wishes,\n{Signature}"),
    ];

    /// <summary>The built-in sentence naming a theme's issue in a language (French or English; English otherwise).</summary>
    public static string ThemeSentence(string? theme, LanguageTag language)
    {
        var french = language.PrimaryLanguage == "fr";
        var (fr, en) = theme is not null && Sentences.TryGetValue(theme, out var sentence) ? sentence : GenericSentence;
        return french ? fr : en;
    }

    /// <summary>Tells whether a built-in sentence exists for the theme.</summary>
    /// <summary>The built-in theme sentences of a language, for the profile of <see cref="Analysis.LanguageDetector.Default"/>.</summary>
    public static IEnumerable<string> SentenceTexts(bool french) => Sentences.Values.Select(s => french ? s.French : s.English);

    public static bool HasSentence(string theme) => Sentences.ContainsKey(theme);

    private static ReplyTemplate Fr(string id, string? theme, Severity? severity, string text) => new(id, LanguageTag.French, text, theme, severity);

    private static ReplyTemplate En(string id, string? theme, Severity? severity, string text) => new(id, LanguageTag.English, text, theme, severity);
}
