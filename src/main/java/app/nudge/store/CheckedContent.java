package app.nudge.store;

import app.nudge.domain.Application;
import java.util.List;
import java.util.Map;

/**
 * Every application and setting, as read by the check that runs before a file is opened (see
 * {@link Database#takeCheckedContent()}).
 */
public record CheckedContent(List<Application> applications, Map<String, String> settings) {

    public CheckedContent {
        applications = List.copyOf(applications);
        settings = Map.copyOf(settings);
    }
}
