package app.nudge.cli;

import app.nudge.i18n.Texts;
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
        return Usage.of("nudge copy --from LOCATION --to LOCATION [--replace]", Texts.t("cli.copy.help"),
                "--from LOCATION", Texts.t("cli.copy.option.from"),
                "--to LOCATION", Texts.t("cli.copy.option.to"),
                "--replace", Texts.t("cli.copy.option.replace"));
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
                Texts.t("cli.copy.missingPlace", "option", "--from")));
        DatabasePath to = context.location(line, "--to").orElseThrow(() -> new UsageException(
                Texts.t("cli.copy.missingPlace", "option", "--to")));
        if (SearchCopy.samePlace(from, to)) {
            throw new UsageException(Texts.t("cli.copy.samePlace", "to", to));
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
            throw new UsageException(Texts.t("cli.copy.targetHolds", "to", to, "held", copied.refusedBecauseHeld()));
        }
        int count = search.applications().size();
        String what = Texts.current().count("common.applications", count);
        context.out().println(TerminalText.oneLine(search.settings().isEmpty()
                ? Texts.t("cli.copy.copied", "what", what, "from", from, "to", to)
                : Texts.t("cli.copy.copiedWithSettings", "what", what, "from", from, "to", to)));
        copied.backupOfReplaced().ifPresent(b -> context.out().println(TerminalText.oneLine(
                Texts.t("cli.copy.backedUp", "to", to, "backup", b))));
        return Cli.OK;
    }
}
