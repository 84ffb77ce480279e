package app.nudge.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copying and removing whole folders: a case works on a copy of whatever the store keeps. */
final class Trees {

    private Trees() {
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Keeps a failed case's folder for a person to look at, under {@code crash.keep} (failsafe sets
     * it to target/crash-failures), at most {@code limit} per test; otherwise it is deleted with
     * the test's temporary folder.
     */
    static void keepFailed(Path caseFolder, String name, int alreadyKept, int limit) throws IOException {
        String keep = System.getProperty("crash.keep", "");
        if (keep.isBlank() || alreadyKept >= limit) {
            return;
        }
        Path target = Path.of(keep).resolve(name);
        delete(target);
        copy(caseFolder, target);
        System.out.println("kept for inspection: " + target);
    }
}
