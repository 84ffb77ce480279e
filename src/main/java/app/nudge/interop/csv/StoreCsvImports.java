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

/** {@link CsvImports} on the database thread; {@code afterImport} runs there too (the app re-plans). */
public final class StoreCsvImports implements CsvImports {

    private final Supplier<Database> database;
    private final Executor databaseExecutor;
    private final Clock clock;
    private final Runnable afterImport;

    public StoreCsvImports(Supplier<Database> database, Executor databaseExecutor, Clock clock, Runnable afterImport) {
        this.database = database;
        this.databaseExecutor = databaseExecutor;
        this.clock = clock;
        this.afterImport = afterImport;
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
        return CompletableFuture.supplyAsync(() -> {
            CsvImportResult result = CsvImportStore.store(database.get(), preview);
            afterImport.run();
            return result;
        }, databaseExecutor);
    }
}
