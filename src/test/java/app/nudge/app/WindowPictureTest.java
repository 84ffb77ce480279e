package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ThemeChoice;
import app.nudge.store.DatabasePath;
import app.nudge.ui.shell.WindowGeometry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's last picture is shown at start only when nothing it depends on changed since it was
 * taken: these tests change one fact at a time and expect no picture; a damaged file shows none.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WindowPictureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    /** A database file of some bytes (its content does not matter here, only its size and time). */
    private DatabasePath data() throws IOException {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        Files.write(path.file(), new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(path.file(), FileTime.fromMillis(1_764_590_400_000L));
        return path;
    }

    private static int[] pixels(int width, int height) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xff000000 | (i % 7 == 0 ? 0x2a6fdb : 0xf4f5f7); // flat colours with some detail, as a window
        }
        return argb;
    }

    private static StartPicture.Taken taken(int width, int height) {
        return taken(width, height, TODAY, "Nudge — 3 due");
    }

    private static StartPicture.Taken taken(int width, int height, LocalDate day, String title) {
        return new StartPicture.Taken(title, "acme-7", width, height, pixels(width, height),
                new WindowGeometry(10, 20, 1280, 800, false, 0.7), 1.0, "EN", "DARK", day);
    }

    private static Optional<WindowPicture> lookedFor(DatabasePath data, LocalDate day) {
        return StartPicture.lookSoon(data, day).join();
    }

    @Test
    void aPictureKeptAfterTheCloseIsFoundWholeByTheNextStartOfTheSameDay() throws IOException {
        DatabasePath data = data();
        taken(320, 200).keep(data);

        WindowPicture found = lookedFor(data, TODAY).orElseThrow();
        assertEquals("Nudge — 3 due", found.title());
        assertEquals("acme-7", found.selected(), "the card selected then is selected again");
        assertEquals(320, found.width());
        assertEquals(200, found.height());
        assertArrayEquals(pixels(320, 200), found.argb());
        assertEquals(1280, found.facts().stageWidth());
        assertEquals(800, found.facts().stageHeight());
        assertEquals("DARK", found.facts().theme());
        assertEquals("EN", found.facts().language());
    }

    @Test
    void noPictureOnAnotherDayAsTheBadgesCountFromToday() throws IOException {
        DatabasePath data = data();
        taken(64, 40).keep(data);

        assertEquals(Optional.empty(), lookedFor(data, TODAY.plusDays(1)));
    }

    @Test
    void theNextDaysPicturesAreEachFoundOnTheirOwnDayAndACloseKeepsOnlyThoseItTook() throws IOException {
        DatabasePath data = data();
        Files.writeString(folder.resolve("window-picture.bin"), "an earlier version's one picture");
        StartPicture.keepAll(data, List.of(taken(64, 40, TODAY, "Nudge — 3 due"), taken(64, 40, TODAY.plusDays(1), "Nudge — 5 due"),
                taken(64, 40, TODAY.plusDays(3), "Nudge — 6 due")));

        assertEquals("Nudge — 3 due", lookedFor(data, TODAY).orElseThrow().title());
        assertEquals("Nudge — 5 due", lookedFor(data, TODAY.plusDays(1)).orElseThrow().title(), "tomorrow's first start");
        assertEquals(Optional.empty(), lookedFor(data, TODAY.plusDays(2)), "none was taken for that day");
        assertEquals("Nudge — 6 due", lookedFor(data, TODAY.plusDays(3)).orElseThrow().title());
        assertEquals(Set.of("nudge.mv.db", "window-picture-2026-12-01.bin", "window-picture-2026-12-02.bin",
                "window-picture-2026-12-04.bin"), names(), "the earlier version's picture is gone");

        StartPicture.keepAll(data, List.of(taken(64, 40, TODAY.plusDays(1), "Nudge — 1 due")));
        assertEquals(Set.of("nudge.mv.db", "window-picture-2026-12-02.bin"), names(), "the pictures of other days are gone");
        assertEquals("Nudge — 1 due", lookedFor(data, TODAY.plusDays(1)).orElseThrow().title());
    }

    private Set<String> names() throws IOException {
        try (var files = Files.list(folder)) {
            return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void noPictureOnceTheDatabaseFileChangedSinceTheClose() throws IOException {
        DatabasePath data = data();
        taken(64, 40).keep(data);

        // An import from the command line while the window was closed: another size and time.
        Files.write(data.file(), new byte[] {1, 2, 3, 4, 5});
        assertEquals(Optional.empty(), lookedFor(data, TODAY));
    }

    @Test
    void noPictureWhenOnlyTheFilesTimeChanged() throws IOException {
        DatabasePath data = data();
        taken(64, 40).keep(data);

        Files.setLastModifiedTime(data.file(), FileTime.fromMillis(1_764_590_400_000L + 1000));
        assertEquals(Optional.empty(), lookedFor(data, TODAY));
    }

    @Test
    void noPictureWithoutTheDatabaseFileNorForAServer() throws IOException {
        DatabasePath data = data();
        taken(64, 40).keep(data);
        Files.delete(data.file());
        assertEquals(Optional.empty(), lookedFor(data, TODAY));

        DatabasePath server = DatabasePath.onServer(app.nudge.store.ServerAddress.parse("postgresql://jane@db.example.org/nudge?schema=jane"), folder);
        assertEquals(Optional.empty(), lookedFor(server, TODAY));
    }

    @Test
    void aDamagedOrCutPictureIsNotShown() throws IOException {
        DatabasePath data = data();
        taken(320, 200).keep(data);
        Path file = WindowPicture.fileFor(folder, TODAY);
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(whole, whole.length - 40)); // cut: a disk full, a copy stopped
        assertEquals(Optional.empty(), lookedFor(data, TODAY));

        byte[] flipped = whole.clone();
        flipped[whole.length - 100] ^= 0x55; // one byte damaged inside the packed pixels
        Files.write(file, flipped);
        assertEquals(Optional.empty(), lookedFor(data, TODAY));

        Files.writeString(file, "not a picture at all");
        assertEquals(Optional.empty(), lookedFor(data, TODAY));

        Files.write(file, whole);
        assertTrue(lookedFor(data, TODAY).isPresent(), "the same bytes, whole again, are shown");
    }

    @Test
    void aThemeFollowingTheSystemGivesNoFactSoNoPictureIsTakenOrShownForIt() {
        assertEquals("DARK", StartPicture.theme(Optional.of(ThemeChoice.DARK)));
        assertEquals("LIGHT", StartPicture.theme(Optional.of(ThemeChoice.LIGHT)));
        // The desktop says light or dark only once the window shows: a start cannot know which picture fits.
        assertEquals(null, StartPicture.theme(Optional.of(ThemeChoice.SYSTEM)));
        assertEquals(null, StartPicture.theme(Optional.empty()));
    }

    @Test
    void thePictureIsReadableByItsOwnerOnlyAndLeavesNoTemporaryFile() throws IOException {
        DatabasePath data = data();
        taken(64, 40).keep(data);
        taken(64, 40).keep(data); // replaced

        Path file = WindowPicture.fileFor(folder, TODAY);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(file), "it shows what the database holds");
        }
        try (var files = Files.list(folder)) {
            assertEquals(Set.of("nudge.mv.db", WindowPicture.fileFor(folder, TODAY).getFileName().toString()),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
    }
}
