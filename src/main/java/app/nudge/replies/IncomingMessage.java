package app.nudge.replies;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * One message as it arrived, before anything is decided about it.
 *
 * @param subject     the subject line, empty when none (pasted text has none)
 * @param fromAddress the sender's address, lower case, empty when unknown (pasted text)
 * @param fromName    the sender's display name, empty when unknown
 * @param sentAt      the message's {@code Date} header, or null when it has none (pasted text,
 *                    a header missing or unreadable): the reader then dates it "today"
 * @param text        the whole body as plain text (HTML already turned into text), quoted earlier
 *                    messages included: {@link Evidence} offsets point into it
 * @param headers     the few headers that say a message is automatic, by lower-case name
 *                    ({@code auto-submitted}, {@code x-autoreply}, {@code x-autorespond},
 *                    {@code precedence}, {@code list-id}, {@code list-unsubscribe},
 *                    {@code x-auto-response-suppress}); absent ones are left out
 * @param source      where it came from
 */
public record IncomingMessage(String subject, String fromAddress, String fromName, ZonedDateTime sentAt,
                              String text, Map<String, String> headers, Source source) {

    public enum Source { PASTED, FILE, INBOX }

    public IncomingMessage {
        subject = subject == null ? "" : subject.strip();
        fromAddress = fromAddress == null ? "" : fromAddress.strip().toLowerCase(java.util.Locale.ROOT);
        fromName = fromName == null ? "" : fromName.strip();
        text = Objects.requireNonNullElse(text, "");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        Objects.requireNonNull(source, "source");
    }

    /** Text the user pasted: no sender, no date, no headers. */
    public static IncomingMessage pasted(String text) {
        return new IncomingMessage("", "", "", null, text, Map.of(), Source.PASTED);
    }
}
