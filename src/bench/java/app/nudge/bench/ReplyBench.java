package app.nudge.bench;

import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import app.nudge.mail.MimeMessages;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.ReadingContext;
import app.nudge.replies.ReplyReading;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Issue 15: reading a 200-message folder and proposing takes under 2 s after the download. The
 * "download" is the raw bytes of 200 messages held in memory (the reply corpus's own shapes, each
 * used twice: HTML-only, base64, quoted threads, forwards); what is timed is everything the inbox
 * does after it: MIME parsing into text, matching against 10,000 applications, and reading kind and
 * dates. One warm-up pass, then the median of {@link #MEASURED_RUNS}.
 */
public final class ReplyBench {

    static final int MESSAGES = 200;
    static final int APPLICATIONS = 10_000;
    private static final int MEASURED_RUNS = 5;

    private ReplyBench() {
    }

    public static void main(String[] args) throws Exception {
        measure().forEach(System.out::println);
    }

    static List<Row> measure() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 1);
        List<byte[]> raw = downloaded();
        List<Application> applications = new DemoData(42, today).applications(APPLICATIONS);
        ReplyReading reader = new ReplyReading(new ReadingContext(today, ZoneId.of("Europe/Berlin"), Locale.UK));
        Session session = Session.getInstance(new Properties());
        readAll(raw, applications, reader, session);
        double[] millis = new double[MEASURED_RUNS];
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            int proposed = readAll(raw, applications, reader, session);
            millis[run] = (System.nanoTime() - start) / 1e6;
            System.out.printf("replies run %d: %d messages proposed in %.0f ms%n", run + 1, proposed, millis[run]);
        }
        Arrays.sort(millis);
        return List.of(Row.millis("Read and propose a 200-message folder (10,000 applications)",
                millis[MEASURED_RUNS / 2], 2000));
    }

    private static int readAll(List<byte[]> raw, List<Application> applications, ReplyReading reader,
                               Session session) throws Exception {
        int proposed = 0;
        for (byte[] bytes : raw) {
            IncomingMessage message = MimeMessages.toIncoming(
                    new MimeMessage(session, new ByteArrayInputStream(bytes)), IncomingMessage.Source.INBOX);
            if (reader.propose(message, applications) != null) {
                proposed++;
            }
        }
        return proposed;
    }

    /** 200 raw messages from the corpus, as an IMAP fetch would hand them over. */
    private static List<byte[]> downloaded() throws IOException, URISyntaxException {
        Path folder = Path.of(ReplyBench.class.getResource("/replies/corpus/expected.tsv").toURI()).getParent();
        List<byte[]> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    corpus.add(in.readAllBytes());
                }
            }
        }
        List<byte[]> raw = new ArrayList<>();
        for (int i = 0; raw.size() < MESSAGES; i++) {
            raw.add(corpus.get(i % corpus.size()));
        }
        return raw;
    }
}
