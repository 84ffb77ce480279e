package app.nudge.cli;

import app.nudge.domain.Channel;
import app.nudge.exchange.JsonStyle;
import app.nudge.insights.Count;
import app.nudge.insights.DaySpread;
import app.nudge.insights.FollowUpFigures;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.Week;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;

/**
 * The {@code insights --json} object (docs/insights.md): the keys of issue 16 first, in its order,
 * then the extra ones (closed without answer, withdrawn, windows, spreads, weeks, the period).
 */
final class InsightsJson {

    private InsightsJson() {
    }

    static void write(InsightsReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonStyle.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("applications", report.funnel().applications());
            g.writeNumberField("interviewed", report.funnel().interviewed());
            g.writeNumberField("offers", report.funnel().offers());
            g.writeNumberField("rejections", report.funnel().rejections());
            g.writeNumberField("open", report.funnel().open());
            writeFollowUps(g, report.followUps());
            g.writeObjectFieldStart("thankYous");
            g.writeNumberField("sent", report.thankYous().sent());
            g.writeNumberField("onTime", report.thankYous().onTime());
            g.writeEndObject();
            g.writeNumberField("closedWithoutAnswer", report.funnel().closedWithoutAnswer());
            g.writeNumberField("withdrawn", report.funnel().withdrawn());
            g.writeObjectFieldStart("daysToDecision");
            writeSpread(g, "all", report.decisions().all());
            writeSpreads(g, "byPreset", report.decisions().byPreset());
            writeSpreads(g, "byCountry", report.decisions().byCountry());
            g.writeEndObject();
            g.writeArrayFieldStart("weeks");
            for (Week week : report.weeks()) {
                g.writeStartObject();
                g.writeStringField("monday", week.monday().toString());
                g.writeNumberField("interviews", week.interviews());
                g.writeNumberField("messagesSent", week.messagesSent());
                g.writeNumberField("answersReceived", week.answersReceived());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("dueNextWeek", report.dueNextWeek().size());
            writeDate(g, "from", report.period().from());
            writeDate(g, "to", report.period().to());
            writeDate(g, "today", report.today());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeFollowUps(JsonGenerator g, FollowUpFigures f) throws IOException {
        g.writeObjectFieldStart("followUps");
        g.writeNumberField("sent", f.sent());
        g.writeNumberField("answered", f.answered());
        writeNumberOrNull(g, "medianDaysToAnswer", f.medianDaysToAnswer());
        g.writeObjectFieldStart("byAttempt");
        for (Map.Entry<Integer, Count> attempt : f.byAttempt().entrySet()) {
            writeCount(g, Integer.toString(attempt.getKey()), attempt.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byChannel");
        for (Channel channel : Channel.values()) {
            writeCount(g, channel.name(), f.byChannel().getOrDefault(channel, Count.NONE));
        }
        g.writeEndObject();
        writeCount(g, "inWindow", f.inWindow());
        writeCount(g, "late", f.late());
        writeCount(g, "noWindow", f.noWindow());
        writeSpread(g, "daysToAnswer", f.daysToAnswer());
        g.writeEndObject();
    }

    private static void writeCount(JsonGenerator g, String name, Count count) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("sent", count.sent());
        g.writeNumberField("answered", count.answered());
        g.writeEndObject();
    }

    private static void writeSpreads(JsonGenerator g, String name, Map<String, DaySpread> spreads) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, DaySpread> entry : spreads.entrySet()) {
            writeSpread(g, entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
    }

    private static void writeSpread(JsonGenerator g, String name, DaySpread spread) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("count", spread.count());
        writeNumberOrNull(g, "min", spread.min() == null ? null : spread.min().doubleValue());
        writeNumberOrNull(g, "lowerQuartile", spread.lowerQuartile());
        writeNumberOrNull(g, "median", spread.median());
        writeNumberOrNull(g, "upperQuartile", spread.upperQuartile());
        writeNumberOrNull(g, "max", spread.max() == null ? null : spread.max().doubleValue());
        g.writeEndObject();
    }

    /** Whole numbers without ".0" (2, not 2.0), halves as they are (0.5); null as null. */
    private static void writeNumberOrNull(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else if (value == Math.rint(value)) {
            g.writeNumberField(name, value.longValue());
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static void writeDate(JsonGenerator g, String name, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, date.toString());
        }
    }
}
