package app.nudge.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "edit application" rules without a window: one-line problems naming the field, nothing stored. */
class ApplicationEditViewModelTest {

    @TempDir
    Path folder;

    private Database db;
    private ApplicationRepository repository;
    private ApplicationService service;
    private Application acme;

    @BeforeEach
    void open() {
        db = Database.openOrCreate(new DatabasePath(folder.resolve("nudge")));
        repository = new ApplicationRepository(db);
        service = new ApplicationService(() -> repository, Runnable::run);
        acme = Application.of("acme", "Acme Corp", "Analyst").withContacts(List.of(
                new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", true),
                new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", false)));
        repository.save(acme);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ApplicationEditViewModel form() {
        return new ApplicationEditViewModel(service, Runnable::run, acme);
    }

    @Test
    void eachProblemIsOneLineNamingTheFieldAndNothingIsStored() {
        ApplicationEditViewModel vm = form();
        vm.companyProperty().set("  ");
        assertTrue(vm.save().isCompletedExceptionally());
        assertEquals("Company: enter it.", vm.problemProperty().get());

        vm.companyProperty().set("Acme Corp");
        vm.contacts().get(1).emailProperty().set("sam at acme");
        vm.save();
        assertEquals("Email of contact 2 (Sam Roe): not an email address: sam at acme.", vm.problemProperty().get());

        vm.contacts().get(1).emailProperty().set("sam@acme.example");
        vm.urlProperty().set("acme jobs");
        vm.save();
        assertTrue(vm.problemProperty().get().startsWith("URL: "), vm.problemProperty().get());

        vm.urlProperty().set("");
        vm.addContact().emailProperty().set("x@acme.example");
        vm.save();
        assertEquals("Contact 3: enter a name, or remove the line.", vm.problemProperty().get());
        assertEquals(acme, repository.find("acme").orElseThrow(), "nothing stored while any problem shows");
    }

    @Test
    void addEditRemoveAndChooseTheContactForUpdates() throws Exception {
        ApplicationEditViewModel vm = form();
        vm.contacts().get(1).forUpdatesProperty().set(true);
        assertFalse(vm.contacts().get(0).forUpdatesProperty().get(), "one contact for updates at a time");
        vm.removeContact(vm.contacts().get(0));
        ContactRow alex = vm.addContact();
        assertFalse(alex.forUpdatesProperty().get(), "Sam keeps the mark");
        alex.nameProperty().set("Alex Kim");
        alex.phoneProperty().set("+49 30 123");
        alex.titleProperty().set("CTO");
        vm.mayCallProperty().set(true);
        vm.knownDelayProperty().set(true);
        vm.countryProperty().set("DE");

        Application saved = vm.save().get();
        assertEquals(List.of(new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", true),
                new Contact("Alex Kim", "", "+49 30 123", "CTO", false)), saved.contacts());
        assertEquals(saved, repository.find("acme").orElseThrow());
        assertTrue(saved.mayCall() && saved.knownDelay());
        assertEquals("DE", saved.country());
        assertEquals("", vm.problemProperty().get());
    }
}
