package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.CliRunner;
import app.nudge.demo.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte class DamagedFileTest once hit by chance: a key of H2's directory of tables (its metadata
 * map: "map.1a", "name.table.8"; its layout map: "root.28") with its lowest bit flipped. One such flip
 * ("map.1a" read as "maq.1a") broke the key order of the metadata page; H2's lookup of the settings
 * table then found nothing, H2 opened it as a new empty table, and export printed the default
 * settings with exit 0. Here EVERY byte of every key of the newest copy of those maps is flipped, one
 * at a time: each damaged copy must be refused in one line offering the restore, or export exactly
 * what it exported before. Before StoreMapDirectory, 13 of 652 flips (in "map.1a", "map.22",
 * "root.2", "root.23", "root.28": "root.28" read as "root.29" too) exported the default settings.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DamagedTableDirectoryTest {

    private static final CliRunner CLI = new CliRunner();

    @TempDir
    Path work;

    @Test
    void aFlippedKeyInTheDirectoryOfTablesIsRefusedNeverReadAsEmptyTables() throws IOException {
        Path json = work.resolve("demo.json");
        new DemoData(14, LocalDate.of(2026, 11, 20)).write(json, 40);
        Path db = work.resolve("original").resolve("nudge");
        assertEquals(0, CLI.run("import", json.toString(), "--db", db.toString()).exitCode());
        String originalExport = CLI.run("export", "--db", db.toString()).out();
        assertTrue(originalExport.contains("\"yourName\": \"Jane Doe\""), "the settings are stored: their loss would show");
        byte[] original = Files.readAllBytes(Path.of(db + DatabasePath.H2_EXTENSION));

        List<Integer> keys = newestDirectoryKeys(original);
        assertTrue(keys.size() >= 200, "the directory's keys are found in the file: " + keys.size());
        int refused = 0;
        int directoryRefused = 0;
        List<String> failures = new ArrayList<>();
        for (int at : keys) {
            byte[] damaged = original.clone();
            damaged[at] ^= 0x01; // "map.1a" -> "maq.1a", "root.28" -> "root.29": a key stays a key, its order breaks
            Path folder = Files.createDirectories(work.resolve("flip-" + at));
            Files.write(folder.resolve("nudge" + DatabasePath.H2_EXTENSION), damaged);
            CliRunner.Result export = CLI.run("export", "--db", folder.resolve("nudge").toString());
            String err = export.err().strip();
            if (export.exitCode() == 0) {
                if (!export.out().equals(originalExport)) {
                    failures.add("key at " + at + " (" + key(original, at) + "): export exit 0 with DIFFERENT data ("
                            + export.out().length() + " vs " + originalExport.length() + " chars)");
                }
            } else if (export.exitCode() == 3 && err.lines().count() == 1 && err.contains("nudge restore latest")) {
                refused++;
                if (err.contains("directory of tables")) {
                    directoryRefused++;
                }
            } else {
                failures.add("key at " + at + " (" + key(original, at) + "): exit " + export.exitCode() + ": " + err);
            }
        }
        System.out.printf("DamagedTableDirectoryTest: %d bytes of directory keys flipped, %d refused in one line (%d by the"
                + " directory check), %d read exactly as before, %d failures%n", keys.size(), refused, directoryRefused,
                keys.size() - refused - failures.size(), failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(failures.isEmpty(), failures.size() + " of " + keys.size() + " flips held neither way, first: "
                + (failures.isEmpty() ? "" : failures.get(0)));
        assertTrue(directoryRefused > 0, "the flips reach the live directory and the directory check refuses some");
    }

    /**
     * Every byte of every "map.", "name." and "root." key in the newest chunk holding any (the file is
     * append-only, so the highest offset is the newest copy H2 reads), found with a plain scan.
     */
    private static List<Integer> newestDirectoryKeys(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int newestChunk = -1;
        for (int at = text.lastIndexOf("map."); at >= 0 && newestChunk < 0; at = text.lastIndexOf("map.", at - 1)) {
            newestChunk = text.lastIndexOf("chunk:", at);
        }
        List<Integer> keys = new ArrayList<>();
        for (String key : List.of("map.", "name.", "root.")) {
            for (int at = text.indexOf(key, newestChunk); at >= 0; at = text.indexOf(key, at + 1)) {
                for (int i = at; i < file.length && file[i] >= 0x21 && file[i] < 0x7f && i < at + 16; i++) {
                    keys.add(i);
                }
            }
        }
        return keys;
    }

    private static String key(byte[] file, int at) {
        int end = at;
        while (end < file.length && file[end] >= 0x21 && file[end] < 0x7f) {
            end++;
        }
        return new String(file, at - 3, Math.min(end, at + 20) - (at - 3), StandardCharsets.ISO_8859_1);
    }
}
