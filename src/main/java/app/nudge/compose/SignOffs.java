package app.nudge.compose;

import java.util.List;
import java.util.Locale;

/**
 * Every message template ends with its own sign-off ("Best regards,"), chosen for that message.
 * A signature that starts with one too ("Kind regards,\nJane Doe") would give two in a row, so
 * the rule is: the template's sign-off stays, the signature's leading one is dropped. The phrases
 * of all five languages count, whatever the draft's language: a German user's signature may well
 * start with "Mit freundlichen Grüßen" under an English draft too.
 */
public final class SignOffs {

    /** Closing phrases, compared without case and trailing punctuation. */
    private static final List<String> PHRASES = List.of(
            "kind regards", "kindest regards", "best regards", "warm regards", "warmest regards", "regards",
            "with best regards", "with kind regards", "best wishes", "with best wishes", "all the best", "best",
            "many thanks", "thanks", "thank you", "thanks again", "with thanks", "cheers", "sincerely",
            "yours sincerely", "sincerely yours", "yours faithfully", "yours truly", "respectfully", "cordially",
            "take care", "talk soon",
            // German
            "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse",
            "viele grüße", "viele grüsse", "beste grüße", "beste grüsse", "herzliche grüße", "herzliche grüsse",
            "mit besten grüßen", "mit besten grüssen", "liebe grüße", "gruß", "grüße", "mfg",
            // French
            "cordialement", "bien cordialement", "très cordialement", "bien à vous", "sincères salutations",
            "salutations distinguées", "meilleures salutations", "belle journée", "merci", "merci beaucoup",
            // Spanish
            "un saludo", "un cordial saludo", "saludos", "saludos cordiales", "atentamente", "un abrazo",
            "muchas gracias", "gracias", "reciba un cordial saludo",
            // Dutch
            "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "vriendelijke groeten",
            "met hartelijke groet", "hartelijke groet", "hartelijke groeten", "groet", "groeten", "mvg",
            "bedankt", "dank u wel", "hartelijk dank");

    private SignOffs() {
    }

    /** Whether the line is only a sign-off, such as "Kind regards," or "Best". */
    public static boolean isSignOff(String line) {
        String phrase = line.strip().replaceAll("[,.!:;—–-]+$", "").strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        return PHRASES.contains(phrase);
    }

    /** The signature without a sign-off on its first line (blank lines after it go too). */
    public static String withoutLeadingSignOff(String signature) {
        String text = signature.strip();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (!isSignOff(first)) {
            return text;
        }
        return end < 0 ? "" : text.substring(end + 1).strip();
    }
}
