package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of the language choice that lets a start speak it before the database is open. */
class RememberedLanguageTest {

    @TempDir
    Path folder;

    @Test
    void noCopyMeansAskTheDatabase() {
        assertTrue(new RememberedLanguage(folder).choice().isEmpty());
    }

    @Test
    void aChosenLanguageAndTheSystemsAreBothKept() {
        RememberedLanguage remembered = new RememberedLanguage(folder);
        remembered.keep(Optional.of(Language.DE));
        assertEquals(Optional.of(Optional.of(Language.DE)), new RememberedLanguage(folder).choice());
        remembered.keep(Optional.empty());
        assertEquals(Optional.of(Optional.empty()), new RememberedLanguage(folder).choice(), "System: known to be none");
    }

    @Test
    void aDamagedOrUnknownCopyMeansAskTheDatabase() throws IOException {
        Path file = folder.resolve(RememberedLanguage.FILE_NAME);
        Files.writeString(file, "language=tlh\n");
        assertTrue(new RememberedLanguage(folder).choice().isEmpty());
        Files.write(file, new byte[] {'l', '=', '\\', 'u', '1'});
        assertTrue(new RememberedLanguage(folder).choice().isEmpty());
    }

    @Test
    void theSameChoiceIsNotWrittenAgain() throws IOException {
        RememberedLanguage remembered = new RememberedLanguage(folder);
        remembered.keep(Optional.of(Language.FR));
        Path file = folder.resolve(RememberedLanguage.FILE_NAME);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        remembered.keep(Optional.of(Language.FR));
        assertEquals(old, Files.getLastModifiedTime(file));
        remembered.keep(Optional.of(Language.NL));
        assertEquals(Optional.of(Optional.of(Language.NL)), remembered.choice());
    }
}
