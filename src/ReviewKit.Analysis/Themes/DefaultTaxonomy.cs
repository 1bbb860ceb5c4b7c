namespace ReviewKit.Analysis.Themes;

/// <summary>
/// The default themes (irritants) and risks, with their French and English patterns and, for themes, the unmet need
/// behind each. Original work of the ReviewKit authors.
/// </summary>
/// <remarks>
/// Pattern syntax (see <see cref="ThemePatternOptions"/>): words separated by spaces, compared after case and accent
/// folding; <c>word*</c> matches any word starting with <c>word</c> (4 letters or more before the star); <c>#</c> matches a
/// number; a lone <c>*</c> matches any one word; a leading <c>!</c> makes the pattern count only when negated ("!on time"
/// matches "not on time"); a leading <c>@</c> marks an aspect that counts only in a negative clause ("@staff"); a leading
/// <c>-</c> marks an exclusion: a match of the category that starts inside an exclusion match is dropped.
/// </remarks>
internal static class DefaultTaxonomy
{
    public static readonly CategorySpec[] Themes =
    [
        new(
            ThemeIds.Delay,
            "Reliability and proactive news: deliver when promised, and warn before the customer has to ask.",
            "Fiabilité et information proactive : livrer à la date promise, et prévenir avant que le client ait à demander.",
            "been # days|been # weeks|been # months|# weeks later|# days later|# months later|was due|were due|due in|due on|due by|lead time|took too long|too long to arrive|slow to arrive|missed the deadline|arrived after|weeks behind|still hasn't been|still not fitted|still waiting on|late|lateness|delay*|overdue|behind schedule|!on time|!in time|took # days|took # weeks|took # months|took weeks|took months|"
            + "still waiting|still not arrived|still not received|still hasn't arrived|still haven't received|not yet arrived|not arrived yet|"
            + "not yet received|not received yet|days late|weeks late|postponed|slow delivery|slow shipping|missed the delivery|waited # days|"
            + "waited # weeks|waited # months|waiting # days|waiting # weeks|waited days|waited weeks|@weeks later|@days later|"
            + "-late check*|-late night*|-late at night|-late afternoon|-late evening|-late arrival|-late breakfast|-stay late|-open late|-late flight|still nothing|still no sign|waiting for my order|waiting for my parcel|waiting for my delivery|was meant to|# weeks to receive|# days to receive|still hasn't shown up|still hasn't come|hasn't shown up|took them # days|took them # weeks|took them # months|took them # month|took # month to|took # week to|took # months to|supposed to come|supposed to arrive|supposed to be delivered|should have arrived|should have been delivered|a week late|a day late|an hour late|still no parcel|still not here|still not delivered|@weeks ago|@days ago|@months ago|took ages to arrive|took forever to arrive|arrived # days late|arrived # weeks late|# days late|# hours late|# minutes late|turned up late|showed up late|took # days to|took # weeks to|only arrived after|not arrived|hasn't arrived|haven't received|have not received|has not arrived",
            "ca fait # jours|ca fait # semaines|ca fait # mois|cela fait # jours|cela fait # semaines|cela fait # mois|fait # semaines|au lieu de # jours|au lieu de # semaines|trop long|trop longtemps|delais non tenus|delai non tenu|delai* pas tenu*|prevu* le|date prevue|date promise|arrive* apres|livre* apres|retard*|en retard|!a l heure|!a temps|!dans les temps|!dans les delais|delai* non respect*|delai* pas respect*|!respect* les delai*|"
            + "!respect* le delai|delai* depass*|delai* de livraison|toujours pas recu*|toujours pas arrive*|toujours pas livre*|toujours rien|"
            + "toujours en attente|pas encore recu*|pas encore arrive*|pas encore livre*|# jours de retard|# semaines de retard|attendu # jours|"
            + "attendu # semaines|attendu # mois|depuis # jours|depuis # semaines|depuis # mois|mis # jours|mis # semaines|pris # semaines|"
            + "repousse*|reportee*|livraison lente|@semaines plus tard|@jours plus tard|@mois plus tard|que j attends|j attends toujours|j attends ma|j attends mon|attends ma commande|attends mon colis|devait passer|# semaines pour recevoir|# jours pour recevoir|# mois pour recevoir|temps fou|une eternite|devait venir|devait arriver|devait etre livre*|devait etre la|@prevu* pour|@annonce* pour|j attends depuis|nous attendons toujours|attendons depuis|on attend toujours|tjrs pas recu*|tjr pas recu*|tjrs rien|tjr rien|toujours rien recu|toujours pas de colis|# h de retard|# min de retard|# minutes de retard|# heures de retard|avec # jours|arrive* avec # jours|date de livraison depassee|livraison prevue|!livre* dans les temps|!arrive* a l heure"),
        new(
            ThemeIds.Cancellation,
            "Certainty: keep the commitment, or cancel early, explain why and offer an alternative.",
            "Certitude : tenir l'engagement, ou annuler tôt, expliquer pourquoi et proposer une alternative.",
            "cancel*|called off|-hasn't shown up|-still hasn't|never showed up|never turned up|did not turn up|didn't turn up|didn't show up|did not show up|!show* up|!turn* up|no show|no-show|!turned up|stood up|terminate*|termination|!process * cancel*|-free cancel*|-cancel* for free|-cancellation policy|-free of charge cancel*",
            "annul*|deprogramm*|decommande*|supprime*|jamais venu*|jamais passe*|pas venu*|!venu|!venue|!presente*|n est pas venu|resiliation*|!resili*|impossible de resilier|lapin|-annulation gratuite|-annuler gratuitement|-annulation sans frais|-conditions d annulation"),
        new(
            ThemeIds.LostOrDamaged,
            "Integrity of what was entrusted: receive the item whole, or a quick replacement without having to prove it.",
            "Intégrité de ce qui a été confié : recevoir l'article intact, ou un remplacement rapide sans avoir à se justifier.",
            "lost my|lost our|lost the|lost parcel|lost package|lost luggage|lost bag|lost bags|lost item*|lost order|lost in transit|has been lost|"
            + "was lost|were lost|never arrived|never received|never got my|never got our|never delivered|went missing|missing item*|item* missing|"
            + "missing part*|part* missing|is missing|was missing|were missing|damaged|arrived broken|broken on arrival|came broken|smashed|crushed|"
            + "dented|stolen|scratched|scratches|shattered|came back with a broken|arrived with a broken|came back broken|came back damaged|says delivered|marked as delivered|shows delivered|shows as delivered|cracked|ripped|torn|missing from|missing piece*|lost our suitcase|lost my suitcase|lost the suitcase|-lost my patience|-lost my temper|-refund never|-remboursement n est jamais|-remboursement jamais|-lost * money|-lost a day|-lost * time|-lost * booking|-lost * reservation|-got lost|-we lost|-lost my way",
            "colis perdu*|perdu* mon|volee|vole mon|vole ma|vole mes|ont vole|perdu* ma|perdu* mes|perdu* notre|perdu* nos|perdu* le colis|perdu* la commande|egare*|abime*|endommag*|"
            + "arrive* casse*|recu* casse*|livre* casse*|jamais recu*|jamais arrive*|jamais livre*|manquant*|il manque|"
            + "manque * piece*|ecrase*|brise*|raye*|rien recu|indique livre*|marque* livre*|affiche livre*|rayure*|fissure*|fele*|dechire*|il manquait|manquai*|colis vide|carton vide|-perdu* * temps|-temps perdu|-perdu* mon temps|-perdu* notre temps|-perdu * argent|-egare* dans|-nous sommes perdus"),
        new(
            ThemeIds.LackOfInformation,
            "Visibility: know where things stand without chasing, and be able to reach someone.",
            "Visibilité : savoir où en est sa demande sans relancer, et pouvoir joindre quelqu'un.",
            "zero explanation|without a word|without any explanation|without explanation|not one announcement|nobody rang|no one rang|nobody called|no one called|no one told|nobody told|nobody informed|no one informed|vanished|disappeared|straight answer|no clear answer|nobody could tell|no one could tell|wasn't told|weren't told|was not told|were not told|no word|no heads up|no notification|no confirmation|hasn't updated|hasn't been updated|not updated|no update*|no news|no information|no info|no tracking|tracking * not|!inform*|without notice|without warning|no notice|no warning|"
            + "no explanation|no communication|lack of communication|poor communication|lack of information|kept in the dark|!told|!notif*|"
            + "unreachable|could not reach|couldn't reach|impossible to reach|unable to reach|can't reach|cannot reach|no way to contact|"
            + "no one to contact|no idea where|no idea when|no email|no call|not a word|radio silence|!kept informed|!updated|!let us know|!let me know|still don't know|don't know where|don't know when|don't know why|no one knows|nobody knows|!news|gone silent|went silent|!tell us|!tell me|couldn't tell|could not tell|!explain*|last minute notice|!mentioned|not mentioned anywhere|nowhere on|no idea|had no idea|@tracking|only found out|found out at|found out when|found out on arrival|nobody warned|no one warned|!warned|never warned|without telling|without letting|no reason given|no reason was given|!given a reason|no announcement|no updates|tracking * stuck|stuck in transit",
            "sans la moindre explication|sans aucune explication|sans un mot|sans aucun mot|pas un mot|aucun mot|personne ne nous a|personne ne m a|personne n a prevenu|disparu*|aucune reponse claire|dans l ignorance|aucune notification|aucun avertissement|sans avertissement|ni appel|ni mail|ni message|sans aucune information|sans information|ne sait rien|on ne sait pas|on ne savait pas|aucune nouvelle*|pas de nouvelle*|sans nouvelle*|aucune information*|aucune info*|pas d information*|pas d info*|sans information*|"
            + "manque d information*|manque de communication|aucune communication|aucun suivi|pas de suivi|suivi * inexistant|!informe*|!prevenu*|"
            + "!prevenir|sans prevenir|sans explication*|aucune explication*|aucun mail|aucun email|aucun appel|aucun message|injoignable*|"
            + "impossible de joindre|impossible * joindre|!joindre|!joignable*|pas moyen de joindre|aucun moyen de contact*|dans le flou|"
            + "aucune visibilite|pas de visibilite|silence radio|!tenu au courant|!tenus au courant|!au courant|impossible de les joindre|impossible de le joindre|sait toujours pas|sais toujours pas|sais pas ou|sait pas ou|personne ne sait|!nouvelles|!dit que|prevenu* la veille|prevenu* au dernier moment|sans aucune annonce|sans annonce|nulle part|!indique*|!signale*|!mentionne*|@suivi|impossible de vous joindre|aucun signe de vie|plus signe de vie|!signe de vie|appris sur place|decouvert sur place|decouvert en arrivant|sans aucune raison|sans raison|sans explication|aucune annonce|suivi bloque*|colis bloque*|bloque* depuis"),
        new(
            ThemeIds.PromiseGap,
            "Honesty: get what was described, pictured and promised.",
            "Honnêteté : recevoir ce qui a été décrit, montré et promis.",
            "said it was|said it would|said there|@in stock|@brand new|is a lie|was a lie|are lies|lied|lying|told there|claimed|claims to|@guarantee*|@guaranteed|turned out to be|nothing like|@actual|in reality|@price match|labelled as|described as|broken promise*|not as described|not as advertised|not as pictured|not as promised|not what * ordered|not what was promised|not what we expected|"
            + "not what i expected|misleading|misled|false advertising|false promise*|nothing like the photo*|nothing like the picture*|"
            + "nothing like the description|nothing like the pictures|different from the photo*|different from the picture*|"
            + "different from the description|looks nothing like|!match* the description|!match* the photo*|!match* the picture*|@promised|"
            + "supposed to be|advertised as|so called|supposedly|allegedly|listing said|the website said|the ad said|heavily edited|photoshop*|no resemblance|bears no resemblance|@refurbished|!look* like the|!look* like the photo*|!resemble*|-promised in|-promised within|-promised for|-promised by|-supposed to be delivered|claimed to be|!as described|!as advertised|!as pictured|bait and switch|@advertised|sold as|@photos|@pictures|@listing|@description|throttled|@unlimited|@homemade|not the same as|different from what|not what we paid for|not what i paid for|not what we booked|not what i ordered|not what we ordered",
            "en realite|la realite|s est avere*|s avere|on nous avait dit|on m avait dit|annonce* comme|menti|mentent|mensonge*|pas du tout ce|@en stock|@neuf|ne correspond pas|ne correspondait pas|rien de ce qui|pas conforme*|non conforme*|!conforme*|!correspond* a la description|!correspond* aux photo*|!correspond* a l annonce|"
            + "!correspond* au descriptif|!correspond* a la photo|rien a voir avec la photo*|rien a voir avec l annonce|rien a voir avec la description|"
            + "trompeu*|mensong*|publicite mensongere|@promis|@promise|@promises|@promesse*|pas ce qui etait promis|a l oppose de|"
            + "decalage entre|contrairement a ce qui|cense etre|censee etre|censes etre|@annonce*|rien a voir avec|n a rien a voir|@selon l annonce|soi disant|qu ils disaient|retouche*|photoshop*|aucun rapport avec|@reconditionne*|-sans * annonce|-aucune annonce|-sans annonce|!ressembl*|-promis sous|-promis pour|-promis dans|-promis en|-promis le|vendu comme|vendu pour|@photos|@description|@descriptif|bride*|@illimite*|@fait maison|pas ce que j ai commande|pas ce qu on avait reserve|pas ce que nous avions|d occasion"),
        new(
            ThemeIds.CustomerService,
            "To be heard and helped: an answer, an owner for the problem and a resolution.",
            "Être entendu et aidé : une réponse, un interlocuteur responsable et une solution.",
            "unanswered|go unanswered|went unanswered|had to chase|chase them|chasing them|kept chasing|reminders|closed my ticket|closed the ticket|unsolved|denied everything|denied responsibility|refuses to|refused to|no one could help|nobody could help|couldn't help|could not help|told me to call|told me to contact|runaround|run around|fobbed off|brushed off|@advisor|@adviser|@complaint|nobody helped|no one helped|@customer service|@customer support|@customer care|@support|@after sales|@helpdesk|@help desk|@call centre|@call center|@hotline|"
            + "no answer|no response|no reply|never replied|never responded|never answered|never heard back|never got back|didn't get back|"
            + "did not get back|!respond*|!repl*|!answer*|!get back to|unresolved|!resolv*|!solv*|no help|!help|!helped|passed from one|"
            + "transferred from|chatbot|ignored my email*|ignored my complaint*|ignored our complaint*|ignored my message*|still no answer|"
            + "no one answers|nobody answers|never called back|!call * back|!called * back|!call back|!called back|complaint * ignored|"
            + "one department to another|no one got back|nobody got back|still no reply|still no response|no follow up|useless support|support is useless|won't fix|hung up on|hung up|contradictory|something different|different answer*|every agent|each agent|passed around|from one person to another|copy paste|copy-paste|canned response*|generic response*|refused to fix|refuse* to repair|refused to repair|refused to help|won't help|under warranty|@warranty|unreachable|couldn't reach anyone|no way to reach|keeps sending|still unresolved|-no answer to|-no reply needed",
            "sans suite|relancer|personne n a pu|personne ne peut|on m a dit de|@ticket|@dossier|rien n a ete fait|aucune prise en charge|laisse* sans|@interlocuteur*|personne pour|aucun interlocuteur|baladé|renvoie* vers|nous renvoie|me renvoie|@service client*|@service clientele|@sav|@service apres vente|@hotline|@support|@conseiller*|@conseillere*|@assistance|"
            + "aucune reponse|pas de reponse|sans reponse|!repond*|!reponse*|!rappel*|!resolu*|!regle*|aucune aide|!aide*|aucune solution|"
            + "pas de solution|sans solution|!solution*|de service en service|balade* de|renvoi* vers|renvoye* vers|reclamation*|ignore*|relance*|"
            + "personne ne repond|d un service a l autre|personne ne rappelle|jamais rappele*|aucun retour|pas de retour|sans retour|raccroch*|se renvoient la balle|renvoie* la balle|contradictoire*|reponse* differente*|version* differente*|chacun * dit|copie* colle*|copier coller|reponse* type|reponse* automatique*|refus* de repar*|refus* la garantie|refus* de prendre en charge|@garantie|injoignable*|impossible de joindre|impossible de les joindre|toujours pas de reponse|toujours aucune reponse|-sans solution de continuite"),
        new(
            ThemeIds.StaffAttitude,
            "Respect and warmth: a courteous welcome, and to be treated as a guest rather than a nuisance.",
            "Respect et chaleur humaine : un accueil courtois, être traité en client et non en gêneur.",
            "called me a|called us|shrugged|mocked|spoke to me like|spoke to us like|spoke to her like|spoke to him like|talked down|talking down|couldn't be bothered|could not be bothered|more interested in|thug|thugs|rude*|impolite|unfriendly|unwelcoming|unhelpful|!helpful|!friendly|!welcoming|!polite|!courteous|!smile|!smiled|!smiling|arrogant|"
            + "condescending|dismissive|disrespect*|aggressive|hostile|insulting|shouted|yelled|screamed at|sarcastic|lazy|grumpy|snooty|snobbish|"
            + "treated like|looked down on|made us feel|made me feel|@attitude|ignored us|ignored me|no apology|!apologi*|on his phone|on her phone|laughed at us|laughed at me|swore at|sighed|hung up on me|on their phone*|couldn't care less|could not care less|didn't care|did not care|nobody cared|no one cared|rolled * eyes|rolled her eyes|rolled his eyes|eye roll*|curt|abrupt|cold welcome|unpleasant|snapped at|accused us|accused me|patronising|patronizing|"
            + "@staff|@receptionist*|@reception|@front desk|@waiter*|@waitress*|@manager|@employee*|@welcome|@host|@hostess|@personnel|@team|"
            + "-reception area|-no reception|-phone reception",
            "traite* de menteur|m a traite*|nous a traite*|hausse* les epaules|se moqu*|prend pour des|prennent pour des|pris pour des|mal parle|sur un ton|ton desagreable|ton agressif|a peine un regard|sans un regard|nous a crie*|m a crie*|crie* dessus|hurle*|impoli*|malpoli*|grossier|grossiers|grossiere|grossieres|hautain*|meprisant*|mepris|arrogant*|condescendant*|irrespectueu*|"
            + "manque de respect|manque de politesse|manque de courtoisie|sans un bonjour|pas un bonjour|!bonjour|pas un sourire|sans un sourire|"
            + "aucun sourire|!souriant*|!aimable*|!accueillant*|!poli|!polie|!polis|!polies|!courtois*|!sympathique*|!sympa|agressi*|"
            + "mal accueilli*|mal recu*|mal traite*|maltrait*|accueil glacial|accueil froid|envoye* balader|remballe*|traite* comme|ton sec|"
            + "sechement|nous a ignore*|m a ignore*|nous ont ignore*|sur son telephone|regard* de haut|pris de haut|prend* de haut|moque* de nous|moque* de moi|rigole* de nous|soupir*|insult*|raccroche* au nez|sur leur telephone|s en fichait|s en fiche*|s en foutai*|s en fout|m en foutiste*|je m en foutisme|aucune excuse*|!excuse*|desagreable*|antipathique*|exécrable*|execrable*|glacial|froidement|nous a accuse*|m a accuse*|nous ont accuse*|@accueil|@personnel|@employe*|@employee*|@serveu*|@vendeu*|@receptionniste*|@reception|"
            + "@equipe|@staff|@gerant*|@patron*|@responsable*|@hote|@hotesse*|-grossiere erreur|-grossieres erreurs"),
        new(
            ThemeIds.WaitingTime,
            "Respect for the customer's time: short queues, no long holds, an honest estimate of the wait.",
            "Respect du temps du client : peu d'attente, pas de mise en attente interminable, une estimation honnête.",
            "a bit of a wait|a long wait|wait for a table|hold music|for an hour|for hours|for ages|took an hour|an hour to|# minutes on hold|# hour on hold|# hours on hold|wait was|waiting list|queue*|queuing|long line*|had to wait|long wait*|waited|waited # minutes|waited # hours|waited # mins|waited # hour|waited over # hour*|# minutes for|# minutes before|for # minutes|take our order|to take our order|searching for a driver|waited over an hour|wait # hour*|hour wait|hour queue|minute wait|minutes wait|queued|line was|a long time to|took forever|wait time*|waiting time*|"
            + "on hold|kept waiting|slow service|took # minutes|took # hours|took # mins|waited ages|took ages|wait forever|"
            + "waiting forever|# minutes to check|# mins to check|-waited # days|-waited # weeks|-waited # months|-waited days|-waited weeks",
            "pendant une heure|pendant des heures|une heure pour|au telephone pendant|attendre une heure|attendu une heure|attendu des heures|longue attente|temps d attente|file d attente|files d attente|queue|faire la queue|attente*|attendu # minutes|attendu # heures|attendre # minutes|attendre # heures|attendu # heure|attendre # heure|# minutes pour|# minutes avant|pendant # minutes|pendant # heure*|qu on prenne|prendre notre commande|prendre la commande|-en attente de ma|-en attente de mon|-en attente de mes|-en attente du|-en attente d un|-en attente d une|-en attente de la|-en attente de livraison|attendu plus d # heure|d attente|minutes d attente|heures d attente|heure d attente|pour etre servi*|avant d etre servi*|avant qu on nous serve|a attendre|"
            + "attendu plus d une heure|attendu longtemps|attendre longtemps|fait attendre|faire attendre|poireaut*|patiente* # minutes|"
            + "musique d attente|mis en attente|lenteur*|service lent|lent|lente|lents|lentes|interminable*|-nos attentes|-mes attentes|"
            + "-vos attentes|-leurs attentes|-aux attentes|-ses attentes|-a la hauteur des attentes|-attente* de livraison"),
        new(
            ThemeIds.ProductQuality,
            "Things that work and last, at the standard the price implies.",
            "Des produits qui fonctionnent et durent, au niveau qu'annonce le prix.",
            "arrived cold|was cold|were cold|stone cold|lukewarm|barely worked|barely works|failed|tasted like|tastes like|tasted of|out of date|chipped|sagging|without hot water|won't turn on|won't start|keeps breaking|stopped charging|poorly fitted|badly fitted|poor workmanship|shoddy|substandard|poor quality|bad quality|low quality|cheap quality|@quality|broke after|broke within|stopped working|doesn't work|didn't work|"
            + "does not work|did not work|not working|!working|faulty|defective|malfunction*|flimsy|cheaply made|fell apart|falls apart|"
            + "poorly made|badly made|tasteless|bland|stale|overcooked|undercooked|inedible|uncomfortable|broken|worn|shabby|outdated|"
            + "rock hard|too soft|thin walls|no hot water|cold water|no heating|heating * not work*|!heating|no wifi|wifi * not work*|wifi didn't work|wifi was down|died after|stopped after|broke down|out of order|battery died|shrank|shrunk|too dry|was dry|leak*|leaked|rubbery|@haircut|@repair|soggy|burnt|raw|expired|mouldy bread|-for the quality|-for the price|-booking doesn't work|-booking does not work|-site doesn't work|-website doesn't work|-app doesn't work|-code doesn't work|-tracking doesn't work|sick after|ill after|after eating|food poisoning|glass in|piece of glass|shard*",
            "arrive* froid*|etait froid*|etaient froid*|tiede*|pas chaud*|ne s allume|a lache|ont lache|lache au bout|gout de|gout bizarre|ebreche*|affaisse*|decolle*|mal fait*|mal fini*|malfacon*|bancal*|de mauvaise qualite|qualite deplorable|qualite decevante|d occasion|mauvaise qualite|qualite mediocre|qualite * mediocre|piètre qualite|mauvaise facture|@qualite|!fonctionne*|!marche|!marchait|"
            + "en panne|tombe* en panne|panne*|defectueu*|defaut de fabrication|casse au bout|se casse|bas de gamme|camelote|immangeable*|fade|fades|"
            + "pas frais|pas fraiche|inconfortable*|vetuste*|use|usee|uses|usees|pas d eau chaude|eau froide|pas de chauffage|!chauffage|pas de wifi|wifi * marche pas|wifi ne marche|!wifi|ne marche plus|ne fonctionne plus|fuit|fuite*|defonce*|brule*|caoutchout*|ratee|rate|rates|ratees|@coupe|@coiffure|@reparation|casse|cassee|cassees|casses|hors service|hors d usage|hs|au bout de # jours|au bout de # semaines|au bout de # mois|trop cuit*|pas assez cuit*|pas cuit*|perime*|rassis|se defont|se decoud*|decousu*|"
            + "-pas de defaut|-pour la qualite|-qualite prix|-rapport qualite*|-pour le prix|-reservation en ligne ne|-site ne marche|-site ne fonctionne|-appli ne marche|-appli ne fonctionne|-application ne fonctionne|-suivi ne fonctionne|-code promo ne|-paiement ne|malade apres|malades apres|apres avoir mange|intoxication*|eclat* de verre|morceau de verre|bout de verre|verre dans"),
        new(
            ThemeIds.PriceBilling,
            "Fair, transparent pricing: no surprise fees, a correct bill, value for money.",
            "Des prix justes et transparents : pas de frais surprise, une facture exacte, un bon rapport qualité-prix.",
            "service charge|admin fee|handling fee|booking fee|charged # times|charged three times|more payments|took # payments|debt collector|kept £|a tenner for|# quid for|were charged|was charged|got charged|being charged|@charge|@charges|extra £|extra $|extra €|overcharg*|overpriced|expensive|pricey|rip off|ripoff|hidden charge*|hidden cost*|extra charge*|charged twice|"
            + "double charged|charged extra|charged me|charged us|charged for|wrong amount|billing error*|billing mistake*|@invoice|@bill|hidden fees|hidden fee|cleaning fee|added a * fee|added * fee|extra fee|extra fees|price increase*|price went up|prices went up|raised the price*|still charging|kept charging|keep charging|still being charged|charged again|@fee|@fees|@surcharge*|"
            + "@price*|@prices|not worth the money|not worth the price|poor value|bad value|!value for money|!good value|!worth|extortionate|"
            + "daylight robbery|for what you get|for what it is|@£ #|@$ #|@€ #|@# pounds|@# quid|@# dollars|@# euros|@quote|than the quote|than quoted|double the quote|more than quoted|",
            "frais de service|frais de gestion|frais de livraison|pris # euros|recouvrement|@supplement*|en supplement|supplement de|@prelev*|trop paye|payer plus|paye plus|plus cher|trop cher*|tres cher*|hors de prix|cher|chere|chers|cheres|surfactur*|@facture*|@facturation|frais cache*|frais supplementaire*|factur* deux fois|factur* # fois|preleve* # fois|debite* # fois|prix augmente*|augmentation de prix|augmentation des prix|augmentation du tarif|hausse des prix|hausse de prix|hausse du tarif|continu* de prelever|continu* a prelever|continu* de me prelever|toujours preleve*|frais de menage|@frais|c est du vol|pour ce que c est|abuse|abusee|@# euros|@# euro|@# eur|@# €|@€ #|!correspond* au devis|@devis|encaisse* deux fois|encaisse* * deux fois|plus que le devis|plus cher que prevu|"
            + "frais de dossier|debite* deux fois|preleve* deux fois|double prelevement|@prelevement*|@rapport qualite prix|!vaut le prix|"
            + "!vaut son prix|prix excessif*|prix exorbitant*|exorbitant*|abusif*|@prix|@tarif*|erreur de factur*|erreur sur la facture|@montant|"
            + "-cher client*|-chere cliente*|-cher monsieur|-chere madame|-mon cher|-ma chere|-cher ami|-chers amis|-chere amie|-pas cher|-pas chere|-moins cher*"),
        new(
            ThemeIds.RefundReturn,
            "Easy recourse: a simple return and the money back quickly.",
            "Un recours simple : un retour facile et un remboursement rapide.",
            "return label|returns label|return policy|kept the money|kept my money|kept our money|credit note|store credit|where my refund|where is my refund|promised a refund|refund promised|@refunded|@refund*|no refund|!refund*|refunded half|only half|not a penny|haven't seen a penny|@sent it back|@sent back|instead of a refund|voucher instead|partial refund|only refunded|refuse to give me a refund|refused to give me a refund|refuse* a refund|refund * refused|kept our deposit|kept the deposit|kept my deposit|withheld|@return process|return process|@returns|still waiting for * refund|waiting for my refund|waiting for a refund|refuse* to refund|refused a refund|"
            + "refused * refund|@return*|@exchange|@money back|!money back|@deposit|chargeback|charge back|@reimburs*|!reimburs*",
            "etiquette de retour|bon de retour|garde* l argent|garde* mon argent|garde* notre argent|un avoir|@remboursement|ou est mon remboursement|remboursement promis|promis un remboursement|@rembours*|!rembours*|rembourse* la moitie|moitie seulement|pas un centime|@retourne*|au lieu d un remboursement|au lieu de rembourser|avoir au lieu|bon d achat au lieu|remboursement partiel|rembourse* partiellement|refus* de me rembours*|refus* de nous rembours*|!restitu*|garde* la caution|garde* notre caution|garde* ma caution|caution * gardee|caution non restituee|retour payant|retour * complique*|frais de retour|toujours pas rembours*|attend* mon remboursement|attend* le remboursement|refus* de rembours*|"
            + "refus* * rembours*|@retour*|@renvoy*|@echange*|@caution"),
        new(
            ThemeIds.Cleanliness,
            "Hygiene and care: clean, fresh, well-kept places and things.",
            "Hygiène et soin : des lieux et des objets propres, frais et entretenus.",
            "stains|stained|blood on|no soap|no toilet paper|no toilet roll|hadn't been emptied|not emptied|wasn't emptied|overflowing|covered in|crumbs|messy|filth|unwashed|hadn't been cleaned|wasn't cleaned|weren't cleaned|not been cleaned|@bin|@bins|urine|mess|dirty|filthy|unclean|fleas|flea|-stainless*|smell*|smelly|stink*|mould*|mold|moldy|dust|dusty|hair in|hairs|hair on|cockroach*|bedbugs|bed bugs|"
            + "insects|ants|mice|grime|grimy|greasy|sticky|!clean*|!cleaned|@hygiene|unhygienic|disgusting|@cleanliness|@housekeeping|"
            + "-clean * smell*|-smell* nice|-smell* good|-smell* lovely|-smell* great|-fresh smell",
            "sang sur|pas de savon|pas de papier|poubelle* pleine*|@poubelle*|pas ete videe*|pas ete nettoye*|mal entretenu*|pas entretenu*|couvert de|miettes|urine|traces de|pas propre*|pas tres propre*|douteu*|sale|sales|salete*|crasse*|puces|-coupe de cheveux|-coupe * cheveux|-couleur de cheveux|degoutant*|degueu*|crade*|cradingue*|egout*|crasseu*|malpropre*|!propre*|!nettoye*|mal nettoye*|tache|taches|tachee*|mauvaise* odeur*|odeur* de|"
            + "odeur* nauseabond*|@odeur*|puant*|pue|puait|moisi*|moisissure*|poussiere*|poussiereu*|cheveu*|poils|cafard*|blatte*|punaise*|"
            + "souris|insecte*|@hygiene|@proprete|repugnant*|-bonne odeur|-odeur agreable"),
        new(
            ThemeIds.OrderingBooking,
            "A smooth journey: ordering, booking and paying that work the first time.",
            "Un parcours fluide : commander, réserver et payer sans accroc du premier coup.",
            "no order under|no booking under|no reservation under|wrong size|wrong colour|wrong color|got a size|booking system|reservation system|order was taken wrong|got our order wrong|got my order wrong|got the order wrong|order wrong|click and collect|double sold|wouldn't let me|won't let me|would not let me|doesn't let me|couldn't book|could not book|unable to book|unable to order|unable to pay|couldn't pay|couldn't order|wrong address|@tickets|@ticketing|@e tickets|missing from my order|missing from the order|@website|@app|@online booking|online booking|never went through|!went through|sold * twice|sold the same|!let me check out|!let me pay|!let me book|!let me order|!let me log in|!allow me to|wrong item*|wrong dish|logging me out|logs me out|logged me out|kept logging|keeps logging|@promo code|@discount code|card * declined|card * rejected|no availability|overbook*|double booked|double booking|no record of * booking|no record of * reservation|"
            + "no record of our|!find * booking|!find * reservation|!find our booking|payment failed|payment declined|payment error|"
            + "!process * payment|!place * order|error message|crash*|glitch*|@login|@log in|@password|wrong room|wrong dates|wrong date|"
            + "wrong order|@confirmation|-car crash|-crashed out",
            "mauvaise couleur|mauvais modele|mauvaise reference|commande erronee|commande* incomplet*|aucune commande|aucune trace de * commande|aucune trace de * reservation|aucune trace|retrait en magasin|click and collect|pas pu reserver|pas pu commander|pas pu payer|impossible de passer|@commande en ligne|erreur dans la commande|erreur dans ma commande|pas la bonne taille|pas le bon|@site internet|reservation en ligne|panier se vide|vendu* * deux fois|mauvaise commande|mauvais plat|mauvais article|mauvaise taille|@site web|@application|@appli|deconnect*|@code promo|carte refusee|carte * refusee|impossible de valider|!enregistre*|aucune disponibilite|passer commande|!passer * commande|impossible de commander|"
            + "impossible de reserver|impossible de payer|surbook*|surreserv*|double reservation|erreur de reservation|"
            + "erreur dans * reservation|erreur de commande|erreur * commande|bug|bugs|bugge*|buggy|beug*|site * plante|appli* * plante|application * plante|site plante|appli plante|application plante|plantage*|"
            + "paiement refuse*|paiement * echoue*|echec * paiement|@confirmation|@panier|@mot de passe|@identifiant*|mauvaise chambre"),
    ];

    public static readonly CategorySpec[] Risks =
    [
        new(
            RiskIds.LegalThreat,
            string.Empty,
            string.Empty,
            "lawyer*|attorney*|solicitor*|sue|suing|sued|lawsuit*|legal action|take legal|legal proceedings|court|small claims|trading standards|"
            + "ombudsman|report you to|reporting you to|consumer protection|police|bbb|better business bureau|"
            + "-tennis court*|-food court*|-basketball court*|-court yard|-courtyard",
            "avocat*|plainte*|tribunal*|justice|en justice|poursuite*|poursuivre|mise en demeure|huissier*|juridique*|judiciaire*|dgccrf|"
            + "conciliateur*|mediateur*|association de consommateur*|que choisir|gendarmerie|police|commissariat|"
            + "-toast* * avocat*|-salade * avocat*|-avocat* crevette*|-a l avocat|-avocats crevettes"),
        new(
            RiskIds.HealthSafety,
            string.Empty,
            string.Empty,
            "food poisoning|poisoned|poisoning|glass in|piece of glass|shard*|cut myself|cut my|sick|fell ill|got ill|was ill|were ill|vomit*|diarrh*|allerg*|anaphyla*|injur*|hurt my|"
            + "hurt myself|got hurt|was hurt|burned my|got burned|scald*|bleeding|blood|hospital*|ambulance|fire hazard|safety hazard|unsafe|"
            + "dangerous|electric shock|carbon monoxide|gas leak|bedbugs|bed bugs|bitten|salmonella|raw chicken|undercooked chicken|"
            + "-sick of|-sick and tired|-sick to death",
            "intoxication*|intoxique*|empoisonn*|eclat* de verre|morceau de verre|bout de verre|coupe* sur|reaction allergique|malade*|vomi*|diarrhee*|allergi*|allergique*|anaphyla*|blesse|blessee|blesses|blessees|"
            + "blessure*|brulure*|me suis brule*|hopital|hopitaux|urgences|samu|pompiers|dangereu*|danger|insecurite|punaise* de lit|piqure*|"
            + "salmonell*|electrocut*|incendie|fuite de gaz|monoxyde"),
        new(
            RiskIds.Discrimination,
            string.Empty,
            string.Empty,
            "racis*|discriminat*|because of my wheelchair|because of my age|because of my religion|because i am gay|because we are gay|homophob*|transphob*|sexis*|misogyn*|xenophob*|antisemit*|anti semit*|islamophob*|bigot*|because i am black|"
            + "because we are black|because of my race|because of my disability|because of my accent|because of my skin|"
            + "racial profiling|because of the colour of|because of the color of",
            "racis*|discrimin*|a cause de mon fauteuil|a cause de mon age|a cause de ma religion|parce que je suis handicape*|homophob*|transphob*|sexis*|misogyn*|xenophob*|antisemit*|islamophob*|parce que je suis noir*|"
            + "parce que je suis arabe|a cause de ma couleur|couleur de peau|a cause de mon origine|a cause de mes origines|delit de facies|"
            + "a cause de mon handicap|en raison de mon handicap|validis*"),
        new(
            RiskIds.FraudAccusation,
            string.Empty,
            string.Empty,
            "scam*|fraud*|con artist*|cowboys|fraudsters|stole|stolen|theft|thieves|thief|crook*|swindl*|cheat*|robbery|robbed|illegal|unauthorized charge*|"
            + "unauthorised charge*|charged without|took my money|stealing|-credit card fraud protection",
            "arnaque*|arnaqueu*|escroc*|escroquerie*|fraude*|frauduleu*|voleur*|voleuse*|malhonnete*|filou*|pigeon*|illegal*|abus de confiance|"
            + "preleve* sans|prelevement* non autorise*|debite* sans|vole|volee|voles|volees|vol de"),
        new(
            RiskIds.PublicExposure,
            string.Empty,
            string.Empty,
            "social media|facebook|twitter|instagram|tiktok|youtube|my followers|followers|my blog|blogger*|influencer*|newspaper*|the press|"
            + "to the press|local paper|journalist*|the media|go viral|going viral|tell everyone|tell all my friends|warn everyone|share this|"
            + "sharing this|share everywhere|post everywhere|posting everywhere|watchdog|tv show",
            "reseaux sociaux|reseau social|facebook|twitter|instagram|tiktok|youtube|mes abonnes|abonnes|mon blog|blogueu*|influenceu*|presse|"
            + "journalist*|les medias|partager partout|partage* partout|diffuser partout|je vais partager|faire tourner|le faire savoir|"
            + "en parler autour de moi|parler a tout le monde|dire a tout le monde|mauvaise pub|mauvaise publicite|60 millions"),
        new(
            RiskIds.Abuse,
            string.Empty,
            string.Empty,
            "idiots|moron*|imbecile*|clowns|bunch of clowns|bunch of idiots|useless idiots|retards|bastard*|fuck*|bitch*|asshole*|arsehole*|scumbag*|dickhead*|wanker*|cunt*|piece of shit|"
            + "pieces of shit|go to hell|burn in hell|i will kill|i'll kill|kill you|i know where you|watch your back|you will pay|you'll pay|"
            + "you will regret|you'll regret|shut up",
            "connard*|connasse*|clowns|espece de|especes de|gros con|salope*|salaud*|encule*|batard*|abruti*|debile*|cretin*|imbecile*|idiot*|con|cons|conne|connes|va te faire|"
            + "allez vous faire|ferme ta gueule|ta gueule|casser la gueule|vous allez le regretter|vous allez le payer|tu vas le regretter|"
            + "je sais ou vous|je sais ou tu|ordure*|pourriture*|bande de|bande d|creve|crevez|-bande dessinee|-bande annonce|-bande son|-bande originale"),
    ];
}

/// <summary>A default category: its id, the unmet need behind it in both languages, and its patterns separated by <c>|</c>.</summary>
internal sealed record CategorySpec(string Id, string NeedEnglish, string NeedFrench, string English, string French);
