package app.nudge.ui.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.MatchKind;
import app.nudge.replies.ReplyKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The waiting list and the three ways in, with a synchronous "background" and UI. */
class RepliesViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Application ACME = Application.of("acme", "Acme Corp", "Backend Developer");
    static final Application GLOBEX = Application.of("globex", "Globex", "Analyst");

    private final FakeProposer proposer = new FakeProposer(TODAY);
    private final List<String> ran = new ArrayList<>();
    private final Executor background = job -> {
        ran.add("background");
        job.run();
    };
    private final Executor ui = job -> {
        ran.add("ui");
        job.run();
    };

    private RepliesViewModel model(java.util.function.Function<Path, IncomingMessage> reader) {
        return new RepliesViewModel(reader, proposer, () -> List.of(ACME, GLOBEX), background, ui);
    }

    static IncomingMessage mail(String subject, String text, IncomingMessage.Source source) {
        return new IncomingMessage(subject, "dana@acme.example", "Dana Lee",
                ZonedDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneId.of("America/New_York")), text, Map.of(), source);
    }

    @Test
    void pastedTextIsProposedInTheBackgroundAndWaitsWithACount() {
        RepliesViewModel model = model(path -> { throw new AssertionError("no file"); });
        List<WaitingReply> added = model.paste("Thanks from Acme Corp. We expect a decision by 2026-12-04.").join();

        assertEquals(1, added.size());
        assertEquals(List.of("background", "ui"), ran, "proposed in the background, applied on the UI");
        assertEquals("pasted", added.get(0).origin());
        assertEquals(IncomingMessage.Source.PASTED, proposer.seen.get(0).source());
        assertEquals(List.copyOf(model.waitingProperty()), added);
        assertEquals("1 reply to review", model.countTextProperty().get());
        model.paste("Acme Corp again").join();
        assertEquals("2 replies to review", model.countTextProperty().get());
        model.remove(added.get(0));
        assertEquals("1 reply to review", model.countTextProperty().get());
    }

    @Test
    void blankPasteSaysSoAndProposesNothing() {
        RepliesViewModel model = model(path -> { throw new AssertionError("no file"); });
        assertTrue(model.paste("  \n ").join().isEmpty());
        assertTrue(proposer.seen.isEmpty());
        assertEquals("Paste the reply's text first.", model.problemProperty().get());
    }

    @Test
    void aBadFileGivesOneLineNamingItAndTheOthersStillWait() {
        RepliesViewModel model = model(path -> {
            if (path.getFileName().toString().startsWith("bad")) {
                throw new IllegalArgumentException("not an email: no headers and no text\n(second line never shown)");
            }
            return mail("Re: Backend Developer at Acme Corp", "Unfortunately we went with someone else.",
                    IncomingMessage.Source.FILE);
        });
        List<WaitingReply> added = model.openFiles(List.of(Path.of("/tmp/one.eml"), Path.of("/tmp/bad.msg"),
                Path.of("/tmp/two.eml"))).join();

        assertEquals(2, added.size());
        assertEquals(List.of("one.eml", "two.eml"), added.stream().map(WaitingReply::origin).toList());
        assertEquals(ReplyKind.REJECTION_RECEIVED, added.get(0).proposal().reading().kind());
        assertEquals("bad.msg: not an email: no headers and no text", model.problemProperty().get());
        assertEquals("2 replies to review", model.countTextProperty().get());
    }

    @Test
    void aProposerThatFailsIsOneLineWithoutTheExceptionsWords() {
        RepliesViewModel model = new RepliesViewModel(path -> mail("s", "t", IncomingMessage.Source.FILE),
                (m, all) -> { throw new UnsupportedOperationException("reader branch (ReadingContext[...])"); },
                () -> List.of(ACME), background, ui);
        assertTrue(model.openFiles(List.of(Path.of("x.eml"))).join().isEmpty());
        String problem = model.problemProperty().get();
        assertTrue(problem.startsWith("x.eml: "), problem);
        assertTrue(!problem.contains("Exception") && !problem.contains("ReadingContext"), problem);
    }

    @Test
    void watchedMessagesThatFitNothingOrAreNoRepliesAreLeftOutAndNoneWaitsTwice() {
        RepliesViewModel model = model(path -> { throw new AssertionError("no file"); });
        IncomingMessage fits = mail("Acme Corp", "We expect a decision by 2026-12-04.", IncomingMessage.Source.INBOX);
        IncomingMessage fitsNothing = mail("Newsletter", "Ten tips for your CV.", IncomingMessage.Source.INBOX);
        model.offer(List.of(fits, fitsNothing));
        model.offer(List.of(fits)); // the next poll sees it again

        assertEquals(1, model.waitingProperty().size());
        WaitingReply waiting = model.waitingProperty().get(0);
        assertEquals("inbox", waiting.origin());
        assertEquals(MatchKind.COMPANY, waiting.proposal().match().kind());
        assertEquals("1 reply to review", model.countTextProperty().get());
    }

    @Test
    void pastedTextThatFitsNothingStillWaits() {
        RepliesViewModel model = model(path -> { throw new AssertionError("no file"); });
        List<WaitingReply> added = model.paste("Hello from a company you never logged.").join();
        assertEquals(MatchKind.NONE, added.get(0).proposal().match().kind());
        assertEquals(1, model.waitingProperty().size());
    }
}
