package app.nudge.bench;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.demo.DemoData;
import app.nudge.exchange.ExchangeService;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up, memory and scrolling with 10,000 applications, in real processes on a real (virtual)
 * display. Each round starts an empty JavaFX window and Nudge the same way (this JVM's java, the
 * JVM options Nudge ships with, the same class path) and times, from the moment the process is
 * started, the arrival of the FIRST_FRAME line printed at the first frame showing data. A last
 * Nudge run scrolls through every card. Needs a display: uses $DISPLAY, else starts Xvfb.
 */
final class StartupBench {

    static final int APPLICATIONS = 10_000;
    /** Rounds of (empty window, Nudge); NUDGE_BENCH_ROUNDS overrides, for a quick look. */
    static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("NUDGE_BENCH_ROUNDS", "7"));

    private StartupBench() {
    }

    static List<Row> measure() throws Exception {
        Path folder = Files.createTempDirectory("nudge-startup-bench");
        DatabasePath data = new DatabasePath(folder.resolve("data").resolve("nudge"));
        fill(folder, data);
        try (VirtualDisplay display = VirtualDisplay.ensure(); TempFolder cleanup = new TempFolder(folder)) {
            runChild(display, List.of(EmptyWindow.Launch.class.getName()));
            runChild(display, List.of(NudgeProbe.class.getName(), "--db", data.base().toString())); // warm-up: disk cache, daily backup
            double[] empty = new double[ROUNDS];
            double[] nudge = new double[ROUNDS];
            Map<String, Double> nudgeFigures = new HashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                empty[round] = runChild(display, List.of(EmptyWindow.Launch.class.getName())).get("FIRST_FRAME");
                Map<String, Double> n = runChild(display, List.of(NudgeProbe.class.getName(), "--db", data.base().toString()));
                nudge[round] = n.get("FIRST_FRAME");
                n.forEach((k, v) -> nudgeFigures.merge(k, v, Math::max));
                System.out.printf(Locale.ROOT, "round %d: empty window %.0f ms, Nudge %.0f ms (its window's first frame %.0f ms)%n",
                        round + 1, empty[round], nudge[round], n.get("ANY_FRAME"));
            }
            Map<String, Double> scrolled = runChild(display, List.of(NudgeProbe.class.getName(), "--db", data.base().toString(), "--scroll"));
            System.out.println("scroll run: " + scrolled);
            double emptyMedian = median(empty);
            double nudgeMedian = median(nudge);
            double ratio = nudgeMedian / emptyMedian;
            double heap = Math.max(nudgeFigures.get("HEAP_MB"), scrolled.getOrDefault("HEAP_MB_AFTER_SCROLL", 0.0));
            double rss = Math.max(nudgeFigures.get("RSS_MB"), scrolled.getOrDefault("RSS_MB_AFTER_SCROLL", 0.0));
            return List.of(
                    new Row(String.format(Locale.ROOT, "Start-up to the first frame with data, %,d applications (median of %d)",
                            APPLICATIONS, ROUNDS),
                            String.format(Locale.ROOT, "%.0f ms vs empty window %.0f ms = %.2fx", nudgeMedian, emptyMedian, ratio),
                            "≤ 1.25x", ratio <= 1.25),
                    new Row("Resident set, 10,000 applications on the board (worst run, after scrolling)",
                            String.format(Locale.ROOT, "%.0f MB", rss), "≤ 350 MB", rss <= 350),
                    new Row("Live heap after full GC, same", String.format(Locale.ROOT, "%.0f MB", heap), "≤ 120 MB", heap <= 120),
                    new Row(String.format(Locale.ROOT, "Scroll through %,.0f cards, %.0f px a frame: 95th-percentile frame",
                            scrolled.get("SCROLL_CARDS"), BoardScroller.STEP),
                            String.format(Locale.ROOT, "%.1f ms (worst %.1f ms, %,.0f frames)", scrolled.get("SCROLL_P95_MS"),
                                    scrolled.get("SCROLL_MAX_MS"), scrolled.get("SCROLL_FRAMES")),
                            "≤ 20 ms", scrolled.get("SCROLL_P95_MS") <= 20));
        }
    }

    /** 10,000 realistic applications (every state), imported as a user would. */
    private static void fill(Path folder, DatabasePath data) throws Exception {
        Path json = folder.resolve("demo.json");
        new DemoData(42, LocalDate.now()).write(json, APPLICATIONS);
        try (Database db = Database.openOrCreate(data); InputStream in = Files.newInputStream(json)) {
            new ExchangeService(db, HolidayCalendars.shared()::isSupported).importFrom(in);
        }
    }

    /**
     * Starts one child, returns its figures: FIRST_FRAME as milliseconds since the process was
     * started, and every other "NAME value" line it printed.
     */
    static Map<String, Double> runChild(VirtualDisplay display, List<String> mainAndArgs) throws Exception {
        return runChild(display, mainAndArgs, Map.of());
    }

    /** As {@link #runChild(VirtualDisplay, List)}, with {@code environment} added to the child's (a server's password). */
    static Map<String, Double> runChild(VirtualDisplay display, List<String> mainAndArgs, Map<String, String> environment)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(shippedJvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display.name());
        builder.environment().putAll(environment);
        Map<String, Double> figures = new HashMap<>();
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.matches("[A-Z_]+")) { // a moment: FIRST_FRAME, ANY_FRAME
                    figures.put(line, (System.nanoTime() - start) / 1e6);
                } else if (line.matches("[A-Z0-9_]+ -?[0-9.]+")) {
                    String[] parts = line.split(" ");
                    figures.put(parts[0], Double.parseDouble(parts[1]));
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The child did not end: " + mainAndArgs);
        }
        if (!figures.containsKey("FIRST_FRAME")) {
            throw new IllegalStateException("No first frame from " + mainAndArgs + " (exit " + process.exitValue() + ")");
        }
        return figures;
    }

    /** The --java-options Nudge's installers start it with (packaging/jpackage/common.args). */
    static List<String> shippedJvmOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("packaging/jpackage/common.args"))) {
            if (line.startsWith("--java-options ")) {
                options.add(line.substring("--java-options ".length()).strip());
            }
        }
        return options;
    }

    /** Deletes the benchmark's data folder however the run ends. */
    private record TempFolder(Path folder) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
