package app.nudge.cli;

import app.nudge.common.TerminalText;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.MissingSearch;
import app.nudge.store.StoreException;
import app.nudge.store.WholeSearch;
import java.util.Set;

/**
 * {@code copy --from LOCATION --to LOCATION [--replace]}: copies a whole search (every
 * application and setting) from an H2 file or a schema on a server to another, in one
 * transaction on the target ({@link SearchCopy}). The source is only read.
 */
final class CopyCommand implements Command {

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public String usage() {
        return "usage: nudge copy --from LOCATION --to LOCATION [--replace]\n"
                + "Copies a whole search (every application and setting) from one place to another, all of it or nothing.\n"
                + "A LOCATION is a data file (as --db takes it) or postgresql://USER@HOST[:PORT]/DATABASE?schema=NAME.\n"
                + "The source is only read; a missing target file or schema is created.\n"
                + "  --from LOCATION  the search to copy\n"
                + "  --to LOCATION    where it goes; refused when it holds anything, unless --replace\n"
                + "  --replace        replace what the target holds (it is backed up first)";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--from", "--to");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--replace");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        line.noPositional();
        DatabasePath from = context.location(line, "--from").orElseThrow(() -> new UsageException(
                "--from: missing (a data file or postgresql://USER@HOST/DATABASE?schema=NAME)"));
        DatabasePath to = context.location(line, "--to").orElseThrow(() -> new UsageException(
                "--to: missing (a data file or postgresql://USER@HOST/DATABASE?schema=NAME)"));
        if (SearchCopy.samePlace(from, to)) {
            throw new UsageException("--to: " + to + " is the search named by --from; name another place (nothing was copied)");
        }
        WholeSearch search;
        try (Database source = context.openReadOnly(from)) {
            search = WholeSearch.readFrom(source);
        } catch (StoreException e) {
            // The store words a missing search for --db; here the place was named by --from.
            throw e.kind() == StoreException.Kind.MISSING ? MissingSearch.at(from, "--from") : e;
        }
        SearchCopy.Copied copied = new SearchCopy(context).into(to, search, line.flag("--replace"));
        if (copied.refusedBecauseHeld() != null) {
            throw new UsageException("--to: " + to + " already holds " + copied.refusedBecauseHeld()
                    + "; add --replace to replace it (a backup is taken first). Nothing was copied.");
        }
        int count = search.applications().size();
        context.out().println(TerminalText.oneLine("Copied " + count + (count == 1 ? " application" : " applications")
                + (search.settings().isEmpty() ? "" : " and your settings") + " from " + from + " to " + to + "."));
        copied.backupOfReplaced().ifPresent(b -> context.out().println(TerminalText.oneLine(
                "What " + to + " held before is backed up in " + b + ".")));
        return Cli.OK;
    }
}
