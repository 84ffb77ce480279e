package app.nudge.cli;

import app.nudge.common.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where an export goes: the {@code --out} file, written whole or not at all, or standard output. */
final class CommandOutput {

    private CommandOutput() {
    }

    /** Refuses (exit 2) to write over a file the user already has, unless they said --force. */
    static void refuseToReplace(Path file) {
        if (Files.exists(file)) {
            throw new UsageException(file + " exists; add --force to replace it (nothing was written)");
        }
    }

    /** Writes {@code content} to {@code outFile} when given (answers true), else to standard output. */
    static boolean write(Optional<String> outFile, CliContext context, AtomicFiles.Content content) throws IOException {
        if (outFile.isPresent()) {
            AtomicFiles.write(Path.of(outFile.get()), content);
            return true;
        }
        content.writeTo(context.out());
        context.out().flush();
        return false;
    }
}
