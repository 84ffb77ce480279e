package app.nudge.replies;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

/** Fixed messages and contexts for the reader's tests: sent Wednesday 2026-12-02, read on Saturday the 5th. */
final class Messages {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate SENT = LocalDate.of(2026, 12, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final ReadingContext US = new ReadingContext(TODAY, NEW_YORK, Locale.US);
    static final ReplyReading READER = new ReplyReading(US);

    private Messages() {
    }

    /** A file message from a recruiter at acme.com, sent Wednesday 2026-12-02 10:00 in New York. */
    static IncomingMessage mail(String subject, String text) {
        return mail(subject, text, Map.of());
    }

    static IncomingMessage mail(String subject, String text, Map<String, String> headers) {
        return new IncomingMessage(subject, "pat@acme.com", "Pat Lee", ZonedDateTime.of(SENT.atTime(10, 0), NEW_YORK),
                text, headers, IncomingMessage.Source.FILE);
    }

    /** {@code sentence} inside a short reply is read as {@code kind}, with it as the evidence. */
    static void assertKindWithEvidence(String sentence, ReplyKind kind, String evidenceHas) {
        Reading reading = read("Hi Sam,\n\nThanks again. " + sentence + "\n\nBest,\nPat");
        org.junit.jupiter.api.Assertions.assertEquals(kind, reading.kind());
        org.junit.jupiter.api.Assertions.assertNotNull(reading.kindEvidence());
        org.junit.jupiter.api.Assertions.assertTrue(reading.kindEvidence().sentence().contains(evidenceHas),
                reading.kindEvidence().sentence());
    }

    static Reading read(String text) {
        return READER.propose(mail("Re: Interview", text), java.util.List.of()).reading();
    }

    static Reading read(String subject, String text, Map<String, String> headers) {
        return READER.propose(mail(subject, text, headers), java.util.List.of()).reading();
    }
}
