package app.nudge.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.Language;
import app.nudge.ui.common.TwoComputersOnOneFile;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's message-language rules without a window: offered by the country until chosen, merged like any field. */
class ApplicationEditLanguageRulesTest {

    @TempDir
    Path folder;

    private TwoComputersOnOneFile computers;

    @AfterEach
    void close() {
        if (computers != null) {
            computers.close();
        }
    }

    private Application stored(Application a) {
        computers = TwoComputersOnOneFile.open(folder);
        return computers.here.save(a).join();
    }

    @Test
    void theCountryOffersItsLanguageUntilOneIsChosen() {
        Application acme = stored(Application.of("acme", "Acme", "Analyst"));
        ApplicationEditViewModel form = new ApplicationEditViewModel(computers.here, Runnable::run, acme);
        assertFalse(form.languageChosen());
        form.countryProperty().set("AT");
        assertEquals(Optional.of(Language.DE), form.messageLanguageProperty().get());
        form.countryProperty().set("BE"); // more than one language usual there: back to the user's
        assertEquals(Optional.empty(), form.messageLanguageProperty().get());
        assertEquals(Optional.empty(), form.languageOffered());
        form.chooseLanguage(Optional.empty()); // choosing the user's language is a choice too
        form.countryProperty().set("ES");
        assertEquals(Optional.empty(), form.messageLanguageProperty().get());
        assertEquals(Optional.of(Language.ES), form.languageOffered());
        assertEquals(Optional.empty(), form.details().messageLanguage());
    }

    @Test
    void aLanguageChangedOnAnotherComputerIsTakenWhenTheFormLeftItAsItWas() {
        Application acme = stored(Application.of("acme", "Acme", "Analyst"));
        ApplicationEditViewModel form = new ApplicationEditViewModel(computers.here, Runnable::run, acme);
        form.companyProperty().set("Acme Ltd"); // changed on both sides: the save is refused, the form rebased
        ApplicationDetails d = ApplicationDetails.of(acme);
        computers.there.editDetails(acme, new ApplicationDetails("Acme Inc", d.role(), "NL", d.appliedOn(), d.url(),
                d.location(), d.mayCall(), d.knownDelay(), d.notes(), d.contacts(), Optional.of(Language.FR))).join();

        form.save().exceptionally(e -> null).join();
        assertTrue(form.problemProperty().get().contains("changed on another computer"), form.problemProperty().get());
        assertEquals("NL", form.countryProperty().get());
        assertEquals(Optional.of(Language.FR), form.messageLanguageProperty().get(),
                "the newer record's choice, not the language usual in its new country");
        assertTrue(form.languageChosen());
        form.save().join();
        Application after = computers.stored("acme");
        assertEquals("Acme Ltd", after.company());
        assertEquals(Optional.of(Language.FR), after.messageLanguage());
    }
}
