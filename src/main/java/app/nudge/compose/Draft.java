package app.nudge.compose;

import app.nudge.domain.Contact;

/**
 * One message ready for the user to review and send.
 *
 * @param to              the recipient, or null when the application has no contact; a panel
 *                        interviewer without a contact record has a Contact with an empty email
 * @param templateId      the message template used, e.g. {@code FOLLOW_UP-after-date}
 * @param variant         the variant used ({@link TemplateCatalog#STANDARD} for single-template actions)
 * @param callScript      for phone actions and CHECK_BACK: what to say, by branch (see {@link CallScript}); else null
 * @param voicemailScript for phone actions and CHECK_BACK: a message under 30 seconds; else null
 */
public record Draft(Contact to, String subject, String body, String templateId, String variant,
                    String callScript, String voicemailScript) {

    /** The address to put in the mail client: empty when there is none. */
    public String toAddress() {
        return to == null ? "" : to.email();
    }

    public boolean hasPhoneScripts() {
        return callScript != null;
    }
}
