package app.nudge.replies;

import app.nudge.domain.Application;
import app.nudge.exchange.ExchangeException;
import app.nudge.exchange.ExchangeReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/** The applications of {@code replies/corpus/applications.json}, read as Nudge imports them. */
final class CorpusApplications {

    private CorpusApplications() {
    }

    static List<Application> all() {
        try (InputStream in = Files.newInputStream(CorpusCase.folder().resolve("applications.json"))) {
            return new ExchangeReader(code -> true).read(in).applications();
        } catch (IOException | ExchangeException e) {
            throw new IllegalStateException("replies/corpus/applications.json: " + e.getMessage(), e);
        }
    }
}
