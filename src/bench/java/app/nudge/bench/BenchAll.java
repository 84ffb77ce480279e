package app.nudge.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs every measurement of issue 8 and prints one table, the target beside each figure.
 * Run: {@code mvn -B -Pbench -DskipTests package exec:exec} (all), or with
 * {@code -Dbench.args=replan,import} for some of them.
 */
public final class BenchAll {

    /** One measurement: runs, then answers its lines of the table. */
    @FunctionalInterface
    interface Measurement {
        List<Row> run() throws Exception;
    }

    private BenchAll() {
    }

    static Map<String, Measurement> measurements() {
        Map<String, Measurement> all = new LinkedHashMap<>();
        all.put("startup", StartupBench::measure);
        all.put("policy", PolicyBench::measure);
        all.put("replan", ReplanBench::measure);
        all.put("import", ImportBench::measure);
        all.put("replies", ReplyBench::measure);
        all.put("insights", InsightsBench::measure);
        all.put("report", ReportBench::measure);
        all.put("server", ServerBench::measure);
        return all;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Measurement> all = measurements();
        Set<String> chosen = args.length == 0 || args[0].isBlank() || args[0].equals("all") ? all.keySet()
                : Set.of(args[0].split(","));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Measurement> m : all.entrySet()) {
            if (chosen.contains(m.getKey())) {
                System.out.println("== " + m.getKey());
                rows.addAll(m.getValue().run());
            }
        }
        System.out.println();
        System.out.println(table(rows));
    }

    /** A Markdown table, so that it can go into the README as printed. */
    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| Measure | Measured | Target | Met |\n|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", r.what(), r.measured(), r.target(),
                    r.target().equals(Row.NO_TARGET) ? Row.NO_TARGET : r.met() ? "yes" : "**no**"));
        }
        return out.toString();
    }
}
