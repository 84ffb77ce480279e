package app.nudge.exchange;

import app.nudge.domain.Application;
import app.nudge.domain.Settings;
import java.util.List;

/** What one exchange file holds. {@code settings} is null when the file has none. */
public record ExchangeDocument(Settings settings, List<Application> applications) {

    public static final String FORMAT = "nudge";
    public static final int VERSION = 1;

    public ExchangeDocument {
        applications = List.copyOf(applications);
    }
}
