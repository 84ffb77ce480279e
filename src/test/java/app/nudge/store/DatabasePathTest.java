package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths are paths: whatever the user names, the database is created exactly there with no H2
 * setting applied, or the path is refused with one line saying why.
 */
@Timeout(120)
class DatabasePathTest {

    @TempDir
    Path folder;

    /** Names H2 must take literally: each gives exactly one file, NAME.mv.db, in the folder. */
    @ParameterizedTest
    @ValueSource(strings = {"a=b", "IFEXISTS=TRUE", "it's", "say \"hi\"", "with space", " leading", "trailing ",
            "Zoë – 日本語 – ✓", "colon:name", "nio:x", "memFS:x", "file:x", "zip:x!y", "split:x", "~tilde", "a~", "$HOME",
            "%20x", "[brackets]", "{braces}", "back`tick", "amp&er", "pipe|x", "q?x", "star*x", "#hash", "x.mv", ".hidden",
            "tab\tx", "new\nline"})
    void aNameH2MightMisreadIsCreatedExactlyAsNamed(String name) throws IOException {
        Path base = folder.resolve(name);
        DatabasePath path = DatabasePath.of(base.toString());
        assertEquals(base.toAbsolutePath().normalize(), path.base());
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("a", "Acme", "Analyst"));
        }
        assertEquals(List.of(name + ".mv.db"), names(folder), "exactly one file, at the named path");
        try (Database db = Database.openOrCreate(DatabasePath.of(base + ".mv.db"))) {
            assertTrue(new ApplicationRepository(db).find("a").isPresent(), "the same file is opened again");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jobs;2026", "a=b;c=d", "x", "Zoë's jobs", "with space"})
    void aFolderWithOddCharactersWorksUnlessH2WouldReadItAsSettings(String folderName) throws IOException {
        Path base = folder.resolve(folderName).resolve("nudge");
        if (folderName.contains(";")) {
            UnusableDatabasePath e = assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(base.toString()));
            assertEquals("a path with ';' cannot be used; rename the folder or file", e.getMessage());
            assertEquals(List.of(), names(folder));
            return;
        }
        Database.openOrCreate(DatabasePath.of(base.toString())).close();
        assertEquals(List.of("nudge.mv.db"), names(folder.resolve(folderName)));
    }

    @Test
    void aSemicolonIsRefusedBeforeH2CouldRunAScript() throws IOException {
        Path marker = folder.resolve("marker");
        Path script = Files.writeString(folder.resolve("evil.sql"),
                "CALL FILE_WRITE('ran', '" + marker.toString().replace("'", "''") + "');");
        String typed = folder.resolve("x") + ";INIT=RUNSCRIPT FROM '" + script + "'";
        assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(typed));
        assertThrows(UnusableDatabasePath.class, () -> new DatabasePath(Path.of(typed)));
        assertFalse(Files.exists(marker));
        assertEquals(List.of("evil.sql"), names(folder));
    }

    @Test
    void aBackslashIsRefusedWhereH2WouldTakeItForASeparator() {
        if (File.separatorChar == '\\') {
            return; // on Windows it is the separator
        }
        UnusableDatabasePath e = assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(folder.resolve("a\\b").toString()));
        assertTrue(e.getMessage().contains("'\\'"), e.getMessage());
    }

    @Test
    void aNameTooLongForTheFileSystemIsRefusedSayingSo() throws IOException {
        String longest = "n".repeat(DatabasePath.MAX_NAME_BYTES - DatabasePath.H2_EXTENSION.length());
        Database.openOrCreate(DatabasePath.of(folder.resolve(longest).toString())).close();
        assertTrue(Files.isRegularFile(folder.resolve(longest + ".mv.db")), "the longest name we accept works");
        try (Database db = Database.openOrCreate(DatabasePath.of(folder.resolve(longest).toString()))) {
            new ImportTransaction(db).store(null, List.of(Application.of("a", "Acme", "Analyst"))); // its copy's longer name too
        }

        UnusableDatabasePath tooLong = assertThrows(UnusableDatabasePath.class,
                () -> DatabasePath.of(folder.resolve(longest + "n").toString()));
        assertTrue(tooLong.getMessage().contains("too long"), tooLong.getMessage());
        String multiByte = "é".repeat(120); // 240 bytes: fewer characters than the limit, more bytes
        assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(folder.resolve(multiByte).toString()));

        String deep = (folder + "/" + "d".repeat(100)).repeat(1) + ("/" + "d".repeat(100)).repeat(40) + "/nudge";
        UnusableDatabasePath deepPath = assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(deep));
        assertTrue(deepPath.getMessage().startsWith("the path is too long"), deepPath.getMessage());
    }

    @Test
    void aFolderIsRefusedAsADatabase() throws IOException {
        Path existing = Files.createDirectory(folder.resolve("jobs"));
        UnusableDatabasePath e = assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(existing.toString()));
        assertTrue(e.getMessage().startsWith(existing + " is a folder; name a database file"), e.getMessage());
        Files.createDirectory(folder.resolve("other.mv.db"));
        assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(folder.resolve("other").toString()));
        assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(folder.resolve("other.mv.db").toString()));
        assertThrows(UnusableDatabasePath.class, () -> Database.openOrCreate(new DatabasePath(folder.resolve("other"))));
        assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of("   "));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
