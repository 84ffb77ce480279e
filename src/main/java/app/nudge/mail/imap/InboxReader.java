package app.nudge.mail.imap;

import app.nudge.mail.UnreadableMessageException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads one IMAP folder, read-only: the folder is opened READ_ONLY (Jakarta Mail sends EXAMINE)
 * and bodies are fetched with BODY.PEEK, so no flag (\Seen included) changes on the server; nothing
 * is ever flagged, moved, copied or deleted. Every message is copied whole before it is converted,
 * so a connection lost midway fails the whole read: the caller gets all the messages or none.
 */
public final class InboxReader {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InboxReader.class.getName());

    /** How long to wait for a connection and for each answer: a server that goes away never hangs a poll. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /**
     * What one read found: the folder's UIDVALIDITY, the messages asked for, and the keys of every
     * message in the date range (asked for or not), so a caller can forget keys that left the range.
     */
    public record Found(long uidValidity, List<InboxMessage> messages, java.util.Set<MessageKey> listed, int unreadable) {
        public Found {
            messages = List.copyOf(messages);
            listed = java.util.Set.copyOf(listed);
        }
    }

    private final InboxAddress address;
    private final Optional<Path> caFile;
    private final MessageConverter converter;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    public InboxReader(InboxAddress address, Optional<Path> caFile, MessageConverter converter) {
        this(address, caFile, converter, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    public InboxReader(InboxAddress address, Optional<Path> caFile, MessageConverter converter,
                       Duration connectTimeout, Duration readTimeout) {
        this.address = Objects.requireNonNull(address, "address");
        this.caFile = Objects.requireNonNull(caFile, "caFile");
        this.converter = Objects.requireNonNull(converter, "converter");
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    public InboxAddress address() {
        return address;
    }

    /** Connects, logs in and opens the folder read-only, then leaves: "Test connection". */
    public void check(String password) {
        read(password, null, key -> false);
    }

    /** Every message received since {@code since} (the server's INTERNALDATE, which every message has). */
    public Found readSince(String password, LocalDate since, ZoneId zone) {
        return read(password, since.atStartOfDay(zone).toInstant(), key -> true);
    }

    /**
     * The messages received since {@code since} (null: none are fetched) that {@code wanted} accepts:
     * only those are downloaded.
     */
    public Found read(String password, java.time.Instant since, Predicate<MessageKey> wanted) {
        Objects.requireNonNull(password, "password");
        Session session = Session.getInstance(properties());
        Store store;
        try {
            store = session.getStore(address.secure() ? "imaps" : "imap");
            store.connect(address.host(), address.port(), address.user(), password);
        } catch (MessagingException | RuntimeException e) {
            throw InboxFailures.whileConnecting(e, address);
        }
        try {
            return readFolder(store, since, wanted);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof InboxProblem problem) {
                throw problem;
            }
            throw InboxFailures.whileReading(e, address);
        } finally {
            closeQuietly(store);
        }
    }

    private Found readFolder(Store store, java.time.Instant since, Predicate<MessageKey> wanted)
            throws MessagingException, IOException {
        Folder folder = store.getFolder(address.folder());
        if (!folder.exists()) {
            throw InboxFailures.noFolder(address);
        }
        folder.open(Folder.READ_ONLY); // EXAMINE: the server itself refuses any change in this mode
        try {
            UIDFolder uids = (UIDFolder) folder;
            long validity = uids.getUIDValidity();
            if (since == null) {
                return new Found(validity, List.of(), java.util.Set.of(), 0);
            }
            Message[] found = folder.search(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(since)));
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(found, profile);
            List<InboxMessage> read = new ArrayList<>();
            int unreadable = 0;
            java.util.Set<MessageKey> listed = new java.util.HashSet<>();
            for (Message message : found) {
                MessageKey key = new MessageKey(validity, uids.getUID(message));
                listed.add(key);
                if (wanted.test(key)) {
                    // A whole copy (BODY.PEEK[]), so converting never goes back to the server.
                    MimeMessage copy = new MimeMessage((MimeMessage) message);
                    try {
                        read.add(new InboxMessage(key, converter.toIncoming(copy)));
                    } catch (UnreadableMessageException e) {
                        // One broken message must not stop the others; it is left out (and tried again next time).
                        LOG.warning(() -> "Inbox message " + key + " cannot be read: " + e.getMessage());
                        unreadable++;
                    }
                }
            }
            return new Found(validity, read, listed, unreadable);
        } finally {
            if (folder.isOpen()) {
                try {
                    folder.close(false); // false: never expunge
                } catch (MessagingException | RuntimeException ignored) {
                    // the connection is gone; what was read is complete or already refused
                }
            }
        }
    }

    private Properties properties() {
        String p = address.secure() ? "mail.imaps." : "mail.imap.";
        Properties props = new Properties();
        props.put(p + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        props.put(p + "timeout", Long.toString(readTimeout.toMillis()));
        props.put(p + "peek", "true"); // BODY.PEEK even if a server would let a READ_ONLY fetch set \Seen
        if (address.secure()) {
            props.put("mail.imaps.ssl.checkserveridentity", "true");
            caFile.ifPresent(pem -> props.put("mail.imaps.ssl.socketFactory", ExtraTrust.socketFactory(pem)));
        }
        return props;
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException ignored) {
            // already closed by the server or the network; nothing is left to release that matters
        }
    }
}
