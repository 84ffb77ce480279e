package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.domain.Application;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.ActivityRows;
import app.nudge.insights.Period;
import app.nudge.report.ActivityReportFiles;
import app.nudge.report.ReportFormat;
import app.nudge.report.ReportWords;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code report --from DAY --to DAY [--format pdf|csv] [--out FILE] [--db PATH] [--force]}: the
 * activity report of a period, for a job agency, as a PDF or a CSV sheet. Reads the database only.
 */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return Usage.of("nudge report --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|csv] [--out FILE] [--db PATH] [--force]",
                Texts.t("cli.report.help"),
                "--format", Texts.t("cli.report.option.format"),
                "--out FILE", Texts.t("cli.report.option.out"),
                "--force", Texts.t("cli.report.option.force"),
                "--db PATH", Usage.dbMeaning());
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--from", "--to", "--format", "--out", "--db");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--force");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        line.noPositional();
        LocalDate from = line.dateOption("--from").orElseThrow(() -> new UsageException(
                Texts.t("cli.report.missingDate", "option", "--from")));
        LocalDate to = line.dateOption("--to").orElseThrow(() -> new UsageException(
                Texts.t("cli.report.missingDate", "option", "--to")));
        if (to.isBefore(from)) {
            throw new UsageException(Texts.t("cli.report.toBeforeFrom", "to", to, "from", from));
        }
        Period period = new Period(from, to);
        Optional<Path> typedOut = line.option("--out").map(CommandOutput::outFile);
        ReportFormat format = format(line.option("--format"), typedOut);
        Path file = typedOut.orElseGet(() -> defaultFile(period, format));
        if (!line.flag("--force")) {
            CommandOutput.refuseToReplace(file);
        }
        ActivityReport report;
        try (Database db = context.openReadOnly(context.database(line))) {
            List<Application> applications = new ApplicationRepository(db).findAll();
            String yourName = new SettingsRepository(db).settings().yourName();
            // The moment, not only the day: a round booked for later today is not an act yet.
            report = ActivityRows.report(applications, period, java.time.LocalDateTime.now(context.clock()), yourName);
        }
        CommandOutput.writeFile(file, out -> ActivityReportFiles.writeTo(report, format, out));
        int rows = report.rows().size();
        String where = TerminalText.oneLine(file.toAbsolutePath());
        // The whole path: without --out the file lands in the current folder, which may not be where one looks.
        context.out().println(rows == 0
                ? Texts.t("cli.report.wroteEmpty", "nothing", ReportWords.nothingRecorded(period), "file", where)
                : Texts.current().count("cli.report.wrote", rows, "period", ReportWords.period(period), "file", where));
        context.out().flush();
        return Cli.OK;
    }

    /** In the current folder: activity-report-2026-11-01-to-2026-11-30.pdf. */
    static Path defaultFile(Period period, ReportFormat format) {
        return Path.of("activity-report-" + period.from() + "-to-" + period.to() + "." + format.extension());
    }

    /**
     * --format when given; else --out's ending when it names one; else PDF. An --out whose ending
     * names the other format, or (without --format) no format, is refused: a PDF saved as
     * "report.csv" or "report.txt" opens in the wrong program or in none. With --format, any
     * other ending is the user's explicit choice.
     */
    private static ReportFormat format(Optional<String> typedFormat, Optional<Path> typedOut) {
        Optional<ReportFormat> byEnding = typedOut.map(ReportCommand::ending).flatMap(ReportFormat::named);
        ReportFormat format;
        if (typedFormat.isPresent()) {
            format = ReportFormat.named(typedFormat.get()).orElseThrow(() -> new UsageException(
                    Texts.t("cli.report.unknownFormat", "format", typedFormat.get())));
        } else {
            format = byEnding.orElse(ReportFormat.PDF);
        }
        if (typedOut.isPresent() && byEnding.isPresent() && byEnding.get() != format) {
            throw new UsageException(Texts.t("cli.report.wrongEnding", "file", fileName(typedOut.get()),
                    "ending", byEnding.get().extension(), "format", format.extension()));
        }
        if (typedOut.isPresent() && byEnding.isEmpty() && typedFormat.isEmpty()) {
            throw new UsageException(Texts.t("cli.report.noEnding", "file", fileName(typedOut.get())));
        }
        return format;
    }

    private static String fileName(Path file) {
        return TerminalText.oneLine(file.getFileName());
    }

    /** "csv" of "out/november.csv"; "" without a dot in the file's own name. */
    private static String ending(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }
}
