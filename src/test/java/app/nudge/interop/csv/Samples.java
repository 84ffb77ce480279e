package app.nudge.interop.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The sample sheets under src/test/resources/interop, copied to a file as a user would pick one. */
final class Samples {

    static final LocalDate IMPORT_DAY = LocalDate.of(2026, 11, 23);

    private Samples() {
    }

    static Path copy(String name, Path folder) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = Samples.class.getResourceAsStream("/interop/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            Files.copy(in, file);
        }
        return file;
    }

    /** The preview against an empty store. */
    static CsvPreview preview(String name, Path folder) throws IOException {
        return preview(name, folder, Map.of());
    }

    static CsvPreview preview(String name, Path folder, Map<CsvField, String> overrides) throws IOException {
        Path file = copy(name, folder);
        return CsvImportPlanner.preview(name, CsvSheet.read(file), overrides, id -> Optional.empty(), IMPORT_DAY);
    }
}
