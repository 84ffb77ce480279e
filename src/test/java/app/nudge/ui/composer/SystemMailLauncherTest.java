package app.nudge.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.nudge.compose.Mailto;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real launcher refuses what no mail app could take, without starting anything. */
class SystemMailLauncherTest {

    @Test
    void aLinkTooLongForAMailAppIsReportedNotLaunched() {
        List<Runnable> started = new ArrayList<>();
        SystemMailLauncher launcher = new SystemMailLauncher(started::add);

        MailLauncher.Outcome outcome = launcher.open(Mailto.build("pat@acme.example", "Hi", "word ".repeat(2_000)))
                .toCompletableFuture().join();

        assertFalse(outcome.ok());
        assertEquals("the message is too long for a mail link", outcome.problem());
        assertEquals(List.of(), started, "nothing was launched");
    }
}
