package app.nudge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files this process refused as damaged, each with the refusal, while they stay unchanged. H2
 * leaves a file it failed to open locked inside the process (its store is not closed on that
 * failure), so asking again would wrongly answer "Nudge is open with this data": the same file, with
 * the same identity, size and time, gets the same refusal instead, without being opened again.
 */
final class RefusedFiles {

    private record Identity(Object key, long size, long modified) {
    }

    private static final Map<Path, Map.Entry<Identity, String>> REFUSED = new ConcurrentHashMap<>();

    private RefusedFiles() {
    }

    static void remember(DatabasePath path, StoreException refusal) {
        identity(path.file()).ifPresent(id -> REFUSED.put(path.file(), Map.entry(id, refusal.getMessage())));
    }

    /** The refusal given before, when the file has not changed since. */
    static Optional<StoreException> earlierRefusal(DatabasePath path) {
        Map.Entry<Identity, String> earlier = REFUSED.get(path.file());
        if (earlier == null) {
            return Optional.empty();
        }
        if (!identity(path.file()).equals(Optional.of(earlier.getKey()))) {
            REFUSED.remove(path.file());
            return Optional.empty();
        }
        return Optional.of(new StoreException(StoreException.Kind.DAMAGED, earlier.getValue(), null));
    }

    private static Optional<Identity> identity(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = a.fileKey() != null ? a.fileKey() : file.toRealPath();
            return Optional.of(new Identity(key, a.size(), a.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
