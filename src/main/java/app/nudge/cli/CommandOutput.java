package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an export goes: the {@code --out} file, written whole or not at all, or standard output.
 * A file the user already has is kept unless they said {@code --force}.
 */
final class CommandOutput {

    private CommandOutput() {
    }

    /**
     * The {@code --out} file as typed, refused (exit 2) before anything is read or written when it
     * cannot be a file: empty, ending in a separator, or naming a folder.
     */
    static Path outFile(String typed) {
        if (typed.isBlank()) {
            throw new UsageException(Texts.t("cli.out.needsName"));
        }
        if (Files.isDirectory(Path.of(typed))) {
            throw new UsageException(Texts.t("cli.out.isFolder", "file", typed));
        }
        if (typed.endsWith("/") || typed.endsWith(java.io.File.separator)) {
            throw new UsageException(Texts.t("cli.out.namesFolder", "file", typed));
        }
        Path file = Path.of(typed);
        for (Path above = file.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above) && !Files.isDirectory(above)) {
                throw new UsageException(Texts.t("cli.out.belowFile", "file", above));
            }
        }
        return file;
    }

    /** Refuses (exit 2) to write over a file the user already has, unless they said --force. */
    static void refuseToReplace(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException(Texts.t("cli.out.isFolder", "file", file));
        }
        if (Files.exists(file)) {
            throw new UsageException(Texts.t("cli.out.exists", "file", file));
        }
    }

    /**
     * Writes {@code content} to {@code outFile} when given (answers true), else to standard output.
     * An existing file is replaced only when {@code force}.
     */
    static boolean write(Optional<String> outFile, boolean force, CliContext context, AtomicFiles.Content content)
            throws IOException {
        if (outFile.isPresent()) {
            Path file = outFile(outFile.get());
            if (!force) {
                refuseToReplace(file);
            }
            writeFile(file, content);
            return true;
        }
        content.writeTo(context.out());
        context.out().flush();
        return false;
    }

    /** Writes the whole file or nothing; a file system refusal is one line naming the file (exit 2). */
    static void writeFile(Path file, AtomicFiles.Content content) {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new UsageException(Texts.t("cli.out.cannotWrite", "file", file, "reason", CliMessages.reason(e)));
        }
    }
}
