package app.nudge.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.compose.Composer;
import app.nudge.compose.Warning;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's state without a window: drafts, kept edits, warnings, mail links, mark as sent. */
class ComposerViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Database database;
    private ComposerViewModel composer;
    private final List<String> mailed = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();

    private final Application panel = Application.of("acme", "Acme Corp", "Business Analyst")
            .withContacts(List.of(new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", true),
                    new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", false)))
            .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 23, 10, 0), LocalDate.of(2026, 11, 27),
                    "the move to event-driven billing", List.of("Pat Lee", "Sam Roe"))));
    private final PlannedAction thankYou = new PlannedAction("acme", "Acme Corp", "Business Analyst", ActionType.THANK_YOU,
            Channel.EMAIL, panel.contacts().get(0), TODAY, TODAY.plusDays(1), Status.DUE, "R4", "reason");

    @BeforeEach
    void setUp() {
        database = Database.openOrCreate(new DatabasePath(folder.resolve("nudge")));
        new ApplicationRepository(database).save(panel);
        ApplicationService service = new ApplicationService(() -> new ApplicationRepository(database), Runnable::run);
        composer = new ComposerViewModel(new Composer(), service, (plain, html) -> copied.add(plain + "|" + html),
                FakeMail.recording(mailed), Runnable::run, Clock.fixed(TODAY.atTime(16, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        composer.setSettings(new Settings("Jane Doe", "", "", "", "US", "STANDARD"));
        composer.applicationProperty().set(panel);
        composer.actionProperty().set(thankYou);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPanelGetsOneThankYouPerInterviewerByName() {
        assertEquals(2, composer.recipientsProperty().size());
        assertTrue(composer.bodyProperty().get().startsWith("Hi Pat,"), composer.bodyProperty().get());
        composer.recipientProperty().set(composer.recipientsProperty().get(1));
        assertTrue(composer.bodyProperty().get().startsWith("Hi Sam,"), composer.bodyProperty().get());
        assertTrue(composer.toProperty().get().contains("sam@acme.example"));
    }

    @Test
    void anEditIsKeptForThatActionUntilItIsSent() {
        composer.bodyProperty().set("My own words about the move to event-driven billing.");
        composer.applicationProperty().set(null); // another card selected...
        composer.actionProperty().set(null);
        composer.applicationProperty().set(panel); // ...and back
        composer.actionProperty().set(thankYou);
        assertEquals("My own words about the move to event-driven billing.", composer.bodyProperty().get());

        composer.markAsSent();
        List<app.nudge.domain.Event> events = new ApplicationRepository(database).find("acme").orElseThrow().events();
        assertEquals(EventType.THANK_YOU_SENT, events.get(0).type());
        assertEquals(TODAY, events.get(0).date());
        assertEquals("Pat Lee", events.get(0).recipient(), "after a panel, the note is Pat's alone");
        assertEquals("Note to Pat Lee marked as sent.", composer.statusProperty().get());
        composer.actionProperty().set(null);
        composer.actionProperty().set(thankYou);
        assertNotEquals("My own words about the move to event-driven billing.", composer.bodyProperty().get(),
                "once sent, the edit is gone");
    }

    @Test
    void theMessageIsAsAStartShowsItUntilItIsEditedOrAnotherVariantOrNoteIsChosen() {
        assertTrue(composer.asAStartShowsIt(), "Pat's note in the usual variant");
        composer.bodyProperty().set("My own words.");
        assertFalse(composer.asAStartShowsIt(), "an edit lasts this run only");
        composer.bodyProperty().set(composer.recipientProperty().get().body());
        assertTrue(composer.asAStartShowsIt(), "edited back to the draft");
        composer.recipientProperty().set(composer.recipientsProperty().get(1));
        assertFalse(composer.asAStartShowsIt(), "a start shows Pat's note first");
        composer.recipientProperty().set(composer.recipientsProperty().get(0));
        String usual = composer.variantProperty().get();
        composer.variantProperty().set(composer.variantsProperty().stream().filter(v -> !v.equals(usual)).findFirst().orElseThrow());
        assertFalse(composer.asAStartShowsIt(), "another variant than the usual one");
    }

    @Test
    void warningsFollowTheEditsAndNeverBlock() {
        assertEquals(List.of(), composer.warningsProperty().stream().map(Warning::kind).toList(), "the default draft is clean");
        composer.bodyProperty().set(composer.bodyProperty().get() + "\nPlease reply ASAP.");
        assertTrue(composer.warningsProperty().stream().anyMatch(w -> w.kind() == Warning.Kind.TONE));
    }

    @Test
    void copyAndMailHandOffTheEditedText() {
        composer.subjectProperty().set("Thanks & next steps?");
        composer.copyAll();
        assertTrue(copied.get(0).startsWith("Subject: Thanks & next steps?\n\nHi Pat,"), copied.get(0));
        assertTrue(copied.get(0).contains("<p>"), "an HTML flavour too");
        composer.openInMailApp();
        assertTrue(mailed.get(0).startsWith("mailto:pat@acme.example?subject=Thanks%20%26%20next%20steps%3F&body=Hi%20Pat"),
                mailed.get(0));
    }

    private Application stored() {
        return new ApplicationRepository(database).find("acme").orElseThrow();
    }

    @Test
    void eachPanelNoteIsMarkedOnItsOwnAndTheOthersStay() {
        assertEquals("Thank-you note to Pat Lee (1 of 2)", composer.headingProperty().get());
        composer.markAsSent();
        composer.applicationProperty().set(stored()); // the plan still says THANK_YOU (R4): Sam is to do

        assertEquals(2, composer.recipientsProperty().size(), "marking Pat's note removes no other");
        assertEquals("Sam Roe", composer.recipientProperty().get().interviewer(), "the next note still to do");
        assertEquals("Thank-you note to Sam Roe (2 of 2)", composer.headingProperty().get());
        assertTrue(composer.bodyProperty().get().startsWith("Hi Sam,"));
        assertEquals("Note to Pat Lee — done", composer.noteLabel(composer.recipientsProperty().get(0)));
        assertEquals("Note to Sam Roe", composer.noteLabel(composer.recipientsProperty().get(1)));

        composer.recipientProperty().set(composer.recipientsProperty().get(0));
        assertTrue(composer.noteDoneProperty().get());
        composer.markAsSent();
        assertEquals(1, stored().events().size(), "a note already sent is not recorded twice");

        composer.recipientProperty().set(composer.recipientsProperty().get(1));
        composer.skipNote();
        assertEquals(List.of("Pat Lee", "Sam Roe"), stored().events().stream().map(app.nudge.domain.Event::recipient).toList());
        assertEquals(List.of(EventType.THANK_YOU_SENT, EventType.SKIPPED),
                stored().events().stream().map(app.nudge.domain.Event::type).toList());
        assertEquals("Note to Sam Roe skipped.", composer.statusProperty().get());
    }

    @Test
    void anInterviewerWithoutAnAddressIsWarnedAbout() {
        Application noEmail = panel.withContacts(List.of(panel.contacts().get(0)));
        composer.applicationProperty().set(noEmail);
        composer.recipientProperty().set(composer.recipientsProperty().get(1));

        assertEquals("Sam Roe — no email address on record", composer.toProperty().get());
        assertTrue(composer.warningsProperty().stream().anyMatch(w -> w.kind() == Warning.Kind.NO_ADDRESS
                && w.message().contains("Sam Roe")), composer.warningsProperty().toString());
    }

    @Test
    void anEmptyNameIsWarnedAboutWhileItIsEmpty() {
        composer.setSettings(Settings.defaults());
        assertTrue(composer.warningsProperty().stream().anyMatch(w -> w.message()
                .equals("Your name is empty: the message ends without it — set it in Settings")));
        composer.setSettings(new Settings("Jane Doe", "", "", "", "US", "STANDARD"));
        assertTrue(composer.warningsProperty().stream().noneMatch(w -> w.kind() == Warning.Kind.NO_NAME));
    }

    @Test
    void theStatusLineBelongsToItsCard() {
        composer.copyAll();
        assertEquals("Subject and message copied.", composer.statusProperty().get());
        composer.applicationProperty().set(stored()); // the same card, newer data: the line stays
        assertEquals("Subject and message copied.", composer.statusProperty().get());

        composer.applicationProperty().set(Application.of("other", "Globex", "Analyst"));
        assertEquals("", composer.statusProperty().get(), "another card selected");
    }

    @Test
    void aMailAppThatCannotOpenIsSaidAndTheMessageIsCopiedInstead() {
        ComposerViewModel failing = new ComposerViewModel(new Composer(),
                new ApplicationService(() -> new ApplicationRepository(database), Runnable::run),
                (plain, html) -> copied.add(plain), FakeMail.failing(mailed, "no mail app is set up for email links"),
                Runnable::run, Clock.fixed(TODAY.atTime(16, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        failing.applicationProperty().set(panel);
        failing.actionProperty().set(thankYou);

        failing.openInMailApp().join();

        assertEquals(1, mailed.size(), "it was tried");
        assertEquals("Could not open a mail app (no mail app is set up for email links): the message is copied"
                + " instead — paste it into a new email.", failing.statusProperty().get());
        assertTrue(copied.get(0).startsWith("Subject: Business Analyst interview – thank you\n\nHi Pat,"), copied.toString());
    }

    @Test
    void aThankYouPastItsWindowIsDraftedAsLateAndSaysHowLate() {
        Application longAgo = panel.withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 10, 16, 10, 0),
                null, "the move to event-driven billing", List.of("Pat Lee"))));
        composer.applicationProperty().set(longAgo);
        composer.actionProperty().set(new PlannedAction("acme", "Acme Corp", "Business Analyst", ActionType.THANK_YOU,
                Channel.EMAIL, panel.contacts().get(0), LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 17),
                Status.OVERDUE, "R4", "reason"));

        assertEquals("late", composer.variantProperty().get());
        assertTrue(composer.bodyProperty().get().contains("Friday, October 16"), composer.bodyProperty().get());
        assertTrue(composer.warningsProperty().stream().anyMatch(w -> w.kind() == Warning.Kind.LATE
                && w.message().contains("38 days ago")), composer.warningsProperty().toString());
    }
}
