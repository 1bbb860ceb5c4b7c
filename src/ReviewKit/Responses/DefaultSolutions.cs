using System.Collections.Frozen;
using ReviewKit.Analysis;

namespace ReviewKit.Responses;

/// <summary>
/// ReviewKit's built-in solution suggestions per theme, in French and English: what an agent may propose, to be agreed
/// with the customer (concrete, never a script). Used by <see cref="ResponsePlanner"/> when
/// <see cref="ResponsePolicy.DefaultSolutions"/> is on and the host configured nothing for the theme.
/// </summary>
internal static class DefaultSolutions
{
    private static readonly FrozenDictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ThemeIds.Delay] = "Donnez une date ferme et vérifiée, proposez un envoi express ou un créneau prioritaire à vos frais, et tenez le client informé à chaque étape jusqu'à la réception. Demandez-lui ce qui lui conviendrait le mieux.",
        [ThemeIds.Cancellation] = "Expliquez franchement pourquoi l'annulation a eu lieu, puis proposez au choix une nouvelle date prioritaire ou un remboursement intégral et rapide. Laissez le client choisir.",
        [ThemeIds.LostOrDamaged] = "Demandez une photo ou une description des dégâts sans mettre en doute la parole du client, puis proposez le renvoi d'un article neuf ou le remboursement, à vos frais, sans lui laisser la réclamation auprès du transporteur.",
        [ThemeIds.LackOfInformation] = "Donnez tout de suite l'état réel de la commande ou du dossier, ce qui va se passer et quand, puis proposez un interlocuteur nommé et joignable qui tiendra le client informé jusqu'au bout.",
        [ThemeIds.PromiseGap] = "Reconnaissez l'écart entre ce qui était annoncé et ce que le client a reçu, puis proposez au choix l'échange contre ce qui était promis, un ajustement du prix ou le remboursement. Corrigez la description si elle a induit en erreur.",
        [ThemeIds.CustomerService] = "Reprenez vous-même le dossier depuis le début, sans demander au client de tout répéter, réglez la demande restée sans réponse et donnez-lui une ligne ou une adresse directe pour la suite.",
        [ThemeIds.StaffAttitude] = "Écoutez le récit du client sans justifier l'équipe, dites-lui ce que vous ferez auprès de la personne ou de l'équipe concernée, et invitez-le à revenir pour être reçu comme il se doit.",
        [ThemeIds.WaitingTime] = "Expliquez ce qui a causé l'attente et ce qui change pour l'éviter, puis proposez au client un rendez-vous ou un créneau réservé, sans attente, pour sa prochaine visite ou son prochain appel.",
        [ThemeIds.ProductQuality] = "Proposez le remplacement, la réparation ou le remboursement du produit ou de la prestation défectueux, selon ce que préfère le client, et faites remonter le défaut à l'équipe qualité.",
        [ThemeIds.PriceBilling] = "Reprenez la facture ligne par ligne avec le client, corrigez toute erreur et remboursez le trop-perçu sans délai ; si le prix est juste, expliquez clairement ce qu'il comprend.",
        [ThemeIds.RefundReturn] = "Lancez vous-même le retour ou le remboursement, avec une étiquette prépayée si besoin, donnez au client la date à laquelle il sera crédité et confirmez-lui quand c'est fait.",
        [ThemeIds.Cleanliness] = "Faites nettoyer ou vérifier sans délai ce qui est en cause, proposez au client une autre chambre, table ou prestation impeccable, et dites-lui ce qui a été revu dans vos contrôles d'hygiène.",
        [ThemeIds.OrderingBooking] = "Finalisez ou corrigez vous-même la commande ou la réservation, au prix que le client aurait dû obtenir, puis signalez le problème du site ou de l'application à l'équipe concernée.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> English = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ThemeIds.Delay] = "Give a firm, checked date, offer express shipping or a priority slot at your cost, and keep the customer informed at each step until it arrives. Ask them what would suit them best.",
        [ThemeIds.Cancellation] = "Explain honestly why it was cancelled, then offer either a new priority date or a full and prompt refund. Let the customer choose.",
        [ThemeIds.LostOrDamaged] = "Ask for a photo or a description of the damage without doubting the customer's word, then offer a replacement or a refund at your cost, without leaving them to chase the carrier.",
        [ThemeIds.LackOfInformation] = "Give the real status of the order or file now, what will happen next and when, then offer a named, reachable contact who keeps the customer informed until it is settled.",
        [ThemeIds.PromiseGap] = "Acknowledge the gap between what was advertised and what the customer received, then offer an exchange for what was promised, a price adjustment or a refund, as they prefer. Fix the description if it misled them.",
        [ThemeIds.CustomerService] = "Take the file over yourself from the start, without making the customer repeat everything, settle the request that went unanswered and give them a direct line or address for what follows.",
        [ThemeIds.StaffAttitude] = "Hear the customer's account without defending the team, tell them what you will do with the person or team involved, and invite them back to be welcomed as they should have been.",
        [ThemeIds.WaitingTime] = "Explain what caused the wait and what changes to avoid it, then offer the customer a booked appointment or slot, with no waiting, for their next visit or call.",
        [ThemeIds.ProductQuality] = "Offer to replace, repair or refund the faulty product or service, whichever the customer prefers, and pass the defect on to the quality team.",
        [ThemeIds.PriceBilling] = "Go through the bill line by line with the customer, correct any error and refund any overcharge promptly; if the price is right, explain clearly what it covers.",
        [ThemeIds.RefundReturn] = "Start the return or refund yourself, with a prepaid label if needed, tell the customer the date the money will reach them and confirm when it is done.",
        [ThemeIds.Cleanliness] = "Have what is at fault cleaned or checked at once, offer the customer another spotless room, table or service, and tell them what has changed in your hygiene checks.",
        [ThemeIds.OrderingBooking] = "Complete or correct the order or booking yourself, at the price the customer should have had, then report the website or app problem to the team in charge.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the theme ids that have a built-in suggestion.</summary>
    public static IEnumerable<string> ThemeIdsCovered => French.Keys;

    /// <summary>Gets the built-in suggestion for a theme in a language.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="french">French rather than English.</param>
    /// <returns>The suggestion, or <see langword="null"/> for a theme without one.</returns>
    public static string? For(string themeId, bool french) => (french ? French : English).GetValueOrDefault(themeId);
}
