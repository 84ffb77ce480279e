package app.nudge.compose;

import app.nudge.domain.Contact;
import app.nudge.domain.Language;

/**
 * One message ready for the user to review and send.
 *
 * @param to              the recipient, or null when the application has no contact; a panel
 *                        interviewer without a contact record has a Contact with an empty email
 * @param templateId      the message template used, e.g. {@code FOLLOW_UP-after-date}
 * @param variant         the variant used ({@link TemplateCatalog#STANDARD} for single-template actions)
 * @param callScript      for phone actions and CHECK_BACK: what to say, by branch (see {@link CallScript}); else null
 * @param voicemailScript for phone actions and CHECK_BACK: a message under 30 seconds; else null
 * @param interviewer     after a panel: the interviewer this note is for, as the round names them
 *                        (what marking it sent records); null for a message to the planned recipient
 * @param language        the language it is written in; the lint reads it with that language's word lists
 */
public record Draft(Contact to, String subject, String body, String templateId, String variant,
                    String callScript, String voicemailScript, String interviewer, Language language) {

    public Draft {
        language = language == null ? Language.EN : language;
    }

    /** An English draft. */
    public Draft(Contact to, String subject, String body, String templateId, String variant,
                 String callScript, String voicemailScript, String interviewer) {
        this(to, subject, body, templateId, variant, callScript, voicemailScript, interviewer, Language.EN);
    }

    /** A message to the planned recipient, not one panel member's note. */
    public Draft(Contact to, String subject, String body, String templateId, String variant,
                 String callScript, String voicemailScript) {
        this(to, subject, body, templateId, variant, callScript, voicemailScript, null, Language.EN);
    }

    /** The same draft with another subject and body (the user's edits). */
    public Draft withText(String newSubject, String newBody) {
        return new Draft(to, newSubject, newBody, templateId, variant, callScript, voicemailScript, interviewer,
                language);
    }

    /** One note of several after a panel interview. */
    public boolean isPerPerson() {
        return interviewer != null;
    }

    /** The address to put in the mail client: empty when there is none. */
    public String toAddress() {
        return to == null ? "" : to.email();
    }

    public boolean hasPhoneScripts() {
        return callScript != null;
    }
}
