package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Messages a company passes on: a recruiter's note above a forwarded or quoted message from the
 * hiring manager. Both the note and that message are read; the user's own quoted mail never is.
 */
class HandedOnPartsTest {

    private static String newPart(String text) {
        ReplyText reply = QuotedParts.read(text);
        return reply.spans().stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.joining("|"));
    }

    @Test
    @DisplayName("forwarded: the short note above is read too, then the forwarded body; the forwarded sender kept")
    void noteAndForward() {
        String text = "See Priya's note below. Does Wednesday at 3:30pm work for you?\n\nTom\n\n"
                + "---------- Forwarded message ---------\nFrom: Priya <priya@acme.com>\nDate: Fri, Nov 27, 2026 at 2:10 PM\n"
                + "Subject: one more conversation\n\nTom, I'd like to see Sam once more.\n";
        ReplyText reply = QuotedParts.read(text);
        assertTrue(reply.forwarded());
        assertEquals("priya@acme.com", reply.forwardedFrom());
        String read = newPart(text);
        assertTrue(read.startsWith("See Priya's note below."), read);
        assertTrue(read.endsWith("Tom, I'd like to see Sam once more."), read);
        Reading reading = Messages.read(text);
        assertEquals(ReplyKind.NEXT_ROUND, reading.kind());
        assertEquals(LocalDate.of(2026, 12, 2), reading.namedDate(), "Wednesday after the forwarded Friday 27 November");
        assertEquals(LocalTime.of(15, 30), reading.namedTime());
    }

    @Test
    @DisplayName("handed on: \"passing on James's note below\" reads the quoted Outlook message, not as a forward")
    void passedOnOriginalMessage() {
        String text = "Hi Sam,\n\nI'm passing on James's note below. Sorry it isn't better news.\n\nRachel\n\n"
                + "-----Original Message-----\nFrom: James <james@acme.com>\nSent: Monday, December 14, 2026 5:48 PM\n"
                + "To: Talent <talent@acme.com>\nSubject: decision\n\nRachel - please let Sam know we won't be moving forward.\n";
        ReplyText reply = QuotedParts.read(text);
        assertFalse(reply.forwarded(), "the sender of the whole stays the sender");
        assertTrue(newPart(text).contains("we won't be moving forward"), newPart(text));
        assertEquals(ReplyKind.REJECTION_RECEIVED, Messages.read(text).kind());
    }

    @Test
    @DisplayName("quoted: \"see my answers below\" never reads the user's own quoted mail")
    void ownMailStaysCut() {
        String text = "Hi Sam, see my answers below. Your message below was helpful.\n\n-----Original Message-----\n"
                + "From: Sam <sam@example.com>\nSent: Monday, November 30, 2026 9:00 AM\nTo: Pat <pat@acme.com>\nSubject: questions\n\n"
                + "I wanted to say I decided to move forward with other companies by Friday.\n";
        assertEquals("Hi Sam, see my answers below. Your message below was helpful.", newPart(text).strip());
        assertEquals(ReplyKind.REPLY_RECEIVED, Messages.read(text).kind());
    }

    @Test
    @DisplayName("quoted: German Outlook's header block (Von/Gesendet/An/Betreff) and \"Ursprüngliche Nachricht\" are cut")
    void germanOutlook() {
        String block = "Thanks, we will decide soon.\n\nVon: Sam <sam@example.com>\nGesendet: Dienstag, 1. Dezember 2026 17:20\n"
                + "An: Pat <pat@acme.com>\nBetreff: timeline\n\nI'm hoping to plan around a move by 18 December.\n";
        assertEquals("Thanks, we will decide soon.", newPart(block).strip());
        String marker = "Thanks, we will decide soon.\n\n-----Ursprüngliche Nachricht-----\nI'm hoping to move by 18 December.\n";
        assertEquals("Thanks, we will decide soon.", newPart(marker).strip());
    }
}
