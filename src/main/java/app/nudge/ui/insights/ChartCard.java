package app.nudge.ui.insights;

import static app.nudge.i18n.Texts.t;

import app.nudge.insights.Period;
import java.util.List;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One section of the Insights window: its title, the chart with its numbers beside it (as labels a
 * screen reader reaches) and Copy / Save as PNG…, or a plain sentence when there is nothing yet.
 * Ids are the section's key plus a suffix: {@code funnelChart}, {@code funnelNumbers}, {@code funnelCopy}.
 */
final class ChartCard {

    /** One line beside a chart; {@code id} is for tests and stays stable; a note says how it is counted (muted). */
    record Figure(String id, String text, boolean isNote) {

        Figure(String id, String text) {
            this(id, text, false);
        }

        static Figure note(String id, String text) {
            return new Figure(id, text, true);
        }
    }

    /**
     * @param key     the section's id prefix ("funnel")
     * @param what    what the pictures show, in words ("funnel"), for the status line and file names
     * @param empty   the sentence shown instead of a chart, or null when there is a chart
     * @param chart   the chart, or null when {@code empty} is set
     * @param figures the lines beside the chart (shown under the sentence when empty)
     */
    record Section(String key, String title, String what, String empty, Chart chart, List<Figure> figures) {
    }

    private ChartCard() {
    }

    /**
     * @param period     the report's days, for the pictures' file names
     * @param periodText the same in words, written on the pictures
     */
    static VBox of(Section section, ChartExport export, Period period, String periodText) {
        Label title = new Label(section.title());
        title.getStyleClass().add("insights-section-title");
        VBox card = new VBox(8, title);
        card.setId(section.key() + "Section");
        card.getStyleClass().add("insights-card");
        VBox numbers = numbers(section);
        if (section.chart() == null) {
            Label empty = wrapped(section.empty());
            empty.setId(section.key() + "Empty");
            empty.getStyleClass().add("insights-empty");
            card.getChildren().add(empty);
            if (!section.figures().isEmpty()) {
                card.getChildren().add(numbers);
            }
            return card;
        }
        // The frame is what Copy and Save picture: it carries the theme's background, so a dark
        // chart's light words stay readable in the file.
        StackPane frame = new StackPane(section.chart());
        frame.setId(section.key() + "Picture");
        frame.getStyleClass().add("insights-chart-frame");
        HBox.setHgrow(frame, Priority.ALWAYS);
        HBox body = new HBox(16, frame, numbers);
        Button copy = button(section.key() + "Copy", t("insights.copy"), t("insights.copy.spoken", "what", section.what()));
        copy.setOnAction(e -> export.copy(ChartPicture.of(frame, section.title(), periodText), section.what()));
        Button save = button(section.key() + "Save", t("insights.save"), t("insights.save.spoken", "what", section.what()));
        // The days in the name: saving a second period does not overwrite the first.
        String fileName = "nudge-" + section.key() + "-" + InsightsTexts.fileDays(period) + ".png";
        save.setOnAction(e -> export.save(frame.getScene() == null ? null : frame.getScene().getWindow(),
                ChartPicture.of(frame, section.title(), periodText), section.what(), fileName));
        HBox actions = new HBox(8, copy, save);
        actions.getStyleClass().add("insights-actions");
        card.getChildren().addAll(body, actions);
        return card;
    }

    private static VBox numbers(Section section) {
        VBox numbers = new VBox(4);
        numbers.setId(section.key() + "Numbers");
        numbers.getStyleClass().add("insights-numbers");
        numbers.setMinWidth(220);
        numbers.setPrefWidth(300);
        numbers.setMaxWidth(340);
        for (Figure figure : section.figures()) {
            Label line = wrapped(figure.text());
            line.setId(figure.id());
            if (figure.isNote()) {
                line.getStyleClass().add("muted");
            }
            numbers.getChildren().add(line);
        }
        return numbers;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setFocusTraversable(false);
        return label;
    }

    private static Button button(String id, String text, String spoken) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(spoken);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
