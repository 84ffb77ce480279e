package app.nudge.ui.insights;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * What Copy and Save as PNG… picture: the section's title and the period's days above the chart,
 * so a picture pasted into a mail or found in a folder says what it shows and for which days.
 * Built for the snapshot only, from a snapshot of the shown chart (the chart itself stays in the
 * window), in a scene of its own wearing the window's style sheets, so the theme's colours hold.
 */
final class ChartPicture {

    private ChartPicture() {
    }

    /** On the JavaFX thread; {@code frame} is the chart's frame as shown. */
    static Parent of(Node frame, String title, String periodText) {
        Label heading = new Label(title);
        heading.setId("pictureTitle");
        heading.getStyleClass().add("insights-section-title");
        Label days = new Label(periodText);
        days.setId("picturePeriod");
        days.getStyleClass().add("muted");
        VBox box = new VBox(2, heading, days, new ImageView(frame.snapshot(null, null)));
        box.getStyleClass().add("insights-picture");
        Scene scene = new Scene(box);
        if (frame.getScene() != null) {
            scene.getStylesheets().setAll(frame.getScene().getStylesheets());
        }
        return box;
    }
}
