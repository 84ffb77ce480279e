package app.nudge.cli;

import app.nudge.exchange.JsonStyle;
import app.nudge.policy.PlannedAction;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The {@code plan --json} array of docs/command-line.md. */
final class PlanJson {

    private PlanJson() {
    }

    static void write(List<PlannedAction> plan, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonStyle.generator(out)) {
            g.writeStartArray();
            for (PlannedAction a : plan) {
                g.writeStartObject();
                g.writeStringField("applicationId", a.applicationId());
                g.writeStringField("company", a.company());
                g.writeStringField("role", a.role());
                g.writeStringField("action", a.action().name());
                g.writeStringField("channel", a.channel().name());
                if (a.recipient() == null) {
                    g.writeNullField("to");
                } else {
                    g.writeObjectFieldStart("to");
                    g.writeStringField("name", a.recipient().name());
                    g.writeStringField("email", a.recipient().email());
                    g.writeEndObject();
                }
                g.writeStringField("earliest", a.earliest().toString());
                g.writeStringField("due", a.due().toString());
                g.writeStringField("status", a.status().name());
                g.writeStringField("rule", a.rule());
                g.writeStringField("reason", a.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }
}
