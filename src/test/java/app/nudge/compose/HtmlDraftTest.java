package app.nudge.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlDraftTest {

    @Test
    void paragraphsLineBreaksAndEscapes() {
        String body = "Hi Pat,\r\n\r\nR&D <team> said \"yes\".\n\n\nBest regards,\nJane Doe\n+1 555 0100\n";

        assertEquals("<p>Hi Pat,</p>\n"
                + "<p>R&amp;D &lt;team&gt; said &quot;yes&quot;.</p>\n"
                + "<p>Best regards,<br>Jane Doe<br>+1 555 0100</p>", HtmlDraft.toHtml(body));
    }

    @Test
    void emptyBodyGivesNothing() {
        assertEquals("", HtmlDraft.toHtml(" \n "));
    }
}
