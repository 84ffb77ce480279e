package app.nudge.replies;

import static app.nudge.replies.KindPhrases.of;

import java.util.List;

/**
 * French words of each kind ({@link ReplyWords}), matched against flat sentences (accents dropped,
 * so "décision" and "decision" alike). "malheureusement" alone is no rejection ("malheureusement, le
 * processus prend plus de temps que prévu"), "suite à notre entretien" is no "donner suite", and an
 * "offre d'emploi" is a job advertisement, not an offer.
 */
final class KindPhrasesFrench {

    private KindPhrasesFrench() {
    }

    private static final String NOT = "\\b(ne|n'|pas|aucun|aucune|jamais)\\b|\\bn'";
    private static final List<String> CONDITIONALS = List.of("\\b(si|s'il|s'ils|lorsque|dès que|une fois que|avant de|avant d')\\b",
            "\\b(pourrions|pourrait|pourraient|éventuellement|peut-être)\\b", "\\?");

    private static List<String> with(List<String> a, String... b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(b)).toList();
    }

    static final ReplyWords WORDS = ReplyWords.of(
            "^(réponse automatique|absence du bureau|absent|absente|message d'absence|lu ?:)",
            of(List.of("\\bje suis (actuellement |en ce moment )?(absente?|en congés?|en vacances|hors du bureau|en déplacement)( \\S+){0,4}"
                            + " (jusqu'au|jusqu'à|et serai de retour|de retour le|retour prévu)",
                    "\\bréponse automatique\\b", "\\bmessage d'absence\\b", "\\bpendant mon absence\\b",
                    "\\baccès limité (à mes|aux) (e-?mails|courriels|messages)\\b"), List.of()),
            of(List.of("\\boffres? d'emploi (qui (pourrai|correspond)|recommandées?|pour vous)", "\\balertes? (emploi|e-?mail emploi)\\b"),
                    List.of()),
            // An offer: "heureux de vous proposer le poste", "proposition d'embauche", "ci-joint votre promesse d'embauche".
            of(List.of("\\b(heureux|heureuse|heureuses|ravis?|ravies?|plaisir|contents?|contentes?|fiers?|fières?) de vous (proposer|offrir|confirmer)"
                            + " (le poste|ce poste|la position|un contrat|un cdi|un cdd|votre embauche|votre recrutement)\\b",
                    "\\bvous (proposer|offrir) (officiellement )?le poste\\b", "\\b(promesse|proposition) d'embauche\\b",
                    "\\bproposition (de contrat|contractuelle|d'emploi)\\b",
                    "\\b(ci-joint|ci-jointe|en pièce jointe|vous trouverez) .{0,30}(votre|notre|la) (offre|proposition|promesse)"
                            + " (d'embauche|de contrat|contractuelle|formelle)\\b",
                    "\\bretenue? pour (le|ce) poste\\b"),
                    with(CONDITIONALS, NOT, "\\bce que nous (vous )?(proposons|offrons)\\b", "\\bavantages\\b",
                            "\\b(autre|autres|d'autres) (candidat|profil)", "\\b(entretien|échange|rencontre|étape)")),
            // A rejection: "nous ne donnerons pas suite", "n'a pas été retenue", "le poste a été pourvu".
            of(List.of("\\bne\\b.{0,40}\\bpas\\b( \\S+){0,3} suite\\b", "\\bne pas (pouvoir )?donner (une )?suite\\b", "\\bsans suite\\b",
                    "\\bpas (pu )?donner une suite favorable\\b",
                    "\\b(votre|ta) (candidature|profil)( \\S+){0,3} (n'a|n'ont|n'ait) pas été (retenue?s?|sélectionnée?s?)\\b",
                    "\\bn'(avons|avions|a) pas (pu )?(retenir|retenu) (votre|ta) (candidature|profil)\\b",
                    "\\b(décidé|choisi) de (poursuivre|continuer|avancer|aller plus loin|privilégier|retenir)\\b.{0,40}"
                            + "\\b(un|une|d'autres) (autre |autres )?(candidat|profil|personne)",
                    "\\b(retenu|privilégié|choisi|sélectionné) (un|une|d'autres) (autre |autres )?(candidat|profil|personne|candidature)",
                    "\\b(le|ce) poste( \\S+){0,3} a (déjà |désormais |entre-temps )?été pourvu\\b",
                    "\\bne (correspond|correspondent) pas (tout à fait |entièrement |exactement )?(à|au|aux)\\b",
                    "\\bregret de vous (informer|annoncer|faire part)\\b",
                    "\\bne (vous )?(inviterons|convierons|retiendrons) pas\\b"),
                    with(CONDITIONALS, "\\b(retard|reporté|report|décalé|décalage|prolongé|plus de temps|plus long)\\b", "\\bpas encore\\b",
                            "\\b(toujours|encore) en cours\\b", "\\baucune décision\\b", "\\btoujours (ouvert|disponible)\\b")),
            of(List.of("\\b(j'ai|nous avons) (vu|remarqué|découvert|trouvé) votre profil\\b", "\\b(suis|sommes) tombée?s? sur votre profil\\b"),
                    List.of()),
            // A next round: "vous inviter à un second entretien", "rencontrer l'équipe".
            of(List.of("\\bvous (inviter|convier|rencontrer|revoir)\\b.{0,60}\\b(entretien|échange|rencontre|étape|tour)",
                    "\\b(second|seconde|deuxième|nouvel|prochain|dernier|troisième|nouveau|final|ultime) (entretien|tour|échange|rendez-vous)\\b",
                    "\\bpasser (à|a) (la prochaine étape|l'étape suivante)\\b",
                    "\\brencontrer (l'équipe|notre|nos|le directeur|la directrice|le responsable|la responsable|les fondateurs)\\b",
                    "\\b(entretien|rendez-vous)( \\S+){0,3} (est|a été) (confirmé|planifié|programmé|fixé)\\b"),
                    List.of(NOT, "\\bcomment s'est passé\\b", "\\baprès (votre|ton|notre|l'|le)\\b",
                            "\\b(terminé|terminés|achevé|achevés|conduisons|menons|toujours)\\b", "\\bsi vous\\b")),
            of(List.of("\\b(seriez|êtes)-vous disponible", "\\b(vous|te) (convien|conviendrait|irait)", "\\bque diriez-vous\\b",
                    "\\bnous vous proposons\\b"), List.of(NOT)),
            of(List.of("\\bnous avons (bien )?reçu votre candidature\\b", "\\baccusé de réception\\b",
                    "\\bvotre candidature (a bien été|a été) (reçue|enregistrée|transmise)\\b"), List.of()),
            of(List.of("\\b(ceci|ce message|cet e-?mail) est (un message |un e-?mail |un courriel |généré )?(automatique|automatiquement)",
                    "\\bmerci de ne pas répondre\\b", "\\bne pas répondre à (ce|cet)\\b"), List.of()),
            // A check-back: "n'hésitez pas à me relancer mi-janvier".
            of(List.of("\\bn'hésitez pas à (me|nous) (relancer|recontacter|réécrire|écrire|contacter|rappeler)\\b",
                    "\\b(relancez|recontactez|contactez|rappelez|écrivez)-(moi|nous)\\b", "\\brevenez vers (moi|nous)\\b",
                    "\\b(vous pouvez|vous pourrez|merci de) (me|nous) (relancer|recontacter|réécrire)\\b"),
                    List.of("\\b(je|nous) (vous )?(relancerai|recontacterai|reviendrai|reviendrons|recontacterons)\\b",
                            "\\b(questions?|interrogations?)\\b")),
            of(List.of("\\bdécision", "\\bdécid", "\\brevenir vers (vous|toi)\\b", "\\breviendr\\w* vers (vous|toi)\\b", "\\bretour\\b",
                    "\\bnouvelles\\b", "\\b(tenir|tiendrons|tiendrai) (au courant|informée?s?)\\b", "\\bréponse\\b", "\\bprochaines étapes\\b",
                    "\\bfaire signe\\b", "\\b(vous|te) (informer|recontacter|contacter|répondre|recontacterons|contacterons)\\b"), List.of()),
            "\\b(d'ici|avant|au plus tard|jusqu'à|jusqu'au|d'ici à|pour)( le| la| ce| à)? $",
            "^(dans|sous|d'ici|en) ",
            "\\b(pourriez|pouvez|pourrais|peux)-(vous|tu)\\b|\\bmerci de (nous|me) (envoyer|transmettre|faire parvenir|indiquer|confirmer)\\b"
                    + "|\\bveuillez\\b",
            "\\b(rapidement|prochainement|sous peu|bientôt|dans les meilleurs délais|au plus vite|très vite|dans les prochains jours)\\b",
            "\\b(ce jour-là|à ce moment-là|à cette date|alors)\\b");
}
