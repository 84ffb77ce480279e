package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.store.DatabasePath;
import app.nudge.store.ServerAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server chosen in Settings → Data, kept across restarts in a small file beside the data, never in it. */
class RememberedStoreTest {

    @TempDir
    Path dataFolder;

    private static final String ADDRESS = "postgresql://jane@db.example.org:5433/nudge?schema=jane&sslmode=verify-full";

    @Test
    void theChosenServerOpensAtTheNextStartFromItsOwnOwnerOnlyFile() throws IOException {
        new RememberedStore(dataFolder).remember(ServerAddress.parse(ADDRESS).toString());

        DatabasePath opened = LaunchOptions.parse(List.of(), dataFolder).database();

        assertTrue(opened.isServer());
        assertEquals(ServerAddress.parse(ADDRESS), opened.server());
        assertTrue(opened.base().startsWith(dataFolder.resolve("servers")), "its local folder is in the data folder: " + opened.base());
        Path file = dataFolder.resolve(RememberedStore.FILE_NAME);
        String text = Files.readString(file);
        assertTrue(text.contains("db.example.org"), text);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("password="), "no password is kept: " + text);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var files = Files.list(dataFolder)) {
            assertEquals(List.of(RememberedStore.FILE_NAME), files.map(f -> f.getFileName().toString()).toList(),
                    "written whole through a temporary that is gone");
        }
    }

    @Test
    void dbOnTheCommandLineWinsOverTheRememberedServer() {
        new RememberedStore(dataFolder).remember(ADDRESS);
        Path other = dataFolder.resolve("elsewhere").resolve("mine");

        assertEquals(new DatabasePath(other), LaunchOptions.parse(List.of("--db", other.toString()), dataFolder).database());
        assertEquals(new DatabasePath(other), LaunchOptions.parse(List.of("--db=" + other), dataFolder).database());
    }

    @Test
    void forgettingGoesBackToThisComputersFile() {
        RememberedStore store = new RememberedStore(dataFolder);
        store.remember(ADDRESS);
        store.forget();

        assertEquals(Optional.empty(), store.server());
        assertEquals(new DatabasePath(dataFolder.resolve("nudge")), LaunchOptions.parse(List.of(), dataFolder).database());
    }

    @Test
    void aHandEditedAddressThatCannotBeUsedOpensThisComputersFile() throws IOException {
        Files.writeString(dataFolder.resolve(RememberedStore.FILE_NAME), "server=postgresql://jane:secret@db.example.org/nudge\n");

        assertEquals(new DatabasePath(dataFolder.resolve("nudge")), LaunchOptions.parse(List.of(), dataFolder).database());
    }
}
