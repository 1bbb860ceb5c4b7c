namespace ReviewKit.Responses;

/// <summary>The message and suggestion of each finding, in French and English. No message ever quotes the reply.</summary>
internal static class ReplyMessages
{
    public const string IncentiveUntied = "incentive.review_change/untied";

    private static readonly Dictionary<string, (string FrMessage, string FrSuggestion, string EnMessage, string EnSuggestion)> Table =
        new(StringComparer.Ordinal)
        {
            [ReplyFindingCodes.PiiEmail] = (
                "La réponse publique contient une adresse e-mail personnelle.",
                "Retirez l'adresse et proposez plutôt de poursuivre par message privé ou par l'adresse de contact de l'entreprise.",
                "The public reply contains a personal e-mail address.",
                "Remove the address and offer to continue by private message or through the business's contact address."),
            [ReplyFindingCodes.PiiPhone] = (
                "La réponse publique contient un numéro de téléphone personnel.",
                "Retirez le numéro ; invitez le client à vous appeler au numéro du service client.",
                "The public reply contains a personal phone number.",
                "Remove the number; invite the customer to call the customer service line."),
            [ReplyFindingCodes.PiiIban] = (
                "La réponse publique contient un IBAN.",
                "Retirez l'IBAN : les coordonnées bancaires ne s'échangent qu'en privé.",
                "The public reply contains an IBAN.",
                "Remove the IBAN: bank details are only exchanged in private."),
            [ReplyFindingCodes.PiiCard] = (
                "La réponse publique contient un numéro de carte bancaire.",
                "Retirez le numéro de carte immédiatement ; ne le demandez jamais publiquement.",
                "The public reply contains a payment card number.",
                "Remove the card number at once; never ask for one in public."),
            [ReplyFindingCodes.PiiAddress] = (
                "La réponse publique contient une adresse postale.",
                "Retirez l'adresse ; parlez de la livraison sans la citer.",
                "The public reply contains a street address.",
                "Remove the address; talk about the delivery without quoting it."),
            [ReplyFindingCodes.PiiOrderReference] = (
                "La réponse publique contient une référence de commande ou de réservation.",
                "Retirez la référence : elle identifie le client. Reprenez-la en privé.",
                "The public reply contains an order or booking reference.",
                "Remove the reference: it identifies the customer. Use it in private."),
            [ReplyFindingCodes.IncentiveReviewChange] = (
                "La réponse lie un geste ou une promesse à la modification ou au retrait de l'avis, ce que les plateformes interdisent.",
                "Proposez la solution et le geste sans condition ; ne mentionnez pas l'avis.",
                "The reply ties a gesture or a promise to changing or removing the review, which platforms forbid.",
                "Offer the solution and the gesture without any condition; do not mention the review."),
            [IncentiveUntied] = (
                "La réponse demande de modifier ou de retirer l'avis.",
                "Ne demandez pas de changer l'avis ; une fois le problème résolu, invitez seulement le client à partager comment cela s'est terminé.",
                "The reply asks the customer to change or remove the review.",
                "Do not ask for a changed review; once the issue is solved, only invite the customer to share how it ended."),
            [ReplyFindingCodes.ToneDefensive] = (
                "Le ton est défensif : la réponse contredit ou accuse le client.",
                "Reformulez sans chercher de coupable : montrez que vous comprenez la déception.",
                "The tone is defensive: the reply argues with or blames the customer.",
                "Rephrase without looking for someone to blame: show that you understand the disappointment."),
            [ReplyFindingCodes.MissingApology] = (
                "La réponse ne présente pas d'excuses.",
                "Ajoutez des excuses sincères, même si la faute n'est pas la vôtre (« Nous sommes désolés de... »).",
                "The reply does not apologise.",
                "Add a sincere apology, even when the fault is not yours (\"We are sorry that...\")."),
            [ReplyFindingCodes.MissingThanks] = (
                "La réponse ne remercie pas le client pour son retour.",
                "Remerciez le client d'avoir pris le temps de partager son expérience.",
                "The reply does not thank the customer for the feedback.",
                "Thank the customer for taking the time to share their experience."),
            [ReplyFindingCodes.MissingPrivateChannel] = (
                "La réponse ne propose pas de poursuivre en privé.",
                "Proposez de continuer par téléphone, par e-mail ou par message privé pour trouver une solution ensemble.",
                "The reply does not offer to continue in private.",
                "Offer to continue by phone, e-mail or private message to find a solution together."),
            [ReplyFindingCodes.MissingIssueAcknowledged] = (
                "La réponse ne mentionne aucun des problèmes soulevés par l'avis.",
                "Nommez le problème (le retard, l'accueil...) pour montrer que l'avis a été lu.",
                "The reply does not mention any of the issues the review raises.",
                "Name the issue (the delay, the welcome...) to show that the review was read."),
            [ReplyFindingCodes.MissingSignature] = (
                "La réponse n'est pas signée par une personne.",
                "Signez avec un prénom et une fonction (« Marie, responsable de la boutique »).",
                "The reply is not signed by a person.",
                "Sign with a first name and a role (\"Marie, store manager\")."),
            [ReplyFindingCodes.LanguageMismatch] = (
                "La réponse n'est pas dans la langue de l'avis.",
                "Répondez dans la langue du client.",
                "The reply is not in the review's language.",
                "Reply in the customer's language."),
            [ReplyFindingCodes.LengthTooLong] = (
                "La réponse dépasse la longueur maximale de la plateforme.",
                "Raccourcissez la réponse ; les détails peuvent se régler en privé.",
                "The reply is longer than the platform accepts.",
                "Shorten the reply; details can be settled in private."),
            [ReplyFindingCodes.LengthTooShort] = (
                "La réponse est trop courte pour répondre vraiment à l'avis.",
                "Ajoutez des excuses, le problème reconnu, une solution et une proposition de contact.",
                "The reply is too short to really answer the review.",
                "Add an apology, the acknowledged issue, a solution and an offer to get in touch."),
            [ReplyFindingCodes.StyleAllCaps] = (
                "Un passage en majuscules se lit comme un cri.",
                "Écrivez ce passage en minuscules.",
                "A passage in capitals reads as shouting.",
                "Write this passage in lower case."),
            [ReplyFindingCodes.DuplicateRecentReply] = (
                "La réponse est presque identique à une réponse publique récente.",
                "Personnalisez la réponse : reprenez les mots du client et son problème précis.",
                "The reply is almost the same as a recent public reply.",
                "Personalise the reply: use the customer's words and their specific issue."),
        };

    /// <summary>Every message and suggestion in a language, for the profile of <see cref="Analysis.LanguageDetector.Default"/>.</summary>
    public static IEnumerable<string> Texts(bool french) =>
        Table.Values.SelectMany(e => french ? (string[])[e.FrMessage, e.FrSuggestion] : [e.EnMessage, e.EnSuggestion]);

    public static (string Message, string Suggestion) For(string key, bool french)
    {
        var entry = Table[key];
        return french ? (entry.FrMessage, entry.FrSuggestion) : (entry.EnMessage, entry.EnSuggestion);
    }
}
