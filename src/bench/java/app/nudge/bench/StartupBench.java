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
 * display. Each round starts, one after the other, a bare JavaFX window from a plain {@code java}
 * command, Nudge's jar as a user types it ({@code java -jar target/nudge.jar}) and, when
 * {@code mvn -Ppackage} has built it, the installed app's launcher ({@code target/dist/Nudge/bin/Nudge},
 * with its ahead-of-time cache when it has one). It times, from the moment each process is started,
 * the arrival of the FIRST_FRAME line printed at the first frame showing data (for Nudge, by the app's
 * own {@code StartupProbe}, asked for with an environment variable, so the jar and the launcher are
 * timed the same way). Every start but the first shows the picture of the window as it last closed
 * (PICTURE_FRAME) before the live window (FIRST_FRAME): both are reported. A last run scrolls through every card. Needs a display: uses $DISPLAY, else
 * starts Xvfb.
 */
final class StartupBench {

    static final int APPLICATIONS = 10_000;
    /** Rounds of (bare window, jar, launcher); NUDGE_BENCH_ROUNDS overrides, for a quick look. */
    static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("NUDGE_BENCH_ROUNDS", "7"));
    static final Path JAR = Path.of("target/nudge.jar");
    static final Path LAUNCHER = Path.of("target/dist/Nudge/bin/Nudge");
    /** Asks the app to print FIRST_FRAME, then its resident set, then quit (app.nudge.app.StartupProbe). */
    static final Map<String, String> PROBE = Map.of("NUDGE_STARTUP_PROBE", "1");

    private StartupBench() {
    }

    static List<Row> measure() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No " + JAR + ": run the benchmark with 'package' (mvn -Pbench -DskipTests package exec:exec)");
        }
        boolean launcher = Files.isExecutable(LAUNCHER);
        if (!launcher) {
            System.out.println("No app image at " + LAUNCHER + ": only the jar is measured (build it with mvn -Ppackage -DskipTests package)");
        }
        Path folder = Files.createTempDirectory("nudge-startup-bench");
        DatabasePath data = new DatabasePath(folder.resolve("data").resolve("nudge"));
        fill(folder, data);
        List<String> bare = java(List.of(), List.of(EmptyWindow.Launch.class.getName()));
        List<String> jar = List.of(javaExecutable(), "-jar", JAR.toString(), "--db", data.base().toString());
        List<String> image = List.of(LAUNCHER.toString(), "--db", data.base().toString());
        try (VirtualDisplay display = VirtualDisplay.ensure(); TempFolder cleanup = new TempFolder(folder)) {
            runProcess(display, bare, Map.of());
            runProcess(display, jar, PROBE); // warm-up: disk cache, daily backup
            if (launcher) {
                runProcess(display, image, PROBE);
            }
            double[] empty = new double[ROUNDS];
            double[] fromJar = new double[ROUNDS];
            double[] jarLive = new double[ROUNDS];
            double[] fromImage = new double[ROUNDS];
            double[] imageLive = new double[ROUNDS];
            double[] imageCold = new double[ROUNDS];
            double imageRss = 0;
            for (int round = 0; round < ROUNDS; round++) {
                empty[round] = runProcess(display, bare, Map.of()).get("FIRST_FRAME");
                Map<String, Double> j = runProcess(display, jar, PROBE);
                fromJar[round] = firstWithCards(j);
                jarLive[round] = j.get("FIRST_FRAME");
                String imageFigure = "";
                if (launcher) {
                    // A start without a fitting picture (a crash before it, a command that changed the file): it leaves some for the next.
                    deletePictures(data.folder());
                    Map<String, Double> cold = runProcess(display, image, PROBE);
                    if (cold.containsKey("PICTURE_FRAME")) {
                        throw new IllegalStateException("A picture was shown although none was kept");
                    }
                    imageCold[round] = cold.get("FIRST_FRAME");
                    Map<String, Double> n = runProcess(display, image, PROBE);
                    fromImage[round] = firstWithCards(n);
                    imageLive[round] = n.get("FIRST_FRAME");
                    imageRss = Math.max(imageRss, n.getOrDefault("RSS_MB", 0.0));
                    imageFigure = String.format(Locale.ROOT, ", installed app %.0f ms (live %.0f ms; without a picture %.0f ms)",
                            fromImage[round], imageLive[round], imageCold[round]);
                }
                System.out.printf(Locale.ROOT, "round %d: bare window %.0f ms, jar %.0f ms (live %.0f ms)%s%n",
                        round + 1, empty[round], fromJar[round], jarLive[round], imageFigure);
            }
            Map<String, Double> settled = runChild(display, List.of(NudgeProbe.class.getName(), "--db", data.base().toString()));
            Map<String, Double> scrolled = runChild(display, List.of(NudgeProbe.class.getName(), "--db", data.base().toString(), "--scroll"));
            System.out.println("scroll run: " + scrolled);
            double emptyMedian = median(empty);
            double jarMedian = median(fromJar);
            double heap = Math.max(settled.get("HEAP_MB"), scrolled.getOrDefault("HEAP_MB_AFTER_SCROLL", 0.0));
            double rss = Math.max(settled.get("RSS_MB"), scrolled.getOrDefault("RSS_MB_AFTER_SCROLL", 0.0));
            List<Row> rows = new ArrayList<>();
            if (launcher) {
                double imageMedian = median(fromImage);
                double ratio = imageMedian / emptyMedian;
                rows.add(new Row(String.format(Locale.ROOT,
                        "Start-up to the first frame with data, %,d applications, installed app's launcher, a start after a close (median of %d)",
                        APPLICATIONS, ROUNDS),
                        String.format(Locale.ROOT, "%.0f ms vs bare window %.0f ms = %.2fx", imageMedian, emptyMedian, ratio),
                        "≤ 1.25x", ratio <= 1.25));
                rows.add(new Row("Same, until the live window takes the picture's place (the board answers from then on)",
                        String.format(Locale.ROOT, "%.0f ms = %.2fx", median(imageLive), median(imageLive) / emptyMedian),
                        Row.NO_TARGET, true));
                double coldRatio = median(imageCold) / emptyMedian;
                rows.add(new Row("Same, a start without a fitting picture (after a change made while closed, a crash, or more than three days after the last close)",
                        String.format(Locale.ROOT, "%.0f ms = %.2fx", median(imageCold), coldRatio), "≤ 1.25x", coldRatio <= 1.25));
                rows.add(new Row("Resident set of the installed app, 3 s after that frame (worst run)",
                        String.format(Locale.ROOT, "%.0f MB", imageRss), "≤ 350 MB", imageRss <= 350));
            }
            rows.add(new Row(String.format(Locale.ROOT, "Start-up to the first frame with data, java -jar (median of %d)", ROUNDS),
                    String.format(Locale.ROOT, "%.0f ms vs bare window %.0f ms = %.2fx", jarMedian, emptyMedian, jarMedian / emptyMedian),
                    Row.NO_TARGET, true));
            rows.add(new Row("Same, until the live window takes the picture's place",
                    String.format(Locale.ROOT, "%.0f ms = %.2fx", median(jarLive), median(jarLive) / emptyMedian),
                    Row.NO_TARGET, true));
            rows.add(new Row("Resident set, 10,000 applications on the board (worst run, after scrolling)",
                    String.format(Locale.ROOT, "%.0f MB", rss), "≤ 350 MB", rss <= 350));
            rows.add(new Row("Live heap after full GC, same", String.format(Locale.ROOT, "%.0f MB", heap), "≤ 120 MB", heap <= 120));
            rows.add(new Row(String.format(Locale.ROOT, "Scroll through %,.0f cards, %.0f px a frame: 95th-percentile frame",
                            scrolled.get("SCROLL_CARDS"), BoardScroller.STEP),
                    String.format(Locale.ROOT, "%.1f ms (worst %.1f ms, %,.0f frames)", scrolled.get("SCROLL_P95_MS"),
                            scrolled.get("SCROLL_MAX_MS"), scrolled.get("SCROLL_FRAMES")),
                    "≤ 20 ms", scrolled.get("SCROLL_P95_MS") <= 20));
            return rows;
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
        return runProcess(display, java(shippedJvmOptions(), mainAndArgs), environment);
    }

    /** This JVM's java with {@code options}, this class path and {@code mainAndArgs}. */
    private static List<String> java(List<String> options, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        return command;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * Runs {@code command} on the display with {@code environment} added, returns its figures:
     * FIRST_FRAME as milliseconds since the process was started, and every "NAME value" line it printed.
     */
    static Map<String, Double> runProcess(VirtualDisplay display, List<String> command, Map<String, String> environment)
            throws Exception {
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
                    figures.putIfAbsent(line, (System.nanoTime() - start) / 1e6);
                } else if (line.matches("[A-Z0-9_]+ -?[0-9.]+")) {
                    String[] parts = line.split(" ");
                    figures.put(parts[0], Double.parseDouble(parts[1]));
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The child did not end: " + command);
        }
        if (!figures.containsKey("FIRST_FRAME")) {
            throw new IllegalStateException("No first frame from " + command + " (exit " + process.exitValue() + ")");
        }
        return figures;
    }

    /** The --java-options Nudge's installers start it with (packaging/jpackage/image.args). */
    static List<String> shippedJvmOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("packaging/jpackage/image.args"))) {
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

    /**
     * The first frame showing cards: the window's last picture when the app showed one
     * (PICTURE_FRAME, printed by the app at its first frame), else the live board's (FIRST_FRAME).
     */
    static double firstWithCards(Map<String, Double> figures) {
        return figures.getOrDefault("PICTURE_FRAME", figures.get("FIRST_FRAME"));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The window's pictures kept beside the data (window-picture-DAY.bin, one per day), all removed. */
    private static void deletePictures(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("window-picture")).toList()) {
                Files.delete(file);
            }
        }
    }
}
