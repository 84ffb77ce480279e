package app.nudge.replies;

import static app.nudge.replies.KindPhrases.of;

import java.util.List;

/**
 * Spanish words of each kind ({@link ReplyWords}), matched against flat sentences (accents dropped,
 * so "decisión" and "decision" alike). "lamentablemente" alone is no rejection ("lamentablemente el
 * proceso se ha retrasado"), and an "oferta de empleo" is a job advertisement, not an offer.
 */
final class KindPhrasesSpanish {

    private KindPhrasesSpanish() {
    }

    private static final String NOT = "\\b(no|nunca|ningún|ninguna|ninguno)\\b";
    private static final List<String> CONDITIONALS = List.of("\\b(si|antes de|cuando|una vez que|en cuanto|siempre que)\\b",
            "\\b(podríamos|podría|quizás|quizá|posiblemente)\\b", "\\?");

    private static List<String> with(List<String> a, String... b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(b)).toList();
    }

    static final ReplyWords WORDS = ReplyWords.of(
            "^(respuesta automática|fuera de la oficina|ausente|leído:)",
            of(List.of("\\b(estoy|me encuentro|estaré) (actualmente |de momento )?(fuera de la oficina|de vacaciones|ausente|fuera|de baja|de viaje)"
                            + "( \\S+){0,4} (hasta|y volveré|y regresaré|regreso|volveré)\\b",
                    "\\brespuesta automática\\b", "\\bdurante mi ausencia\\b", "\\bacceso limitado (a mi|al) correo\\b"), List.of()),
            of(List.of("\\bofertas (de empleo |de trabajo )?que (te|le) (pueden|podrían) interesar\\b", "\\balertas? de empleo\\b",
                    "\\bnuevas ofertas para (ti|usted)\\b"), List.of()),
            // An offer: "nos complace ofrecerle el puesto", "adjunto la carta oferta".
            of(List.of("\\b(complace|alegra|encanta|gusta|satisface|placer) (ofrecerle|ofrecerte|hacerle|hacerte|comunicarle|comunicarte"
                            + "|informarle|informarte) (el puesto|la posición|una oferta|la oferta|que (ha|has) sido seleccionad[oa] para el puesto)",
                    "\\b(ofrecerle|ofrecerte) (formalmente )?(el|este) puesto\\b",
                    "\\b(adjunt\\w*|encontrará|encontrarás) .{0,30}(la|su|tu|nuestra) (carta de oferta|carta oferta|oferta formal|oferta económica"
                            + "|propuesta de contrato|oferta de contratación)\\b",
                    "\\b(ha|has) sido seleccionad[oa] para (el|este) puesto\\b", "\\bbienvenid[oa] al equipo\\b"),
                    with(CONDITIONALS, NOT, "\\blo que (le |te )?(ofrecemos|podemos ofrecer)\\b", "\\bbeneficios\\b",
                            "\\b(otro|otra|otros|otras) candidat", "\\b(entrevista|llamada|reunión|fase|ronda|etapa)")),
            // A rejection: "hemos decidido continuar con otros candidatos", "el puesto ya ha sido cubierto".
            of(List.of("\\b(decidido|decidimos|optado|optamos|elegido|elegimos|seleccionado)\\b.{0,60}\\b(otros?|otras?) (candidat|perfil|persona|postulante)",
                    "\\b(continuar|seguir|avanzar|seguiremos|continuaremos|avanzaremos) (adelante )?(el proceso )?con (otros?|otras?) "
                            + "(candidat|perfil|persona|postulante)",
                    "\\bno (\\S+ ){0,2}(continuar|seguir|avanzar|seguiremos|continuaremos|avanzaremos)( adelante)? con (su|tu) "
                            + "(candidatura|solicitud|proceso|perfil)\\b",
                    "\\b(su|tu) (candidatura|perfil|solicitud)( \\S+){0,3} no (ha sido|fue|han sido|ha resultado) (seleccionad|elegid|escogid)",
                    "\\bno (ha|has|han) sido (seleccionad|elegid)[oa]s?\\b",
                    "\\b(el|este) (puesto|vacante|posición)( \\S+){0,3} (ya )?(ha sido|fue|está) (cubiert|ocupad)",
                    "\\b(lamentamos|sentimos|lamento|siento) (mucho )?(tener que )?(comunicarle|comunicarte|informarle|informarte|decirle|decirte)\\b",
                    "\\bno (se ajusta|encaja|corresponde)\\b.{0,40}\\b(perfil|puesto|buscamos)\\b",
                    "\\bno (podemos|podremos) (ofrecerle|ofrecerte) (el|este|un) puesto\\b"),
                    with(CONDITIONALS, "\\b(todavía|aún|aun)\\b", "\\bretras", "\\bpospon", "\\baplaz", "\\bdemora", "\\bmás tiempo\\b",
                            "\\b(sin|ninguna) decisión\\b", "\\bsigue (abierto|abierta|vacante)\\b")),
            of(List.of("\\b(he|hemos) (visto|encontrado) (su|tu) perfil\\b", "\\bme (he )?encontrado con (su|tu) perfil\\b"), List.of()),
            // A next round: "invitarle a una segunda entrevista", "la siguiente fase".
            of(List.of("\\b(invitarle|invitarte|invitarlo|invitarla|convocarle|convocarte)\\b.{0,60}\\b(entrevista|fase|ronda|reunión|llamada|etapa)",
                    "\\b(segunda|siguiente|próxima|última|nueva|tercera|final|técnica) (entrevista|fase|ronda|etapa)\\b",
                    "\\b(ha|has) (pasado|superado) a la (siguiente|próxima|última) (fase|etapa|ronda)\\b",
                    "\\b(entrevista|reunión|llamada) con (nuestro|nuestra|el|la) (equipo|director|directora|cto|ceo|responsable|jefe|jefa)\\b"),
                    List.of(NOT, "\\bqué tal (fue|le fue|te fue)\\b", "\\bdespués de (su|tu|la|nuestra)\\b",
                            "\\b(realizando|terminado|terminando|completado|concluido|finalizado)\\b", "\\bsi (usted|tú|pasa|supera)\\b")),
            of(List.of("\\b(le|te) (viene|vendría|va|iría) bien\\b", "\\b(está|estás|estaría|estarías) disponible", "\\b(qué|que) (tal|le parece|te parece)\\b",
                    "\\b(podría|podrías|puede|puedes)\\b.{0,30}\\b(el|a las)\\b"), List.of(NOT)),
            of(List.of("\\bhemos recibido (correctamente )?(su|tu) (candidatura|solicitud|cv|currículum)\\b",
                    "\\b(su|tu) (candidatura|solicitud) (ha sido|se ha) (recibida|registrada|registrado)\\b"), List.of()),
            of(List.of("\\b(este|esto) es un (mensaje|correo|email|e-mail) (automático|generado automáticamente)\\b",
                    "\\bno (responda|respondas) a este (mensaje|correo)\\b"), List.of()),
            // A check-back: "no dude en volver a contactarme a mediados de enero".
            of(List.of("\\b(vuelva|vuelve|vuelvas) a (contactar|escribir|llamar)(me|nos)?\\b",
                    "\\b(contácteme|contáctame|contáctenos|escríbame|escríbeme|escríbanos|llámeme|llámame)\\b",
                    "\\bno (dude|dudes) en (contactar|escribir|llamar|volver)", "\\b(póngase|ponte) en contacto (conmigo|con nosotros)\\b"),
                    List.of("\\b(le|te) (contactaremos|escribiremos|llamaremos|contactaré|escribiré)\\b", "\\b(pregunta|preguntas|duda|dudas)\\b")),
            of(List.of("\\bdecisi", "\\bdecid", "\\brespuesta\\b", "\\bnoticias\\b", "\\bnovedades\\b", "\\b(pondremos|pondré|pondrá) en contacto\\b",
                    "\\b(le|te) (informaremos|informaré|contactaremos|contactaré|escribiremos|escribiré|diremos|diré|comunicaremos|comunicaré)\\b",
                    "\\bpróximos pasos\\b", "\\bfeedback\\b", "\\bvolver a (contactarle|contactarte|escribirle|escribirte)\\b"), List.of()),
            "\\b(antes del?|para el|para|hasta el|hasta|a más tardar|como muy tarde|como máximo)( el| la| este)? $",
            "^(en|dentro) ",
            "\\b(podría|podrías|puede|puedes|podrá)\\b|\\bpor favor\\b|\\b(envíe|envíenos|envíame|envíanos|mándenos)\\b",
            "\\b(pronto|en breve|a la mayor brevedad|próximamente|lo antes posible|en los próximos días)\\b",
            "\\b(ese día|esa fecha|entonces|en ese momento)\\b");
}
