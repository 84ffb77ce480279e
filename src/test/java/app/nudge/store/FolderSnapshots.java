package app.nudge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a kill -9 would leave at a given moment: the folder's files as they are on disk then (a
 * killed process writes nothing more; its locks go with it), copied to a folder of their own.
 */
final class FolderSnapshots {

    private final Path root;
    private int count;

    FolderSnapshots(Path root) {
        this.root = root;
    }

    /** Copies every regular file of {@code folder} (not its subfolders) into a new snapshot folder. */
    Path take(Path folder) {
        try {
            Path target = Files.createDirectories(root.resolve("snapshot-" + count++));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.write(target.resolve(file.getFileName()), Files.readAllBytes(file));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names in {@code folder} that are one of our copy-and-swap temporaries. */
    static List<String> temporaries(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".rewriting-") || n.contains(".creating-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
