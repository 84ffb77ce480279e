package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Language;
import app.nudge.domain.ThemeChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of the language and theme choices that lets a start use them before the database is open. */
class StartChoicesTest {

    @TempDir
    Path folder;

    @Test
    void noCopyMeansAskTheDatabase() {
        assertTrue(new StartChoices(folder).read().language().isEmpty());
        assertTrue(new StartChoices(folder).read().theme().isEmpty());
    }

    @Test
    void aChosenLanguageAndTheSystemsAreBothKept_withTheTheme() {
        StartChoices choices = new StartChoices(folder);
        choices.keep(Optional.of(Language.DE), ThemeChoice.DARK);
        assertEquals(Optional.of(Optional.of(Language.DE)), new StartChoices(folder).read().language());
        assertEquals(Optional.of(ThemeChoice.DARK), new StartChoices(folder).read().theme());
        choices.keep(Optional.empty(), ThemeChoice.SYSTEM);
        assertEquals(Optional.of(Optional.empty()), new StartChoices(folder).read().language(), "System: known to be none");
        assertEquals(Optional.of(ThemeChoice.SYSTEM), new StartChoices(folder).read().theme());
    }

    @Test
    void aDamagedOrUnknownCopyMeansAskTheDatabase() throws IOException {
        Path file = folder.resolve(StartChoices.FILE_NAME);
        Files.writeString(file, "language=tlh\ntheme=sepia\n");
        assertTrue(new StartChoices(folder).read().language().isEmpty());
        assertTrue(new StartChoices(folder).read().theme().isEmpty(), "a theme this version does not know: the database's");
        Files.write(file, new byte[] {'l', '=', '\\', 'u', '1'});
        assertTrue(new StartChoices(folder).read().language().isEmpty());
        assertTrue(new StartChoices(folder).read().theme().isEmpty());
    }

    @Test
    void theSameChoicesAreNotWrittenAgain_aChangedThemeIs() throws IOException {
        StartChoices choices = new StartChoices(folder);
        choices.keep(Optional.of(Language.FR), ThemeChoice.LIGHT);
        Path file = folder.resolve(StartChoices.FILE_NAME);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        choices.keep(Optional.of(Language.FR), ThemeChoice.LIGHT);
        assertEquals(old, Files.getLastModifiedTime(file));
        choices.keep(Optional.of(Language.FR), ThemeChoice.DARK);
        assertEquals(Optional.of(ThemeChoice.DARK), choices.read().theme());
        choices.keep(Optional.of(Language.NL), ThemeChoice.DARK);
        assertEquals(Optional.of(Optional.of(Language.NL)), choices.read().language());
    }
}
