package app.nudge.interop.csv;

import app.nudge.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * {@link CsvImports} on the database thread; {@code afterImport} runs there too (the app re-plans).
 * The storing itself is handed to an {@link ImportRunner}, which in the app makes the whole import
 * one change of the undo history.
 */
public final class StoreCsvImports implements CsvImports {

    /** Runs an import's store work on the database thread as one change named {@code label}. */
    @FunctionalInterface
    public interface ImportRunner {
        CompletableFuture<CsvImportResult> run(String label, Supplier<CsvImportResult> work);

        /** Just on the database thread, remembered nowhere (tests and tools without an undo history). */
        static ImportRunner on(Executor databaseExecutor) {
            return (label, work) -> CompletableFuture.supplyAsync(work, databaseExecutor);
        }
    }

    private final Supplier<Database> database;
    private final Executor databaseExecutor;
    private final Clock clock;
    private final Runnable afterImport;
    private final ImportRunner runner;

    public StoreCsvImports(Supplier<Database> database, Executor databaseExecutor, Clock clock, Runnable afterImport,
                           ImportRunner runner) {
        this.database = database;
        this.databaseExecutor = databaseExecutor;
        this.clock = clock;
        this.afterImport = afterImport;
        this.runner = runner;
    }

    public StoreCsvImports(Supplier<Database> database, Executor databaseExecutor, Clock clock, Runnable afterImport) {
        this(database, databaseExecutor, clock, afterImport, ImportRunner.on(databaseExecutor));
    }

    @Override
    public CompletableFuture<CsvPreview> preview(Path file, Map<CsvField, String> overrides) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return CsvImportStore.preview(database.get(), file, overrides, LocalDate.now(clock));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, databaseExecutor);
    }

    @Override
    public CompletableFuture<CsvImportResult> importAll(CsvPreview preview) {
        return runner.run("import " + preview.fileName(), () -> {
            CsvImportResult result = CsvImportStore.store(database.get(), preview);
            afterImport.run();
            return result;
        });
    }
}
