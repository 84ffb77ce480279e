package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 15: "the reader must not take a date from the user's own quoted follow-up below the reply". */
class QuotedPartsTest {

    private static String newPart(String text) {
        ReplyText reply = QuotedParts.read(text);
        return reply.spans().stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.joining("|"));
    }

    @Test
    @DisplayName("quoted: \"On <date>, <name> wrote:\" and everything below is cut")
    void gmailAttribution() {
        String text = "Thanks Sam, we will decide by Friday.\n\nOn Tue, Dec 1, 2026 at 9:00 AM Sam Doe <sam@example.com> wrote:\n"
                + "> I wanted to follow up on Monday.\n";
        assertEquals("Thanks Sam, we will decide by Friday.\n", newPart(text));
    }

    @Test
    @DisplayName("quoted: the attribution wrapped over two lines is still cut")
    void wrappedAttribution() {
        String text = "Sounds good.\n\nOn Tue, Dec 1, 2026 at 9:00 AM Sam Doe <\nsam@example.com> wrote:\n\nI wanted to follow up.\n";
        assertEquals("Sounds good.\n", newPart(text));
    }

    @Test
    @DisplayName("quoted: \"> \" lines are left out wherever they stand, offsets kept")
    void quoteLines() {
        String text = "Hi Sam,\n> earlier text on Friday\nSee you soon.";
        assertEquals("Hi Sam,|See you soon.", newPart(text));
    }

    @Test
    @DisplayName("quoted: \"-----Original Message-----\"")
    void originalMessage() {
        assertEquals("Yes.", newPart("Yes.\n-----Original Message-----\nFrom: Sam\nFollow up on Friday?"));
    }

    @Test
    @DisplayName("quoted: Outlook's From/Sent/To/Subject block and its ________ rule")
    void outlook() {
        assertEquals("Noted.", newPart("Noted.\n________________________________\nFrom: Sam\nSent: Tuesday\nTo: Pat\nSubject: Hi\n"));
        assertEquals("Noted.", newPart("Noted.\nFrom: Sam Doe <sam@example.com>\nSent: Tuesday, December 1, 2026 9:00 AM\n"
                + "To: Pat Lee\nSubject: Follow-up\n\nCould we talk on Friday?"));
    }

    @Test
    @DisplayName("a \"From:\" line alone is text, not a quoted header")
    void fromAlone() {
        assertEquals("From: the team, thanks.\nWe decide Friday.", newPart("From: the team, thanks.\nWe decide Friday."));
    }

    @Test
    @DisplayName("signature: the \"-- \" separator ends the new part")
    void signature() {
        assertEquals("See you Monday.", newPart("See you Monday.\n-- \nPat Lee\nCall me on Friday\n"));
    }

    @Test
    @DisplayName("bottom-posted: the text below the quote is the new part")
    void bottomPosted() {
        String text = "On Tue, Dec 1, 2026, Sam <sam@example.com> wrote:\n> Any news?\n\nWe will decide by Friday.\n";
        assertEquals("\nWe will decide by Friday.", newPart(text));
    }

    @Test
    @DisplayName("forwarded: a short note (\"FYI\") above a forwarded message is read with the forwarded one, its From: is the sender")
    void forwardedShortNote() {
        String text = "FYI, see below\n\n---------- Forwarded message ---------\nFrom: Pat Lee <Pat@Acme.com>\n"
                + "Date: Wed, Dec 2, 2026 at 10:00 AM\nSubject: Your interview\nTo: Sam <sam@example.com>\n\n"
                + "Hi Sam, we will decide by Friday.\n\nOn Tue, Dec 1, 2026 Sam wrote:\n> follow up on Monday\n";
        ReplyText reply = QuotedParts.read(text);
        assertTrue(reply.forwarded());
        assertEquals("pat@acme.com", reply.forwardedFrom());
        assertEquals("FYI, see below\n|Hi Sam, we will decide by Friday.\n", newPart(text));
    }

    @Test
    @DisplayName("forwarded: Apple's \"Begin forwarded message:\" with nothing above")
    void appleForward() {
        String text = "Begin forwarded message:\n\nFrom: Pat <pat@acme.com>\nSubject: Update\nDate: December 2, 2026\n\nCheck back with me on Monday.";
        ReplyText reply = QuotedParts.read(text);
        assertEquals("pat@acme.com", reply.forwardedFrom());
        assertEquals("Check back with me on Monday.", newPart(text));
    }

    @Test
    @DisplayName("forwarded: a long note of its own is the reply, the forwarded message is not read")
    void longNote() {
        String note = "Hi Sam, I am passing this along because the team was impressed and wants to set up a final round with "
                + "our CTO next Tuesday at 2pm, please let me know if that works for you and I will send the invite.\n";
        ReplyText reply = QuotedParts.read(note + "---------- Forwarded message ---------\nFrom: x@y.com\n\nOld text");
        assertFalse(reply.forwarded());
        assertEquals(note.strip(), newPart(note + "---------- Forwarded message ---------\nFrom: x@y.com\n\nOld text"));
    }
}
