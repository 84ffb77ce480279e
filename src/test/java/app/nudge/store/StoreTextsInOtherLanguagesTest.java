package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Language;
import app.nudge.i18n.TextFiles;
import app.nudge.i18n.Texts;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's failure lines and backup kinds in the user's language, through the one line the user sees. */
class StoreTextsInOtherLanguagesTest {

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    private static String shown(Throwable e) {
        return ErrorMessages.of(e);
    }

    @Test
    void failuresReadInGerman(@TempDir Path folder) {
        Texts.use(Language.DE);
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));

        assertEquals("braucht einen Pfad", shown(assertThrows(UnusableDatabasePath.class,
                () -> DatabasePath.of(" "))));
        String missing = shown(MissingSearch.at(path, "--db"));
        assertTrue(missing.startsWith("Keine Nudge-Datenbank unter " + path), missing);
        assertTrue(missing.endsWith("oder nennen Sie mit --db eine andere."), missing);
        String inUse = shown(H2OpenFailures.translate(path, new SQLException("x", "HY000", ErrorCode.DATABASE_ALREADY_OPEN_1)));
        assertEquals("Nudge ist mit diesen Daten geöffnet (" + path + "): Schließen Sie es, oder führen Sie den Befehl"
                + " mit --db auf einer Kopie aus.", inUse);
        String damaged = shown(H2OpenFailures.translate(path, new SQLException("x", "XX000", ErrorCode.FILE_CORRUPTED_1)));
        assertTrue(damaged.startsWith("Die Datenbank " + path + " ist beschädigt und lässt sich nicht öffnen"
                + " (die Datei ist beschädigt). Stellen Sie eine Sicherung wieder her"), damaged);
        assertEquals("Die Bewerbung acme-1 wurde im selben Moment auf einem anderen Computer geändert; es wurde nichts"
                + " gespeichert. Versuchen Sie es erneut.", shown(new StaleApplicationException("acme-1")));
        assertEquals("täglich", Backups.Kind.DAILY.label());
        assertEquals("vor einer Aktualisierung", Backups.Kind.PRE_MIGRATION.label());
    }

    @Test
    void failuresReadInFrenchAndTheLanguageIsTheOneOfTheMoment(@TempDir Path folder) {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        Texts.use(Language.FR);
        assertEquals("quotidienne", Backups.Kind.DAILY.label());
        String readOnly = shown(DatabaseFiles.readOnly(path, Texts.t("store.readOnly.file")));
        assertTrue(readOnly.startsWith("La base de données " + path + " ne peut pas être modifiée : le fichier est en"
                + " lecture seule."), readOnly);

        Texts.use(Language.EN);
        assertEquals("daily", Backups.Kind.DAILY.label(), "a label is read when shown, not kept");
        assertEquals("The database " + path + " cannot be changed: the file is read-only. Make it writable (and its"
                + " folder), or copy it elsewhere and name the copy with --db; plan, due, draft and the exports can"
                + " still read it.", shown(DatabaseFiles.readOnly(path, Texts.t("store.readOnly.file"))));
    }

    /** No translation trips the last guard (a word ending in "Error", SQL words, a class name). */
    @Test
    void everyStoreAndInboxTextPassesTheLastGuard() {
        List<String> refused = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String area : List.of("store", "inbox", "words")) {
                for (Map.Entry<String, String> text : TextFiles.readArea(area, language).entrySet()) {
                    String line = text.getValue().strip();
                    if (!line.equals(ErrorMessages.of(new StoreException(StoreException.Kind.FAILED, line, null)))) {
                        refused.add(language + " " + text.getKey());
                    }
                }
            }
        }
        assertEquals(List.of(), refused);
    }
}
