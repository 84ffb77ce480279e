package app.nudge.mail.imap;

import app.nudge.common.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The messages of the watched folder already handed to the app, by UIDVALIDITY:UID, so each is
 * proposed once, across polls and restarts. Kept in a small owner-only file in the data folder
 * rather than in the settings: settings are written through the one database thread, which the
 * watch never uses, and these are the server's bookkeeping numbers, not a choice of the user's.
 * The file is written whole or not at all; one it cannot read counts as empty (at worst a message
 * is proposed again, which the user can dismiss; none is ever lost).
 */
public final class DeliveredMessages {

    public static final String FILE_NAME = "inbox-delivered.txt";
    private static final Logger LOG = Logger.getLogger(DeliveredMessages.class.getName());
    private static final String HEADER = "# Nudge: inbox messages already proposed (UIDVALIDITY:UID). Safe to delete.";

    private final Path file;
    private final String folderId;
    private final Set<MessageKey> keys = new HashSet<>();

    /** The keys remembered for {@code address}'s folder; those of any other folder are dropped. */
    public DeliveredMessages(Path file, InboxAddress address) {
        this.file = file;
        this.folderId = address.accountKey() + "/" + address.folder();
        load();
    }

    public synchronized boolean contains(MessageKey key) {
        return keys.contains(key);
    }

    public synchronized int size() {
        return keys.size();
    }

    /**
     * Remembers {@code delivered} and forgets keys of another UIDVALIDITY (the server renumbered the
     * folder) or no longer {@code listed} in the date range (they cannot come back into it), then saves.
     */
    public synchronized void remember(long uidValidity, Collection<MessageKey> delivered, Set<MessageKey> listed)
            throws IOException {
        keys.removeIf(key -> key.uidValidity() != uidValidity || !listed.contains(key));
        keys.addAll(delivered);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("folder " + folderId);
        keys.stream().sorted((a, b) -> Long.compare(a.uid(), b.uid())).forEach(k -> lines.add(k.toString()));
        AtomicFiles.writePrivate(file, out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private void load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read " + file + "; inbox messages may be proposed again: " + e.getClass().getSimpleName());
            return;
        }
        boolean sameFolder = false;
        for (String line : lines) {
            if (line.startsWith("folder ")) {
                sameFolder = line.substring("folder ".length()).equals(folderId);
            } else if (sameFolder && !line.startsWith("#")) {
                MessageKey key = MessageKey.parse(line);
                if (key != null) {
                    keys.add(key);
                }
            }
        }
    }
}
