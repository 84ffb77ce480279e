package app.nudge.mail;

import static app.nudge.mail.Mails.lines;
import static app.nudge.mail.Mails.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.replies.IncomingMessage;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MimeMessagesTest {

    @Test
    void keepsTheDateHeadersOwnOffsetSoTheLocalDateIsTheSenders() throws Exception {
        IncomingMessage m = parse(lines("From: Ana Ruiz <Ana.Ruiz@Example.COM>", "Date: Fri, 4 Dec 2026 17:05:00 -0800",
                "Subject: Next steps", "", "Thanks, we will decide by Friday."));
        assertEquals(LocalDateTime.of(2026, 12, 4, 17, 5), m.sentAt().toLocalDateTime());
        assertEquals(ZoneOffset.ofHours(-8), m.sentAt().getOffset());
        // the same instant at UTC is already the 5th: the offset must not be lost through java.util.Date
        assertEquals(LocalDate.of(2026, 12, 5), m.sentAt().withZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        assertEquals("ana.ruiz@example.com", m.fromAddress());
        assertEquals("Ana Ruiz", m.fromName());
        assertEquals("Next steps", m.subject());
        assertEquals("Thanks, we will decide by Friday.", m.text());
        assertEquals(IncomingMessage.Source.FILE, m.source());
    }

    @Test
    void readsLenientDatesAndOldZoneNames() throws Exception {
        assertEquals(ZoneOffset.ofHours(-4),
                parse(lines("Date: 3 Dec 26 9:15 EDT (Eastern)", "", "x")).sentAt().getOffset());
        assertEquals(LocalDateTime.of(2026, 12, 3, 9, 15),
                parse(lines("Date: 3 Dec 26 9:15 EDT", "", "x")).sentAt().toLocalDateTime());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30),
                parse(lines("Date: Thu, 03 Dec 2026 09:15:07 +0530", "", "x")).sentAt().getOffset());
    }

    @Test
    void aMissingOrUnreadableDateIsNull() throws Exception {
        assertNull(parse(lines("From: a@b.example", "Subject: hi", "", "body")).sentAt());
        assertNull(parse(lines("From: a@b.example", "Date: sometime next week", "", "body")).sentAt());
        assertNull(parse(lines("From: a@b.example", "Date: Fri, 31 Feb 2026 10:00:00 +0000", "", "body")).sentAt());
    }

    @Test
    void decodesAnRfc2047SubjectAndSenderName() throws Exception {
        IncomingMessage m = parse(lines("From: =?UTF-8?Q?Zo=C3=AB_M=C3=BCller?= <zoe@acme.example>",
                "Subject: =?UTF-8?B?UmU6IFlvdXIgYXBwbGljYXRpb24g4oCTIG5leHQgcm91bmQ=?=", "", "Hello"));
        assertEquals("Re: Your application – next round", m.subject());
        assertEquals("Zoë Müller", m.fromName());
        assertEquals("zoe@acme.example", m.fromAddress());
    }

    @Test
    void readsAWindows1252BodyEvenWhenItSaysIso88591() throws Exception {
        String raw = lines("From: a@b.example", "Content-Type: text/plain; charset=ISO-8859-1",
                "Content-Transfer-Encoding: 8bit", "", "We\u2019d like to meet you \u2013 caf\u00e9 at 10 \u20ac.");
        IncomingMessage m = parse(raw, Charset.forName("windows-1252"));
        assertEquals("We\u2019d like to meet you \u2013 caf\u00e9 at 10 \u20ac.", m.text());
    }

    @Test
    void aWrongOrUnknownCharsetFallsBackInsteadOfFailing() throws Exception {
        String body = "Caf\u00e9 na\u00efve";
        // says UTF-8, is windows-1252
        assertEquals(body, parse(lines("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
                "", body), Charset.forName("windows-1252")).text());
        // names a charset nobody knows, is UTF-8
        assertEquals(body, parse(lines("Content-Type: text/plain; charset=x-unknown-42", "Content-Transfer-Encoding: 8bit",
                "", body)).text());
    }

    @Test
    void decodesQuotedPrintableAndBase64() throws Exception {
        assertEquals("Let\u2019s talk on Monday at 10am, if that suits you.",
                parse(lines("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
                        "Let=E2=80=99s talk on Monday at 10am, if that suits =", "you.")).text());
        assertEquals("Offre: f\u00e9licitations", parse(lines("Content-Type: text/plain; charset=iso-8859-1",
                "Content-Transfer-Encoding: base64", "", "T2ZmcmU6IGbpbGljaXRhdGlvbnM=")).text());
    }

    @Test
    void joinsFormatFlowedLines() throws Exception {
        IncomingMessage m = parse(lines("Content-Type: text/plain; charset=utf-8; format=flowed", "",
                "We would like to invite you to a second round on ", "Tuesday at 2pm.", "",
                "> Could you tell me when you expect to ", "> decide?"));
        assertEquals("We would like to invite you to a second round on Tuesday at 2pm.\n\n"
                + "> Could you tell me when you expect to decide?", m.text());
    }

    @Test
    void alternativePrefersThePlainText() throws Exception {
        IncomingMessage m = parse(lines("Content-Type: multipart/alternative; boundary=\"b1\"", "",
                "--b1", "Content-Type: text/plain; charset=utf-8", "", "Plain version.",
                "--b1", "Content-Type: text/html; charset=utf-8", "", "<p>HTML version.</p>", "--b1--"));
        assertEquals("Plain version.", m.text());
    }

    @Test
    void anHtmlOnlyReplyWithAGmailQuoteKeepsTheQuoteAsQuotedLines() throws Exception {
        String html = "<div dir=\"ltr\">Hi Sam,<br><br>Thanks for checking in. We will get back to you by"
                + " <b>December 12</b>.<br><div>Best,</div><div>Ana</div></div><br>"
                + "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, Nov 30, 2026 at 9:00 AM Sam"
                + " &lt;sam@mail.example&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0\">"
                + "<div dir=\"ltr\">Hello Ana,<div><br></div><div>Could you tell me by Friday?</div></div></blockquote></div>";
        IncomingMessage m = parse(lines("Content-Type: text/html; charset=utf-8", "", html));
        assertEquals("Hi Sam,\n\nThanks for checking in. We will get back to you by December 12.\nBest,\nAna\n\n"
                + "On Mon, Nov 30, 2026 at 9:00 AM Sam <sam@mail.example> wrote:\n\n"
                + "> Hello Ana,\n>\n> Could you tell me by Friday?", m.text());
    }

    @Test
    void mixedGivesTheTextPartsInOrderSkipsAttachmentsAndShowsAForwardedMail() throws Exception {
        IncomingMessage m = parse(lines("From: recruiter@acme.example", "Subject: Fwd: your application",
                "Content-Type: multipart/mixed; boundary=\"m1\"", "",
                "--m1", "Content-Type: text/plain; charset=utf-8", "", "See the note from the team below.",
                "--m1", "Content-Type: application/pdf; name=offer.pdf", "Content-Disposition: attachment; filename=offer.pdf",
                "Content-Transfer-Encoding: base64", "", "JVBERi0xLjQK",
                "--m1", "Content-Type: text/plain; name=notes.txt", "Content-Disposition: attachment; filename=notes.txt", "",
                "attached notes, not the message",
                "--m1", "Content-Type: message/rfc822", "",
                "From: Hiring Team <team@acme.example>", "Date: Tue, 1 Dec 2026 10:00:00 +0100",
                "Subject: =?UTF-8?Q?Interview_=E2=80=93_Sam?=", "Content-Type: text/plain; charset=utf-8", "",
                "We would like to meet Sam on Thursday.",
                "--m1--"));
        assertEquals("See the note from the team below.\n\n" + MimeBodies.FORWARDED_LINE + "\n"
                + "From: Hiring Team <team@acme.example>\nDate: Tue, 1 Dec 2026 10:00:00 +0100\n"
                + "Subject: Interview – Sam\n\nWe would like to meet Sam on Thursday.", m.text());
        assertFalse(m.text().contains("attached notes"));
    }

    @Test
    void collectsTheAutomationHeadersByLowerCaseName() throws Exception {
        IncomingMessage m = parse(lines("From: noreply@jobs.example", "Auto-Submitted: auto-replied",
                "X-Autoreply: yes", "Precedence: bulk", "List-Id: <alerts.jobs.example>",
                "List-Unsubscribe: <https://jobs.example/u>", "X-Auto-Response-Suppress: All", "X-Other: kept out",
                "", "I am out of office"));
        assertEquals(Map.of("auto-submitted", "auto-replied", "x-autoreply", "yes", "precedence", "bulk",
                "list-id", "<alerts.jobs.example>", "list-unsubscribe", "<https://jobs.example/u>",
                "x-auto-response-suppress", "All"), m.headers());
    }

    @Test
    void aMalformedFromIsReadLeniently() throws Exception {
        IncomingMessage m = parse(lines("From: Ana Ruiz, Acme <ana@acme.example>", "", "x"));
        assertEquals("ana@acme.example", m.fromAddress());
        assertTrue(m.fromName().contains("Ana"), m.fromName());
    }

    @Test
    void anUnknownTransferEncodingStillGivesText() throws Exception {
        IncomingMessage m = parse(lines("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: x-weird",
                "", "Plain words."));
        assertEquals("Plain words.", m.text());
    }
}
