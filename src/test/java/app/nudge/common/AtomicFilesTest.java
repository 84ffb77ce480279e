package app.nudge.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails leaves the old file as it was and no {@code X.tmp} beside it. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(folder.resolve("export.json"), "old");
        for (boolean ownerOnly : new boolean[] {false, true}) {
            AtomicFiles.Content failing = out -> {
                out.write("half of the new content".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            };
            assertThrows(IOException.class, () -> write(target, failing, ownerOnly));
            AtomicFiles.Content failingUnchecked = out -> {
                out.write('x');
                throw new UncheckedIOException(new IOException("the database read failed"));
            };
            assertThrows(UncheckedIOException.class, () -> write(target, failingUnchecked, ownerOnly));
            assertEquals("old", Files.readString(target));
            assertFalse(Files.exists(folder.resolve("export.json.tmp")), "no half-written temporary file is left");
        }
    }

    @Test
    void aFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path target = Files.createDirectory(folder.resolve("out"));
        boolean[] asked = {false};
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> AtomicFiles.write(target, out -> asked[0] = true));
        assertTrue(e.getReason().contains("folder"), e.getReason());
        assertFalse(asked[0], "the content was never produced");
        assertFalse(Files.exists(folder.resolve("out.tmp")));
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void aSuccessfulWriteReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path target = Files.writeString(folder.resolve("a.txt"), "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    private static void write(Path target, AtomicFiles.Content content, boolean ownerOnly) throws IOException {
        if (ownerOnly) {
            AtomicFiles.writePrivate(target, content);
        } else {
            AtomicFiles.write(target, content);
        }
    }
}
