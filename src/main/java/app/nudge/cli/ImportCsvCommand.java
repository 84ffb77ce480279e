package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.interop.csv.BadRow;
import app.nudge.interop.csv.CsvField;
import app.nudge.interop.csv.CsvImportException;
import app.nudge.interop.csv.CsvImportResult;
import app.nudge.interop.csv.CsvImportStore;
import app.nudge.interop.csv.CsvPreview;
import app.nudge.interop.csv.ImportedRow;
import app.nudge.interop.csv.MappingFiles;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;

/**
 * {@code import-csv FILE [--db PATH] [--mapping FILE] [--yes]}: shows what the sheet would become
 * and asks before storing anything; {@code --yes} stores without asking. Any bad row stores nothing
 * (exit 2), and so does any answer but "y".
 */
final class ImportCsvCommand implements Command {

    /** The preview lists this many rows; the count covers the rest. */
    static final int PREVIEW_ROWS = 20;

    /** The refusal names this many bad rows; the preview on standard output lists them all. */
    static final int BAD_ROWS_NAMED = 5;

    @Override
    public String name() {
        return "import-csv";
    }

    @Override
    public String usage() {
        return Usage.of("nudge import-csv FILE [--db PATH] [--mapping FILE] [--yes]", Texts.t("cli.importCsv.help"),
                "--mapping FILE", Texts.t("cli.importCsv.option.mapping"),
                "--yes", Texts.t("cli.importCsv.option.yes"),
                "--db PATH", Usage.dbMeaning());
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db", "--mapping");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--yes");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        Path file = line.onlyExistingFile("FILE");
        DatabasePath path = context.database(line);
        Database.requireWritable(path); // said before the preview and the question, not after "y"
        try {
            Map<CsvField, String> overrides = overrides(line);
            CsvPreview preview = preview(path, file, overrides, context);
            print(preview, context.out());
            if (!preview.badRows().isEmpty()) {
                context.err().println(TerminalText.oneLine(badRows(preview)));
                return Cli.BAD_INPUT;
            }
            if (preview.rows().isEmpty()) {
                context.out().println(Texts.t("cli.importCsv.noRows"));
                return Cli.OK;
            }
            if (!line.flag("--yes") && !confirmed(preview.rows().size(), context)) {
                context.out().println(Texts.t("cli.importCsv.nothingImported"));
                return Cli.OK;
            }
            // A database that did not exist is created with the rows in it: a kill leaves none or all of them.
            CsvImportResult[] stored = new CsvImportResult[1];
            Consumer<Database> importRows = db -> {
                try {
                    // Previewed again on the connection that writes, so the "already stored" merge sees the latest data.
                    stored[0] = CsvImportStore.store(db, CsvImportStore.preview(db, file, overrides, context.today()));
                } catch (IOException | CsvImportException e) {
                    throw new CsvRereadFailed(e);
                }
            };
            try (Database db = context.openOrCreate(path, importRows)) {
                if (!db.filledWhenCreated()) {
                    importRows.accept(db);
                }
                CsvImportResult result = stored[0];
                int count = result.count();
                context.out().println(Texts.t("cli.imported", "what", Texts.current().count("common.applications", count),
                        "path", TerminalText.oneLine(db.path()))
                        + result.backup().map(b -> Texts.t("cli.imported.backup", "backup", TerminalText.oneLine(b))).orElse(""));
            }
            return Cli.OK;
        } catch (CsvRereadFailed e) {
            context.err().println(TerminalText.oneLine(e.getCause() instanceof CsvImportException c ? c.getMessage()
                    : Texts.t("cli.cannotRead", "file", file, "reason", CliMessages.reason((IOException) e.getCause()))));
            return Cli.BAD_INPUT;
        } catch (CsvImportException e) {
            context.err().println(TerminalText.oneLine(e.getMessage()));
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            context.err().println(TerminalText.oneLine(Texts.t("cli.cannotRead", "file", file, "reason", CliMessages.reason(e))));
            return Cli.BAD_INPUT;
        }
    }

    /** One line for the refusal (the preview above lists every bad row): the first few, then a count. */
    private static String badRows(CsvPreview preview) {
        int count = preview.badRows().size();
        String shown = String.join("; ", preview.badRows().stream().limit(BAD_ROWS_NAMED).map(BadRow::toString).toList());
        return Texts.current().count("cli.importCsv.badRows", count, "rows", shown)
                + (count > BAD_ROWS_NAMED ? Texts.t("cli.importCsv.moreBadRows", "more", count - BAD_ROWS_NAMED) : "");
    }

    private static Map<CsvField, String> overrides(CommandLine line) throws IOException {
        if (line.option("--mapping").isEmpty()) {
            return Map.of();
        }
        Path mapping = Path.of(line.option("--mapping").get());
        if (!Files.isRegularFile(mapping)) {
            throw new UsageException(Texts.t("cli.importCsv.noMapping", "file", mapping));
        }
        try {
            return MappingFiles.read(mapping);
        } catch (CsvImportException e) {
            throw new UsageException("--mapping: " + e.getMessage());
        }
    }

    /** A preview never creates the database: without one, every row is simply new. */
    private static CsvPreview preview(DatabasePath path, Path file, Map<CsvField, String> overrides, CliContext context)
            throws IOException {
        if (!path.exists()) {
            return CsvImportStore.preview(null, file, overrides, context.today());
        }
        try (Database db = context.openReadOnly(path)) {
            return CsvImportStore.preview(db, file, overrides, context.today());
        } catch (StoreException e) {
            if (path.isServer() && e.kind() == StoreException.Kind.MISSING) {
                return CsvImportStore.preview(null, file, overrides, context.today()); // a schema not made yet: all rows new
            }
            throw e;
        }
    }

    static void print(CsvPreview preview, PrintStream out) {
        out.println(Texts.t("cli.importCsv.file", "file", TerminalText.oneLine(preview.fileName())));
        out.println(Texts.t("cli.importCsv.layout", "layout", TerminalText.oneLine(preview.layout().shownTitle())));
        out.println(Texts.t("cli.importCsv.mapping", "mapping", TerminalText.oneLine(preview.mapping())));
        out.println(Texts.t("cli.importCsv.rows", "ok", preview.rows().size(), "bad", preview.badRows().size(),
                "updates", preview.updates() > 0 ? Texts.t("cli.importCsv.updates", "count", preview.updates()) : ""));
        preview.rows().stream().limit(PREVIEW_ROWS).forEach(row -> out.println("  " + TerminalText.oneLine(describe(row))));
        if (preview.rows().size() > PREVIEW_ROWS) {
            out.println("  " + Texts.t("cli.importCsv.moreRows", "count", preview.rows().size() - PREVIEW_ROWS));
        }
        for (BadRow bad : preview.badRows()) {
            out.println("  " + Texts.t("cli.importCsv.bad", "row", TerminalText.oneLine(bad)));
        }
    }

    private static String describe(ImportedRow row) {
        var a = row.application();
        return Texts.t("cli.importCsv.row", "row", Integer.toString(row.row()), "company", a.company(), "role", a.role())
                + (row.status().isEmpty() ? "" : " [" + row.status() + "]")
                + (a.appliedOn() == null ? "" : Texts.t("cli.importCsv.applied", "date", Texts.current().date("format.dateYear", a.appliedOn())))
                + (row.updatesStored() ? Texts.t("cli.importCsv.alreadyStored") : "") + " → " + a.id();
    }

    private static boolean confirmed(int count, CliContext context) throws IOException {
        context.out().print(Texts.t("cli.importCsv.ask", "what", Texts.current().count("common.applications", count)) + " ");
        context.out().flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
        String answer = in.readLine(); // null: no standard input, which is not a yes
        if (answer != null) {
            // "y" and "yes" always work (scripts pipe them in); the language's own yes as well.
            String typed = answer.strip().toLowerCase(Texts.current().locale());
            return typed.matches("y|yes") || typed.matches(Texts.t("cli.importCsv.yesAnswers"));
        }
        context.out().println();
        return false;
    }

    /** The sheet could not be read again when storing (changed or removed since the preview); nothing was stored. */
    private static final class CsvRereadFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CsvRereadFailed(Exception cause) {
            super(cause);
        }
    }
}
