package app.nudge.mail;

import static app.nudge.mail.Mails.lines;
import static app.nudge.mail.Mails.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.replies.IncomingMessage;
import org.junit.jupiter.api.Test;

/** Shapes of mail in the wild that are not quite right, read instead of refused. */
class MimeEdgeCasesTest {

    @Test
    void formatFlowedWithDelSpJoinsWithoutTheSpace() throws Exception {
        assertEquals("Wonderful news: we decide on Friday.",
                parse(lines("Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes", "",
                        "Wonder ", "ful news: we decide on  ", "Friday.")).text());
    }

    @Test
    void aMissingEndBoundaryStillGivesTheText() throws Exception {
        assertEquals("We will call you on Monday.", parse(lines("Content-Type: multipart/mixed; boundary=\"x\"", "",
                "--x", "Content-Type: text/plain", "", "We will call you on Monday.")).text());
    }

    @Test
    void damagedBase64GivesWhatCanBeDecoded() throws Exception {
        IncomingMessage m = parse(lines("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "",
                "V2Ugd2lsbCBjYWxsIHlvdS4=", "!!!not base64!!!"));
        assertEquals("We will call you.", m.text());
    }

    @Test
    void relatedHtmlInsideAlternativeWithoutPlainText() throws Exception {
        IncomingMessage m = parse(lines("Content-Type: multipart/alternative; boundary=\"a\"", "",
                "--a", "Content-Type: multipart/related; boundary=\"r\"", "",
                "--r", "Content-Type: text/html; charset=windows-1252", "Content-Transfer-Encoding: quoted-printable", "",
                "<p>We=92d like to offer you the role.</p><img src=3D\"cid:logo\" alt=3D\"\">",
                "--r", "Content-Type: image/png", "Content-ID: <logo>", "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo=",
                "--r--", "--a--"));
        assertEquals("We\u2019d like to offer you the role.", m.text());
    }

    @Test
    void anHtmlPartWithAnUnknownCharsetFallsBack() throws Exception {
        assertEquals("Caf\u00e9 tomorrow?", parse(lines("Content-Type: text/html; charset=\"x-mac-nonsense\"",
                "Content-Transfer-Encoding: 8bit", "", "<div>Caf\u00e9 tomorrow?</div>")).text());
    }

    @Test
    void aMessageWithoutContentTypeIsPlainText() throws Exception {
        assertEquals("Just text.", parse(lines("From: a@b.example", "", "Just text.")).text());
    }

    @Test
    void anEncodedWordInsideASubjectWordIsDecoded() throws Exception {
        IncomingMessage m = parse(lines("Subject: =?iso-8859-1?q?Entretien_pr=E9vu?= =?utf-8?q?_=E2=80=93_mardi?=", "", "x"));
        assertEquals("Entretien pr\u00e9vu \u2013 mardi", m.subject());
    }

    @Test
    void aForwardedMailInsideAForwardedMailIsShownTwice() throws Exception {
        IncomingMessage m = parse(lines("Content-Type: multipart/mixed; boundary=\"o\"", "",
                "--o", "Content-Type: text/plain", "", "FYI",
                "--o", "Content-Type: message/rfc822", "",
                "From: b@acme.example", "Subject: inner", "Content-Type: multipart/mixed; boundary=\"i\"", "",
                "--i", "Content-Type: text/plain", "", "see below",
                "--i", "Content-Type: message/rfc822", "", "From: c@acme.example", "Subject: innermost", "", "We decide Friday.",
                "--i--", "--o--"));
        assertEquals(2, m.text().split(MimeBodies.FORWARDED_LINE, -1).length - 1, m.text());
        assertTrue(m.text().endsWith("Subject: innermost\n\nWe decide Friday."), m.text());
    }
}
