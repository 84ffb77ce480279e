package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private final Path home = Path.of("/home/zoe");

    @Test
    void linuxUsesXdgDataHomeWhenAbsolute() {
        assertEquals(Path.of("/data/nudge"), DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "/data"), home));
        assertEquals(home.resolve(".local/share/nudge"), DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "rel"), home));
        assertEquals(home.resolve(".local/share/nudge"), DataFolder.resolve("Linux", Map.of(), home));
    }

    @Test
    void macAndWindowsUseTheirConventionalFolders() {
        assertEquals(home.resolve("Library/Application Support/Nudge"), DataFolder.resolve("Mac OS X", Map.of(), home));
        assertEquals(Path.of("C:/Users/zoe/AppData/Roaming").resolve("Nudge"),
                DataFolder.resolve("Windows 11", Map.of("APPDATA", "C:/Users/zoe/AppData/Roaming"), home));
    }

    @Test
    void typedPathsAreMadeAbsoluteAndLoseH2sExtension() {
        DatabasePath typed = DatabasePath.of("some/dir/mine.mv.db");
        assertEquals(Path.of("some/dir/mine").toAbsolutePath().normalize(), typed.base());
        assertEquals("mine.mv.db", typed.file().getFileName().toString());
    }
}
