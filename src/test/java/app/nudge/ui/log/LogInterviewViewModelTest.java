package app.nudge.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.service.ApplicationService;
import app.nudge.service.InvalidApplicationException;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form's rules without a window: defaults, quick dates, validation, both save modes, on a real H2 file. */
class LogInterviewViewModelTest {

    /** Monday 16 Nov 2026, 15:05. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 16, 15, 5);

    @TempDir
    Path folder;

    private Database database;
    private ApplicationRepository repository;
    private ApplicationService service;

    @BeforeEach
    void openStore() {
        database = TempDatabase.open(folder);
        repository = new ApplicationRepository(database);
        service = new ApplicationService(() -> repository, Runnable::run);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    static Clock clockAt(LocalDateTime time) {
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private LogInterviewViewModel form(LocalDateTime now, Optional<Application> existing, List<Application> all) {
        return new LogInterviewViewModel(service, clockAt(now), Runnable::run, existing, all);
    }

    private LogInterviewViewModel newForm() {
        return form(NOW, Optional.empty(), List.of());
    }

    /** An application with one round, two contacts and two events, as stored before this round. */
    static Application existingAcme() {
        return new Application("acme-corp-business-analyst", "Acme Corp", "Business Analyst", "US",
                LocalDate.of(2026, 11, 2), "", "", "", true, false, "Applied via referral",
                List.of(new Contact("Pat Lee", "pat@acme.example", "+1 555 0101", "Hiring Manager", true),
                        new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", false)),
                List.of(new InterviewRound(LocalDateTime.of(2026, 11, 9, 11, 0), LocalDate.of(2026, 11, 13),
                        "their billing migration", List.of("Pat Lee"))),
                List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 9)),
                        Event.reply(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 16))));
    }

    private static Application stored(CompletableFuture<Application> future) throws Exception {
        assertTrue(future.isDone(), "a synchronous store completes at once");
        return future.get();
    }

    private static Throwable failure(CompletableFuture<Application> future) {
        assertTrue(future.isCompletedExceptionally(), "the save is refused");
        try {
            future.get();
            throw new AssertionError("unreachable");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void fillValid(LogInterviewViewModel vm) {
        vm.companyProperty().set("Acme Corp");
        vm.roleProperty().set("Business Analyst");
        InterviewerRow pat = vm.interviewers().get(0);
        pat.nameProperty().set("Pat Lee");
        pat.emailProperty().set("pat@acme.example");
        pat.titleProperty().set("Hiring Manager");
    }

    // ---- defaults and quick dates --------------------------------------------------------------

    /** The default end is the last quarter hour begun: never in the future (at 01:56 it says 01:45, not 02:00). */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "2026-11-16T14:07, 2026-11-16, 14:00",
            "2026-11-16T14:08, 2026-11-16, 14:00",
            "2026-11-16T14:15, 2026-11-16, 14:15",
            "2026-11-16T14:52:30, 2026-11-16, 14:45",
            "2026-11-17T01:56, 2026-11-17, 01:45",
            "2026-11-16T23:59, 2026-11-16, 23:45"})
    void endedAtDefaultsToTheLastQuarterHourBegun(LocalDateTime now, LocalDate day, String time) {
        LogInterviewViewModel vm = form(now, Optional.empty(), List.of());
        assertEquals(day, vm.endedDateProperty().get());
        assertEquals(time, vm.endedTimeProperty().get());
        assertFalse(day.atTime(java.time.LocalTime.parse(time)).isAfter(now), "the default end is not in the future");
    }

    @ParameterizedTest(name = "said on {0}: by Friday {1}, end of next week {2}, in two weeks {3}")
    @CsvSource({
            "2026-11-16, 2026-11-20, 2026-11-27, 2026-11-30", // Monday
            "2026-11-19, 2026-11-20, 2026-11-27, 2026-12-03", // Thursday
            "2026-11-20, 2026-11-27, 2026-11-27, 2026-12-04", // Friday: "by Friday" is a week later, not today
            "2026-11-21, 2026-11-27, 2026-11-27, 2026-12-05", // Saturday: the coming Friday
            "2026-11-22, 2026-11-27, 2026-11-27, 2026-12-06"})  // Sunday: next week starts tomorrow
    void quickDecisionDates(LocalDate today, LocalDate byFriday, LocalDate endOfNextWeek, LocalDate twoWeeks) {
        LogInterviewViewModel vm = form(today.atTime(10, 0), Optional.empty(), List.of());
        vm.chooseByFriday();
        assertEquals(byFriday, vm.decisionDateProperty().get());
        vm.chooseEndOfNextWeek();
        assertEquals(endOfNextWeek, vm.decisionDateProperty().get());
        vm.chooseInTwoWeeks();
        assertEquals(twoWeeks, vm.decisionDateProperty().get());
        vm.chooseNoDate();
        assertNull(vm.decisionDateProperty().get());
    }

    @Test
    void quickDatesCountFromTheDayTheInterviewEndedWhenLoggedLater() {
        LogInterviewViewModel vm = form(LocalDateTime.of(2026, 11, 23, 9, 0), Optional.empty(), List.of());
        vm.endedDateProperty().set(LocalDate.of(2026, 11, 18)); // logged on Monday for last Wednesday
        vm.chooseByFriday();
        assertEquals(LocalDate.of(2026, 11, 20), vm.decisionDateProperty().get());
        vm.chooseInTwoWeeks();
        assertEquals(LocalDate.of(2026, 12, 2), vm.decisionDateProperty().get());
    }

    @ParameterizedTest
    @CsvSource({"14:30, 14:30", "1430, 14:30", "9.05, 09:05", "930, 09:30", "9, 09:00", "2:30 pm, 14:30",
            "12am, 00:00", "12 PM, 12:00", "7h15, 07:15"})
    void readsCommonWaysOfWritingATime(String text, LocalTime expected) {
        assertEquals(Optional.of(expected), TimeText.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"24:00", "14:60", "13pm", "noon", "''", "1:2"})
    void refusesWhatIsNoTime(String text) {
        assertEquals(Optional.empty(), TimeText.parse(text));
    }

    // ---- interviewers --------------------------------------------------------------------------

    @Test
    void atMostOneInterviewerIsTheContactForUpdates() {
        LogInterviewViewModel vm = newForm();
        InterviewerRow first = vm.interviewers().get(0);
        assertTrue(first.contactForUpdatesProperty().get(), "a new application's first line is the contact");
        InterviewerRow second = vm.addInterviewer();
        InterviewerRow third = vm.addInterviewer();
        assertFalse(second.contactForUpdatesProperty().get());

        second.contactForUpdatesProperty().set(true);
        assertFalse(first.contactForUpdatesProperty().get());
        assertFalse(third.contactForUpdatesProperty().get());

        vm.currentInterviewerProperty().set(second);
        vm.removeInterviewer();
        assertEquals(List.of(first, third), List.copyOf(vm.interviewers()));
        assertTrue(first.contactForUpdatesProperty().get(), "removing the contact hands the mark to the first line");
    }

    // ---- saving a new application --------------------------------------------------------------

    @Test
    void savesANewApplicationWithRoundContactsFlagsAndTalkingPoint() throws Exception {
        LogInterviewViewModel vm = newForm();
        fillValid(vm);
        InterviewerRow sam = vm.addInterviewer();
        sam.nameProperty().set("Sam Roe");
        sam.titleProperty().set("Recruiter");
        sam.contactForUpdatesProperty().set(true);
        vm.chooseByFriday();
        vm.mayCallProperty().set(true);
        vm.knownDelayProperty().set(true);
        vm.talkingPointProperty().set("  their move to event-driven billing ");
        vm.notesProperty().set("Bring the portfolio next time.");

        Application saved = stored(vm.save());

        Application loaded = repository.find("acme-corp-business-analyst").orElseThrow();
        assertEquals(saved, loaded);
        assertEquals(saved, vm.savedProperty().get());
        assertEquals("Acme Corp", loaded.company());
        assertEquals("Business Analyst", loaded.role());
        assertEquals(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0), LocalDate.of(2026, 11, 20),
                "their move to event-driven billing", List.of("Pat Lee", "Sam Roe"))), loaded.interviews());
        assertEquals(List.of(new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", false),
                new Contact("Sam Roe", "", "", "Recruiter", true)), loaded.contacts());
        assertTrue(loaded.mayCall());
        assertTrue(loaded.knownDelay());
        assertEquals("Bring the portfolio next time.", loaded.notes());
        assertEquals(List.of(), loaded.events());
        assertFalse(vm.savingProperty().get());
    }

    @Test
    void blankInterviewerLinesAreIgnored() throws Exception {
        LogInterviewViewModel vm = newForm();
        vm.companyProperty().set("Acme Corp");
        vm.roleProperty().set("Business Analyst");
        vm.addInterviewer();

        Application saved = stored(vm.save());

        assertEquals(List.of(), saved.contacts());
        assertEquals(List.of(), saved.interviews().get(0).interviewers());
    }

    @Test
    void aNewIdThatIsTakenGetsASuffix() throws Exception {
        repository.save(Application.of("acme-corp-business-analyst", "Acme Corp.", "Business Analyst"));
        LogInterviewViewModel vm = form(NOW, Optional.empty(), repository.findAll());
        vm.companyProperty().set("Acme Corp");
        vm.roleProperty().set("Business Analyst");
        assertEquals("", vm.matchNoteProperty().get(), "'Acme Corp.' is another company than 'Acme Corp'");

        Application saved = stored(vm.save());

        assertEquals("acme-corp-business-analyst-2", saved.id());
        assertEquals(2, repository.count());
    }

    @Test
    void theIdIsCheckedAgainstTheStoreNotOnlyTheListTheFormWasGiven() throws Exception {
        LogInterviewViewModel vm = newForm(); // opened with an empty list...
        repository.save(Application.of("acme-corp-business-analyst", "Acme Corp.", "Business Analyst")); // ...stored meanwhile
        fillValid(vm);

        assertEquals("acme-corp-business-analyst-2", stored(vm.save()).id());
        assertEquals("Acme Corp.", repository.find("acme-corp-business-analyst").orElseThrow().company());
    }

    // ---- validation ----------------------------------------------------------------------------

    @Test
    void missingCompanyAndRoleAreShownAndNothingIsStored() {
        LogInterviewViewModel vm = newForm();
        vm.companyProperty().set("   ");

        Throwable error = failure(vm.save());

        assertInstanceOf(InvalidApplicationException.class, error);
        assertEquals("Enter the company.", vm.errorProperty(FormField.COMPANY).get());
        assertEquals("Enter the role.", vm.errorProperty(FormField.ROLE).get());
        assertEquals(Optional.of(FormField.COMPANY), vm.firstInvalidField());
        assertEquals(0, repository.count());
    }

    @Test
    void aBadEmailIsShownOnItsLine() {
        LogInterviewViewModel vm = newForm();
        fillValid(vm);
        InterviewerRow second = vm.addInterviewer();
        second.nameProperty().set("Sam Roe");
        second.emailProperty().set("sam(at)acme");

        failure(vm.save());

        assertEquals("Not an email address: sam(at)acme", second.errorProperty().get());
        assertEquals("", vm.interviewers().get(0).errorProperty().get());
        assertEquals("Check interviewer 2: Not an email address: sam(at)acme", vm.errorProperty(FormField.INTERVIEWERS).get());
        assertEquals(0, repository.count());
    }

    @Test
    void aBadEmailOnALaterRoundPointsAtTheRightLineAfterTheMerge() {
        Application acme = existingAcme();
        repository.save(acme);
        LogInterviewViewModel vm = form(NOW, Optional.of(acme), List.of(acme));
        InterviewerRow alex = vm.addInterviewer();
        alex.nameProperty().set("Alex Kim");
        InterviewerRow pat = vm.addInterviewer();
        pat.nameProperty().set("pat lee");
        pat.emailProperty().set("pat@@acme");

        failure(vm.save());

        assertEquals("", alex.errorProperty().get());
        assertEquals("Not an email address: pat@@acme", pat.errorProperty().get());
        assertEquals(acme, repository.find(acme.id()).orElseThrow());
    }

    @Test
    void aLineWithoutANameIsRefused() {
        LogInterviewViewModel vm = newForm();
        fillValid(vm);
        InterviewerRow nameless = vm.addInterviewer();
        nameless.emailProperty().set("someone@acme.example");

        failure(vm.save());

        assertEquals("Add a name, or clear this line.", nameless.errorProperty().get());
        assertEquals(0, repository.count());
    }

    @Test
    void aDecisionDateBeforeTheInterviewIsShownAtTheDecisionDate() {
        LogInterviewViewModel vm = newForm();
        fillValid(vm);
        vm.decisionDateProperty().set(LocalDate.of(2026, 11, 13));

        failure(vm.save());

        assertEquals("The decision date is before the interview (Mon 16 Nov 2026).",
                vm.errorProperty(FormField.DECISION_DATE).get());
        assertEquals(0, repository.count());
    }

    @Test
    void aRoundMayNotEndMoreThanAnHourFromNowUnlessScheduled() throws Exception {
        LogInterviewViewModel vm = newForm(); // now is 15:05
        fillValid(vm);
        vm.endedTimeProperty().set("16:06");

        failure(vm.save());

        assertEquals(FormCheck.tooFarAhead(), vm.errorProperty(FormField.ENDED_DATE).get());
        assertEquals(0, repository.count());

        vm.endedTimeProperty().set("16:05"); // exactly an hour ahead is still fine
        assertEquals("", vm.errorProperty(FormField.ENDED_DATE).get(), "problems update live after a refused save");

        vm.endedDateProperty().set(LocalDate.of(2026, 11, 24));
        vm.endedTimeProperty().set("10:00");
        assertEquals(FormCheck.tooFarAhead(), vm.errorProperty(FormField.ENDED_DATE).get());
        vm.scheduledProperty().set(true);
        assertEquals("", vm.errorProperty(FormField.ENDED_DATE).get());

        Application saved = stored(vm.save());
        assertEquals(LocalDateTime.of(2026, 11, 24, 10, 0), saved.interviews().get(0).endedAt());
        assertEquals(1, repository.count());
    }

    @Test
    void anUnreadableTimeIsShownAtTheTime() {
        LogInterviewViewModel vm = newForm();
        fillValid(vm);
        vm.endedTimeProperty().set("half past three");
        vm.decisionDateProperty().set(LocalDate.of(2026, 11, 1)); // cannot be judged without the end

        failure(vm.save());

        assertEquals("Enter a time like 14:30.", vm.errorProperty(FormField.ENDED_TIME).get());
        assertEquals("", vm.errorProperty(FormField.DECISION_DATE).get());
        assertEquals(0, repository.count());
    }

    @Test
    void tooLongNotesAreShownAtTheNotes() {
        LogInterviewViewModel vm = newForm();
        fillValid(vm);
        vm.notesProperty().set("x".repeat(20_001));

        failure(vm.save());

        assertEquals("Longer than 20000 characters", vm.errorProperty(FormField.NOTES).get());
        assertEquals(0, repository.count());
    }

    /** The years the import keeps (FieldLimits) hold for the form too, shown at the field typed. */
    @Test
    void aYearOutsideTheKeptRangeIsShownAtItsDate() {
        LogInterviewViewModel vm = newForm();
        fillValid(vm);
        vm.endedDateProperty().set(LocalDate.of(1850, 11, 16));

        failure(vm.save());

        assertEquals("The year must be between 1900 and 2999", vm.errorProperty(FormField.ENDED_DATE).get());
        assertEquals("", vm.errorProperty(FormField.FORM).get());
        vm.endedDateProperty().set(LocalDate.of(2026, 11, 16));
        vm.decisionDateProperty().set(LocalDate.of(3026, 11, 16));

        failure(vm.save());

        assertEquals("The year must be between 1900 and 2999", vm.errorProperty(FormField.DECISION_DATE).get());
        assertEquals(0, repository.count());
    }

    // ---- a later round -------------------------------------------------------------------------

    @Test
    void aLaterRoundIsAppendedContactsMergedAndEarlierEventsKept() throws Exception {
        Application acme = existingAcme();
        repository.save(acme);
        LogInterviewViewModel vm = form(NOW, Optional.of(acme), List.of(acme));
        assertTrue(vm.isIdentityLocked());
        assertEquals("Acme Corp", vm.companyProperty().get());
        assertEquals("Business Analyst", vm.roleProperty().get());
        assertTrue(vm.mayCallProperty().get(), "flags start as stored");
        assertEquals("Applied via referral", vm.notesProperty().get());
        assertEquals("Add a later round", vm.titleProperty().get());
        assertTrue(vm.interviewers().isEmpty(), "a later round starts without lines");

        InterviewerRow pat = vm.addInterviewer();
        pat.nameProperty().set("pat lee ");
        pat.titleProperty().set("Director of Finance");
        InterviewerRow alex = vm.addInterviewer();
        alex.nameProperty().set("Alex Kim");
        alex.emailProperty().set("alex@acme.example");
        alex.contactForUpdatesProperty().set(true);
        vm.mayCallProperty().set(false);
        vm.knownDelayProperty().set(true);
        vm.talkingPointProperty().set("the team's on-call rota");
        vm.notesProperty().set("Applied via referral\nSecond round went well.");

        stored(vm.save());

        Application loaded = repository.find(acme.id()).orElseThrow();
        assertEquals(1, repository.count());
        assertEquals(acme.events(), loaded.events());
        assertEquals(2, loaded.interviews().size());
        assertEquals(acme.interviews().get(0), loaded.interviews().get(0));
        assertEquals(new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0), null, "the team's on-call rota",
                List.of("pat lee", "Alex Kim")), loaded.interviews().get(1));
        assertEquals(List.of(
                new Contact("Pat Lee", "pat@acme.example", "+1 555 0101", "Director of Finance", false),
                new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", false),
                new Contact("Alex Kim", "alex@acme.example", "", "", true)), loaded.contacts());
        assertFalse(loaded.mayCall());
        assertTrue(loaded.knownDelay());
        assertEquals("Applied via referral\nSecond round went well.", loaded.notes());
        assertEquals("US", loaded.country());
        assertEquals(acme.appliedOn(), loaded.appliedOn());
    }

    @Test
    void withNoLineMarkedTheStoredContactForUpdatesStays() throws Exception {
        Application acme = existingAcme();
        repository.save(acme);
        LogInterviewViewModel vm = form(NOW, Optional.of(acme), List.of(acme));
        vm.addInterviewer().nameProperty().set("Alex Kim");

        Application saved = stored(vm.save());

        assertEquals("Pat Lee", saved.primaryContact().orElseThrow().name());
        assertEquals(1, saved.contacts().stream().filter(Contact::primary).count());
    }

    @Test
    void eventsRecordedWhileTheFormWasOpenAreKept() throws Exception {
        Application acme = existingAcme();
        repository.save(acme);
        LogInterviewViewModel vm = form(NOW, Optional.of(acme), List.of(acme));
        service.recordEvent(acme.id(), Event.followUp(LocalDate.of(2026, 11, 16), null)).get();

        stored(vm.save());

        Application loaded = repository.find(acme.id()).orElseThrow();
        assertEquals(3, loaded.events().size());
        assertEquals(EventType.FOLLOW_UP_SENT, loaded.events().get(2).type());
        assertEquals(2, loaded.interviews().size());
    }

    @Test
    void aRoundAtTheSameEndIsNotLoggedTwice() {
        Application acme = existingAcme();
        repository.save(acme);
        LogInterviewViewModel vm = form(NOW, Optional.of(acme), List.of(acme));
        vm.endedDateProperty().set(LocalDate.of(2026, 11, 9));
        vm.endedTimeProperty().set("11:00");

        failure(vm.save());

        assertEquals("A round ending at this time is already logged for this application.",
                vm.errorProperty(FormField.ENDED_DATE).get());
        assertEquals(acme, repository.find(acme.id()).orElseThrow());
    }

    @Test
    void typingAStoredCompanyAndRoleAddsARoundInsteadOfACopy() throws Exception {
        Application acme = existingAcme();
        repository.save(acme);
        LogInterviewViewModel vm = form(NOW, Optional.empty(), List.of(acme));
        assertEquals(List.of("Acme Corp"), vm.companySuggestions());

        vm.companyProperty().set("ACME corp ");
        vm.roleProperty().set("business analyst");

        assertEquals("You already follow Acme Corp – Business Analyst. Saving adds this as round 2 instead of a second copy.",
                vm.matchNoteProperty().get());
        assertEquals(acme, vm.targetProperty().get());
        assertEquals("Applied via referral", vm.notesProperty().get(), "stored notes are shown, so saving keeps them");
        assertTrue(vm.mayCallProperty().get());

        vm.roleProperty().set("business analyst II");
        assertEquals("", vm.matchNoteProperty().get());
        assertNull(vm.targetProperty().get());
        assertEquals("", vm.notesProperty().get(), "what the match filled in goes again");
        assertFalse(vm.mayCallProperty().get());

        vm.roleProperty().set("Business Analyst");
        vm.interviewers().get(0).nameProperty().set("Sam Roe");
        Application saved = stored(vm.save());

        assertEquals(1, repository.count());
        assertEquals(acme.id(), saved.id());
        assertEquals("Acme Corp", saved.company(), "the stored spelling stays");
        assertEquals(2, saved.interviews().size());
        assertEquals(acme.events(), saved.events());
        assertEquals("Applied via referral", saved.notes());
        assertEquals(2, saved.contacts().size(), "Sam Roe merged with the stored contact");
        assertEquals("Sam Roe", saved.primaryContact().orElseThrow().name());
    }

    @Test
    void aFailureOfTheStoreIsShownOnTheForm() {
        ApplicationService broken = new ApplicationService(() -> {
            throw new app.nudge.store.StoreException(app.nudge.store.StoreException.Kind.FAILED, "The database is not open", null);
        }, Runnable::run);
        LogInterviewViewModel vm = new LogInterviewViewModel(broken, clockAt(NOW), Runnable::run, Optional.empty(), List.of());
        fillValid(vm);

        failure(vm.save());

        assertEquals("Could not save: The database is not open", vm.errorProperty(FormField.FORM).get());
        assertFalse(vm.savingProperty().get());
        assertNull(vm.savedProperty().get());
    }

    // ---- editing a stored round ----------------------------------------------------------------

    @Test
    void editingARoundShowsItAndSavingPutsItBackInItsPlace() throws Exception {
        Application acme = existingAcme();
        repository.save(acme);
        LogInterviewViewModel vm = LogInterviewViewModel.editing(service, clockAt(NOW), Runnable::run, acme, 0,
                List.of(acme));
        assertEquals(LocalDate.of(2026, 11, 9), vm.endedDateProperty().get());
        assertEquals("11:00", vm.endedTimeProperty().get());
        assertEquals(LocalDate.of(2026, 11, 13), vm.decisionDateProperty().get());
        assertEquals("their billing migration", vm.talkingPointProperty().get());
        assertEquals(1, vm.interviewers().size());
        assertEquals("pat@acme.example", vm.interviewers().get(0).emailProperty().get());
        assertEquals("Edit round 1", vm.titleProperty().get());
        assertFalse(vm.isChanged(), "nothing typed yet");

        vm.decisionDateProperty().set(LocalDate.of(2026, 11, 20));
        assertTrue(vm.isChanged());
        Application saved = stored(vm.save()); // the round's own end is no "second round at the same time"

        assertEquals(1, saved.interviews().size());
        assertEquals(LocalDate.of(2026, 11, 20), saved.interviews().get(0).decisionExpectedBy());
        assertEquals(acme.interviews().get(0).endedAt(), saved.interviews().get(0).endedAt());
        assertEquals(acme.events(), repository.find(acme.id()).orElseThrow().events());
        assertEquals(acme.contacts(), saved.contacts());
    }

    @Test
    void aNewFormIsUnchangedUntilSomethingIsTyped() {
        LogInterviewViewModel vm = newForm();
        assertFalse(vm.isChanged());
        vm.interviewers().get(0).nameProperty().set("Pat");
        assertTrue(vm.isChanged());
        vm.interviewers().get(0).nameProperty().set("");
        assertFalse(vm.isChanged(), "back as it was: closing loses nothing");
    }
}
