package app.nudge.ui.insights;

import static app.nudge.i18n.Texts.t;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * JavaFX's own charts, made the same way for every section: no animation (a picture copied or
 * saved mid-animation would be half drawn), whole-number axes, and the text a screen reader reads.
 * Colours come from the theme's sheets ("Insights" section of nudge.css / nudge-dark.css).
 */
final class InsightsCharts {

    /** More points than this and the week axis names months rather than days. */
    static final int LONG = 40;

    private InsightsCharts() {
    }

    /** A series: its name (the legend) and its values, one per category, in order. */
    record Bars(String name, Map<String, ? extends Number> values) {
    }

    /** Bars per category; one series hides the legend, several show it. */
    static BarChart<String, Number> bars(String id, String valueLabel, String spoken, List<Bars> series) {
        CategoryAxis categories = new CategoryAxis();
        categories.setAnimated(false);
        NumberAxis values = wholeNumbers(valueLabel);
        BarChart<String, Number> chart = new BarChart<>(categories, values);
        for (Bars bars : series) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(bars.name());
            bars.values().forEach((category, value) -> s.getData().add(new XYChart.Data<>(category, value)));
            chart.getData().add(s);
        }
        chart.setLegendVisible(series.size() > 1);
        chart.setBarGap(2);
        int groups = series.isEmpty() ? 0 : series.get(0).values().size();
        chart.setCategoryGap(groups <= 3 ? 90 : series.size() > 1 ? 14 : 20); // two wide slabs read as one block
        return finish(chart, id, spoken);
    }

    /**
     * Lines over numbered points (0, 1, 2...) whose tick labels come from {@code labelOf}: a number
     * axis rather than a category one, so that a long period labels every few weeks instead of
     * crowding every week in.
     */
    static LineChart<Number, Number> lines(String id, String valueLabel, String spoken, int points,
                                           IntFunction<String> labelOf, List<Map.Entry<String, int[]>> series) {
        // Long searches label fewer, wider points ("Jun 2025"), see InsightsSections.weeks.
        NumberAxis x = new NumberAxis(0, Math.max(1, points - 1), Math.max(1, Math.ceil(points / (points > LONG ? 7.0 : 10.0))));
        x.setAutoRanging(false);
        x.setAnimated(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int i = n.intValue();
                return n.doubleValue() == i && i >= 0 && i < points ? labelOf.apply(i) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(x, wholeNumbers(valueLabel));
        for (Map.Entry<String, int[]> line : series) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(line.getKey());
            int[] values = line.getValue();
            for (int i = 0; i < values.length; i++) {
                s.getData().add(new XYChart.Data<>(i, values[i]));
            }
            chart.getData().add(s);
        }
        chart.setCreateSymbols(points <= 26);
        return finish(chart, id, spoken);
    }

    private static NumberAxis wholeNumbers(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setAnimated(false);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double d = n.doubleValue();
                return d == Math.rint(d) ? app.nudge.i18n.Texts.current().number((long) d) : ""; // no "0.5 applications"
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        return axis;
    }

    private static <C extends Chart> C finish(C chart, String id, String spoken) {
        chart.setId(id);
        chart.setAnimated(false);
        chart.getStyleClass().add("insights-chart");
        chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        chart.setAccessibleText(spoken);
        chart.setAccessibleHelp(t("insights.chart.help"));
        chart.setMinSize(280, 200);
        chart.setPrefSize(560, 250);
        return chart;
    }
}
