package app.nudge.cli;

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
import java.util.Locale;
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
        return "usage: nudge import-csv FILE [--db PATH] [--mapping FILE] [--yes]\n"
                + "Shows what a sheet (Huntr, LinkedIn, Teal or any CSV with a header row) would become and asks\n"
                + "before storing it, all rows or none; the data stored before is backed up first.\n"
                + "  --mapping FILE  columns to use, as field=Column lines or a JSON object (company, role, status,\n"
                + "                  date, contact, email, notes, url)\n"
                + "  --yes           import without asking\n"
                + "  --db PATH       " + DB_MEANING;
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
                context.out().println("The sheet has no rows to import; nothing was imported.");
                return Cli.OK;
            }
            if (!line.flag("--yes") && !confirmed(preview.rows().size(), context)) {
                context.out().println("Nothing was imported.");
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
                context.out().println("Imported " + count + (count == 1 ? " application" : " applications")
                        + " into " + TerminalText.oneLine(db.path())
                        + result.backup().map(b -> "; the data as it was before is backed up in " + TerminalText.oneLine(b)).orElse(""));
            }
            return Cli.OK;
        } catch (CsvRereadFailed e) {
            context.err().println(TerminalText.oneLine(e.getCause() instanceof CsvImportException c ? c.getMessage()
                    : file + ": cannot be read (" + CliMessages.reason((IOException) e.getCause()) + ")"));
            return Cli.BAD_INPUT;
        } catch (CsvImportException e) {
            context.err().println(TerminalText.oneLine(e.getMessage()));
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            context.err().println(TerminalText.oneLine(file + ": cannot be read (" + CliMessages.reason(e) + ")"));
            return Cli.BAD_INPUT;
        }
    }

    /** One line for the refusal (the preview above lists every bad row): the first few, then a count. */
    private static String badRows(CsvPreview preview) {
        int count = preview.badRows().size();
        String shown = String.join("; ", preview.badRows().stream().limit(BAD_ROWS_NAMED).map(BadRow::toString).toList());
        return count + (count == 1 ? " row" : " rows") + " cannot be imported; nothing was imported: " + shown
                + (count > BAD_ROWS_NAMED ? "; and " + (count - BAD_ROWS_NAMED) + " more (listed above)" : "");
    }

    private static Map<CsvField, String> overrides(CommandLine line) throws IOException {
        if (line.option("--mapping").isEmpty()) {
            return Map.of();
        }
        Path mapping = Path.of(line.option("--mapping").get());
        if (!Files.isRegularFile(mapping)) {
            throw new UsageException("--mapping: no such file: " + mapping);
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
        out.println("File: " + TerminalText.oneLine(preview.fileName()));
        out.println("Layout: " + TerminalText.oneLine(preview.layout().title()));
        out.println("Mapping: " + TerminalText.oneLine(preview.mapping()));
        out.println("Rows: " + preview.rows().size() + " OK"
                + (preview.updates() > 0 ? " (" + preview.updates() + " already in Nudge: kept, only a new outcome is added)" : "")
                + ", " + preview.badRows().size() + " bad");
        preview.rows().stream().limit(PREVIEW_ROWS).forEach(row -> out.println("  " + TerminalText.oneLine(describe(row))));
        if (preview.rows().size() > PREVIEW_ROWS) {
            out.println("  ... and " + (preview.rows().size() - PREVIEW_ROWS) + " more");
        }
        for (BadRow bad : preview.badRows()) {
            out.println("  bad " + TerminalText.oneLine(bad));
        }
    }

    private static String describe(ImportedRow row) {
        var a = row.application();
        return "row " + row.row() + ": " + a.company() + " – " + a.role()
                + (row.status().isEmpty() ? "" : " [" + row.status() + "]")
                + (a.appliedOn() == null ? "" : ", applied " + a.appliedOn())
                + (row.updatesStored() ? " (already in Nudge)" : "") + " → " + a.id();
    }

    private static boolean confirmed(int count, CliContext context) throws IOException {
        context.out().print("Import " + count + (count == 1 ? " application" : " applications") + "? [y/N] ");
        context.out().flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
        String answer = in.readLine(); // null: no standard input, which is not a yes
        if (answer != null) {
            return answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
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
