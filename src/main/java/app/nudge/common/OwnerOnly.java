package app.nudge.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the user's files readable only by the user: POSIX 0600 for files and 0700 for folders; on
 * file systems with ACLs instead (Windows), one entry giving the owner full access. Best effort:
 * where neither is supported, or the change is refused, the file keeps what it had.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Restricts {@code path} (a file or a folder) if it exists; returns whether it did. */
    public static boolean restrict(Path path) {
        if (path == null || !Files.exists(path)) {
            return false;
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(Files.isDirectory(path) ? FOLDER : FILE);
                return true;
            }
            AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
            if (acl != null) {
                UserPrincipal owner = acl.getOwner();
                AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                        .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
                acl.setAcl(List.of(entry));
                return true;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        return false;
    }

    /**
     * Creates the folder and any missing parents, each owner-only as it is made. A folder that
     * already exists keeps its mode: a shared folder (a 1777 /tmp, a team's 2775 folder) is the
     * user's choice, and --db /tmp/x must never turn /tmp into 0700.
     */
    public static Path createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        java.util.ArrayDeque<Path> missing = new java.util.ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            try {
                Files.createDirectory(next);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (!Files.isDirectory(next)) {
                    throw e;
                }
                continue; // made meanwhile by someone else: theirs, so its mode stays
            }
            restrict(next);
        }
        return folder;
    }
}
