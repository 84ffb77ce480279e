package app.nudge.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.replies.IncomingMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAnEmlFile() throws Exception {
        Path file = write("reply.eml", Mails.lines("From: \"Ana Ruiz\" <ana@acme.example>",
                "Date: Mon, 30 Nov 2026 08:15:00 +0100", "Subject: Re: Backend role", "", "We will decide by Friday."));
        IncomingMessage m = MailFiles.read(file);
        assertEquals("ana@acme.example", m.fromAddress());
        assertEquals("Re: Backend role", m.subject());
        assertEquals(ZoneOffset.ofHours(1), m.sentAt().getOffset());
        assertEquals("We will decide by Friday.", m.text());
        assertEquals(IncomingMessage.Source.FILE, m.source());
    }

    @Test
    void pastedTextWithAMailsHeadersTakesItsSenderSubjectAndDateFromThem() {
        // As Outlook copies a whole message; a trial pasted one and was told no application fits.
        String copied = "From: Tom Becker <TBecker@northwind.example>\r\nSent: Monday, November 30, 2026 10:00 AM\r\n"
                + "Subject: RE: Analyst role\r\nDate: Mon, 30 Nov 2026 10:00:00 -0500\r\n\r\nHi Jane, let's talk Tuesday at 2pm. Zoë";
        IncomingMessage m = MailFiles.pasted(copied);
        assertEquals("tbecker@northwind.example", m.fromAddress());
        assertEquals("RE: Analyst role", m.subject());
        assertEquals(java.time.ZonedDateTime.parse("2026-11-30T10:00-05:00"), m.sentAt());
        assertEquals("Hi Jane, let's talk Tuesday at 2pm. Zoë", m.text(), "the body as pasted, not its headers");
        assertEquals(IncomingMessage.Source.PASTED, m.source());
    }

    @Test
    void aSubjectWrittenRawInUtf8IsReadAsWrittenAndRawLatin1StaysReadable() throws Exception {
        // A trial saved a reply with a text editor (UTF-8) and saw "interview â€“ thank you" recorded.
        Path utf8 = dir.resolve("reply.txt");
        Files.write(utf8, Mails.lines("From: Ana Ruiz <ana@acme.example>", "Date: Mon, 30 Nov 2026 08:15:00 +0100",
                "Subject: Re: QA Lead interview – thank you, Zoë", "", "We will decide by Friday.").getBytes(StandardCharsets.UTF_8));
        assertEquals("Re: QA Lead interview – thank you, Zoë", MailFiles.read(utf8).subject());

        Path latin1 = dir.resolve("old.eml");
        Files.write(latin1, Mails.lines("From: Ana Ruiz <ana@acme.example>", "Date: Mon, 30 Nov 2026 08:15:00 +0100",
                "Subject: Re: Café meeting", "", "Merci.").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Re: Café meeting", MailFiles.read(latin1).subject(), "an old client's raw Latin-1, as before");

        String pasted = "From: Ana Ruiz <ana@acme.example>\nDate: Mon, 30 Nov 2026 08:15:00 +0100\n"
                + "Subject: Re: QA Lead interview – thank you\n\nWe will decide by Friday.";
        assertEquals("Re: QA Lead interview – thank you", MailFiles.pasted(pasted).subject(), "pasted into the app, the same");
    }

    @Test
    void pastedTextWithoutHeadersIsTheBodyAlone() {
        String copied = "Hi Jane,\n\nNote: we decide by Friday.";
        IncomingMessage m = MailFiles.pasted(copied);
        assertEquals("", m.fromAddress());
        assertEquals(copied, m.text());
    }

    @Test
    void aFileOfAnyNameThatIsAMailIsReadAsOne() throws Exception {
        Path file = write("saved", "From - Mon Nov 30 08:15:00 2026\nDate: Mon, 30 Nov 2026 08:15:00 +0100\n"
                + "From: ana@acme.example\n\nHello.\n");
        assertEquals("ana@acme.example", MailFiles.read(file).fromAddress());
    }

    @Test
    void aTextFileIsReadAsPastedTextInUtf8OrWindows1252() throws Exception {
        Path utf8 = write("reply.txt", "Thanks \u2013 we\u2019ll decide by Friday.\r\nAna");
        IncomingMessage m = MailFiles.read(utf8);
        assertEquals("Thanks \u2013 we\u2019ll decide by Friday.\nAna", m.text());
        assertNull(m.sentAt());
        assertEquals("", m.fromAddress());
        Path cp1252 = dir.resolve("old.txt");
        Files.write(cp1252, "Caf\u00e9 \u2013 \u20ac".getBytes(Charset.forName("windows-1252")));
        assertEquals("Caf\u00e9 \u2013 \u20ac", MailFiles.read(cp1252).text());
    }

    @Test
    void refusalsAreOneLineNamingTheFile() throws Exception {
        assertRefused(dir.resolve("missing.eml"), "missing.eml: no such file");
        assertRefused(dir, "is a folder");
        assertRefused(write("empty.eml", ""), "empty.eml is empty");
        assertRefused(write("blank.txt", "  \n\n "), "blank.txt is empty");
        assertRefused(write("notes.eml", "Just some notes\nwithout headers\n"), "notes.eml is not a mail");
        assertRefused(write("fake.msg", "From: a@b.example\n\nI am not Outlook\n"), "fake.msg is not an Outlook message");
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        assertRefused(binary, "photo.jpg is not a mail or a text file");
        Path big = dir.resolve("big.eml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(MailFiles.MAX_BYTES + 1);
        }
        assertRefused(big, "big.eml is over 25 MB");
    }

    @Test
    void anOfficeFileThatIsNotAMessageIsRefusedAsSuch() throws Exception {
        Path doc = dir.resolve("letter.msg");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.getRoot().createDocument("WordDocument", new ByteArrayInputStream(new byte[512]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            Files.write(doc, out.toByteArray());
        }
        assertRefused(doc, "letter.msg is not an Outlook message");
        Path contact = new OutlookFiles().messageClass("IPM.Contact").subject("Ana Ruiz").writeTo(dir.resolve("ana.msg"));
        assertRefused(contact, "ana.msg is not an Outlook message (.msg): it holds an item of class IPM.Contact");
    }

    @Test
    void aDamagedMsgIsRefusedInWords() throws Exception {
        Path good = new OutlookFiles().messageClass("IPM.Note").subject("Hello").body("Text").writeTo(dir.resolve("good.msg"));
        byte[] bytes = Files.readAllBytes(good);
        byte[] cut = java.util.Arrays.copyOf(bytes, 700); // the OLE2 signature, then nothing
        Path damaged = dir.resolve("damaged.msg");
        Files.write(damaged, cut);
        assertRefused(damaged, "damaged.msg cannot be read as an Outlook message");
    }

    @Test
    void readsAnOutlookMessageWithTransportHeaders() throws Exception {
        Path file = new OutlookFiles().messageClass("IPM.Note")
                .subject("Re: Interview")
                .body("Could we meet on Tuesday at 2pm?\r\n\r\n-----Original Message-----\r\nFrom: Sam")
                .senderName("Ana Ruiz")
                .senderEmail("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=ANA")
                .transportHeaders("Received: from mx.acme.example\r\nFrom: Ana Ruiz <Ana@Acme.example>\r\n"
                        + "Date: Tue, 1 Dec 2026 18:30:00 -0500\r\nSubject: Re: Interview\r\nAuto-Submitted: no\r\n"
                        + "X-Auto-Response-Suppress: All\r\n")
                .submitted(Instant.parse("2026-12-01T23:30:00Z"))
                .writeTo(dir.resolve("reply.msg"));
        // POI reads the file the way it reads one Outlook wrote
        try (MAPIMessage poi = new MAPIMessage(file.toFile())) {
            assertEquals("Re: Interview", poi.getSubject());
            assertEquals("Ana Ruiz", poi.getDisplayFrom());
            assertEquals(Instant.parse("2026-12-01T23:30:00Z"), poi.getMessageDate().toInstant());
            assertTrue(poi.getHeaders()[0].startsWith("Received"));
        }
        IncomingMessage m = MailFiles.read(file);
        assertEquals("Re: Interview", m.subject());
        assertEquals("ana@acme.example", m.fromAddress());
        assertEquals("Ana Ruiz", m.fromName());
        assertEquals(LocalDateTime.of(2026, 12, 1, 18, 30), m.sentAt().toLocalDateTime());
        assertEquals(ZoneOffset.ofHours(-5), m.sentAt().getOffset());
        assertEquals("Could we meet on Tuesday at 2pm?\n\n-----Original Message-----\nFrom: Sam", m.text());
        assertEquals(Map.of("auto-submitted", "no", "x-auto-response-suppress", "All"), m.headers());
        assertEquals(IncomingMessage.Source.FILE, m.source());
    }

    @Test
    void anOutlookMessageWithoutHeadersUsesTheSmtpAddressAndTheSubmitTime() throws Exception {
        Path file = new OutlookFiles().messageClass("IPM.Note")
                .subject("Offer")
                .string("1013", "<html><body><p>We are delighted to offer you the role.</p>"
                        + "<blockquote>Any news?</blockquote></body></html>")
                .senderName("Ana Ruiz")
                .senderEmail("/O=EXCHANGELABS/CN=ANA")
                .senderSmtp("ana@acme.example")
                .submitted(Instant.parse("2026-12-02T09:00:00Z"))
                .writeTo(dir.resolve("offer.msg"));
        IncomingMessage m = MailFiles.read(file);
        assertEquals("ana@acme.example", m.fromAddress());
        assertEquals(Instant.parse("2026-12-02T09:00:00Z"), m.sentAt().toInstant());
        assertEquals(ZoneOffset.UTC, m.sentAt().getOffset());
        assertEquals("We are delighted to offer you the role.\n\n> Any news?", m.text());
        assertTrue(m.headers().isEmpty());
    }

    @Test
    void pastedTextTakesUtf8ThenWindows1252() {
        assertEquals("na\u00efve \u2013 ok", MailFiles.pastedText("na\u00efve \u2013 ok".getBytes(StandardCharsets.UTF_8)));
        assertEquals("na\u00efve \u2013 ok", MailFiles.pastedText("na\u00efve \u2013 ok".getBytes(Charset.forName("windows-1252"))));
        assertEquals("a\nb", MailFiles.pastedText("a\r\nb".getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertRefused(Path file, String expected) {
        UnreadableMessageException e = assertThrows(UnreadableMessageException.class, () -> MailFiles.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().matches(".*(Exception|\\bat [a-z]+\\.).*"), e.getMessage());
    }
}
