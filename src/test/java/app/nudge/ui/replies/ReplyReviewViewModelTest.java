package app.nudge.ui.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.EventType;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.MatchKind;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyMatch;
import app.nudge.replies.ReplyProposal;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One proposal under review: the choices, the checks, and Accept as one undoable change. */
class ReplyReviewViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private ApplicationRepository repository;
    private ApplicationService service;
    private final FakeProposer proposer = new FakeProposer(RepliesViewModelTest.TODAY);
    private final List<Application> all = List.of(RepliesViewModelTest.ACME, RepliesViewModelTest.GLOBEX);

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        repository = new ApplicationRepository(database);
        service = new ApplicationService(() -> repository, Runnable::run);
        service.saveAll("seed", all).join();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ReplyReviewViewModel review(String subject, String text) {
        ReplyProposal proposal = proposer.propose(RepliesViewModelTest.mail(subject, text, IncomingMessage.Source.FILE), all);
        return new ReplyReviewViewModel(new WaitingReply(proposal, "reply.eml"), all, service, Runnable::run);
    }

    @Test
    void acceptRecordsTheEditedReplyAsOneUndoableChangeNamedForTheCompany() {
        ReplyReviewViewModel review = review("Acme Corp", "Thank you. We expect a decision by 2026-12-04.");
        assertEquals(RepliesViewModelTest.ACME, review.applicationProperty().get());
        assertFalse(review.picksApplication());
        assertEquals("Decision expected by", review.namedDateLabelProperty().get());
        review.namedDateProperty().set(LocalDate.of(2026, 12, 11)); // the user corrects the date

        Application stored = review.accept().join();

        assertEquals(EventType.REPLY_RECEIVED, stored.events().get(0).type());
        assertEquals(LocalDate.of(2026, 11, 20), stored.events().get(0).date());
        assertEquals(LocalDate.of(2026, 12, 11), stored.events().get(0).newDecisionBy());
        assertEquals("Acme Corp", stored.events().get(0).note());
        assertEquals(stored, review.recordedProperty().get());
        assertEquals("Reply from Acme Corp recorded", service.undo().join().label());
        assertTrue(repository.find("acme").orElseThrow().events().isEmpty(), "undo takes it back");
    }

    @Test
    void aRoundChosenWithoutItsDayIsRefusedNotRecordedAsSomethingElse() {
        // A trial chose "another round", left its day empty, and got a plain reply recorded.
        ReplyReviewViewModel review = review("Acme Corp", "Thanks for your patience.");
        review.kindProperty().set(ReplyKind.NEXT_ROUND);
        review.namedDateProperty().set(null);

        assertTrue(review.accept().isCompletedExceptionally());
        assertEquals("Round on: type the day of the round.", review.errorProperty().get());
        assertTrue(repository.find("acme").orElseThrow().events().isEmpty());
        assertTrue(repository.find("acme").orElseThrow().interviews().isEmpty());
    }

    @Test
    void nothingIsStoredBeforeAccept() {
        ReplyReviewViewModel review = review("Acme Corp", "We expect a decision by 2026-12-04.");
        review.kindProperty().set(ReplyKind.OFFER_RECEIVED);
        review.namedDateProperty().set(LocalDate.of(2027, 1, 1));
        assertTrue(repository.find("acme").orElseThrow().events().isEmpty());
    }

    @Test
    void anAmbiguousMatchOffersItsCandidatesAndRefusesUntilOneIsPicked() {
        ReplyReviewViewModel review = review("Acme Corp and Globex", "Unfortunately we chose another candidate.");
        assertEquals(MatchKind.AMBIGUOUS, review.reply().proposal().match().kind());
        assertTrue(review.picksApplication());
        assertEquals(all, review.choices());
        assertNull(review.applicationProperty().get());
        assertTrue(review.accept().isCompletedExceptionally());
        assertEquals("Application: pick the application this reply is about.", review.errorProperty().get());
        assertTrue(repository.find("acme").orElseThrow().events().isEmpty());

        review.applicationProperty().set(RepliesViewModelTest.GLOBEX);
        Application stored = review.accept().join();
        assertEquals("globex", stored.id());
        assertEquals(EventType.REJECTION_RECEIVED, stored.events().get(0).type());
    }

    @Test
    void noMatchOffersEveryApplicationAndANewOneWithTheCompanyGuessed() {
        ReplyReviewViewModel review = review("Hello", "Thanks for applying to Initech.");
        assertTrue(review.offersNewApplication());
        assertEquals(all, review.choices());
        assertEquals("Acme", review.companyGuess()); // from dana@acme.example
        Application created = Application.of("initech", "Initech", "Engineer");
        review.useNewApplication(created);
        assertEquals(created, review.applicationProperty().get());
        assertEquals(created, review.choices().get(0));
    }

    @Test
    void checkBackNeedsItsDayAndANextRoundItsTime() {
        ReplyReviewViewModel review = review("Acme Corp", "Let's talk.");
        review.kindProperty().set(ReplyKind.CHECK_BACK_AGREED);
        review.namedDateProperty().set(null);
        assertTrue(review.acceptance().isEmpty());
        assertEquals("Check back on: type the day you agreed to check back.", review.errorProperty().get());

        review.kindProperty().set(ReplyKind.NEXT_ROUND);
        assertTrue(review.timeShownProperty().get());
        review.namedDateProperty().set(LocalDate.of(2026, 12, 2));
        review.namedTimeProperty().set("half past");
        assertTrue(review.acceptance().isEmpty());
        assertTrue(review.errorProperty().get().startsWith("Time: cannot read"));
        review.namedTimeProperty().set("2:30 pm");
        Application stored = review.accept().join();
        assertEquals(LocalDateTime.of(LocalDate.of(2026, 12, 2), LocalTime.of(14, 30)), stored.interviews().get(0).endedAt());
    }

    @Test
    void notAReplyRecordsNothing() {
        ReplyReviewViewModel review = review("Acme Corp", "I am out of the office.");
        review.kindProperty().set(ReplyKind.NOT_A_REPLY);
        assertFalse(review.namedDateShownProperty().get());
        assertNull(review.accept().join());
        assertTrue(repository.find("acme").orElseThrow().events().isEmpty());
    }
}
