package app.nudge.compose;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Language;
import org.junit.jupiter.api.Test;

class ZzPrintDrafts {
    @Test
    void print() throws Exception {
        StringBuilder out = new StringBuilder();
        Composer c = new Composer();
        for (Language l : Language.values()) {
            for (ActionType t : new ActionType[] {ActionType.THANK_YOU, ActionType.FOLLOW_UP, ActionType.CLOSE_OUT}) {
                Draft d = c.draft(Fixtures.acme(), Fixtures.email(t), Fixtures.JANE, null, l);
                out.append("=== ").append(l).append(' ').append(t).append(" (").append(Fixtures.words(d.body())).append(" words)\nSubject: ")
                        .append(d.subject()).append("\n\n").append(d.body()).append("\n\n");
            }
            Draft p = c.draft(Fixtures.acme(), Fixtures.action(ActionType.FOLLOW_UP, Channel.PHONE), Fixtures.JANE, null, l);
            out.append("--- voicemail ").append(l).append(" (").append(Fixtures.words(p.voicemailScript())).append(")\n").append(p.voicemailScript()).append("\n\n");
            for (String name : new String[] {"Frau Dr. Anna Schmidt", "Mme Claire Dupont", "Sr. Luis García López", "de heer Jan van der Berg", ""}) {
                Contact to = new Contact(name, "x@y", "", "", true);
                Draft g = c.draft(Fixtures.acme(), Fixtures.email(ActionType.FOLLOW_UP), Fixtures.NOBODY, null, to, l);
                out.append("greet ").append(l).append(" [").append(name).append("]: ").append(g.body().lines().findFirst().orElse(""))
                        .append(" | call: ").append(Greetings.callGreeting(to, l)).append('\n');
            }
            out.append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/compose-scratch/drafts.txt"), out);
    }
}
