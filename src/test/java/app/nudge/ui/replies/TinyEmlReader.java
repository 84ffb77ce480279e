package app.nudge.ui.replies;

import app.nudge.replies.IncomingMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the mail branch's {@code MailFiles::read}, for the UI's tests only: plain-text
 * .eml files with Subject, From and Date headers. A file without headers is refused with a
 * one-line reason, as the real reader does.
 */
public final class TinyEmlReader {

    private static final Pattern FROM = Pattern.compile("(.*?)\\s*<([^>]+)>");

    private TinyEmlReader() {
    }

    public static IncomingMessage read(Path file) {
        String all;
        try {
            all = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int blank = all.indexOf("\n\n");
        if (blank < 0 || !all.substring(0, blank).contains(":") || !all.startsWith("From:") && !all.contains("\nFrom:")) {
            throw new IllegalArgumentException("not an email: it has no mail headers");
        }
        String subject = "";
        String fromName = "";
        String fromAddress = "";
        ZonedDateTime sent = null;
        for (String line : all.substring(0, blank).split("\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (name) {
                case "subject" -> subject = value;
                case "date" -> sent = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                case "from" -> {
                    Matcher m = FROM.matcher(value);
                    if (m.matches()) {
                        fromName = m.group(1);
                        fromAddress = m.group(2);
                    } else {
                        fromAddress = value;
                    }
                }
                default -> { }
            }
        }
        return new IncomingMessage(subject, fromAddress, fromName, sent, all.substring(blank + 2), Map.of(),
                IncomingMessage.Source.FILE);
    }
}
