package app.nudge.ui.report;

import static app.nudge.i18n.Texts.t;

import app.nudge.common.ErrorMessages;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.Period;
import app.nudge.report.ReportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;

/**
 * The "Activity report…" dialog's state: the period (a quick choice or typed days), the format,
 * a preview of what the report will hold, and Save. The report is made and written on the
 * background executor, never on the JavaFX thread; results come back on the UI executor. Use on
 * the JavaFX thread.
 */
public final class ActivityReportViewModel {

    private final Function<Period, ActivityReport> reports;
    private final ReportWriter writer;
    private final ReportFileChooser chooser;
    private final ReportOpener opener;
    private final Clock clock;
    private final Executor background;
    private final Executor ui;

    private final ObjectProperty<ReportPeriodChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    /** Set by the view while a date field holds text it cannot read (its value is then the old day). */
    private final BooleanProperty fromUnreadable = new SimpleBooleanProperty(this, "fromUnreadable");
    private final BooleanProperty toUnreadable = new SimpleBooleanProperty(this, "toUnreadable");
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(this, "format", ReportFormat.PDF);
    private final ReadOnlyObjectWrapper<Period> period = new ReadOnlyObjectWrapper<>(this, "period");
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper(this, "periodError", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<Path> savedFile = new ReadOnlyObjectWrapper<>(this, "savedFile");
    private final BooleanBinding canSave;

    /** The report made for the preview, kept so Save does not make it again for the same days. */
    private ActivityReport previewed;
    /** Counts previews asked for, so an older one that finishes late does not overwrite a newer one. */
    private long previewsAsked;
    /** Set while a quick choice fills From and To, so that is not taken as the user typing other days. */
    private boolean filling;

    /**
     * @param reports    makes the report of a period (the acts, the user's name, today); called on {@code background}
     * @param writer     writes it to a file, whole or not at all; called on {@code background}
     * @param chooser    asks where to save it
     * @param opener     opens a saved file ({@link ReportOpener#NONE} when the desktop cannot)
     * @param clock      "today", for the quick choices
     * @param background where reports are made and written (never the JavaFX thread in the app)
     * @param ui         the JavaFX thread ({@code Platform::runLater})
     */
    public ActivityReportViewModel(Function<Period, ActivityReport> reports, ReportWriter writer,
                                   ReportFileChooser chooser, ReportOpener opener, Clock clock,
                                   Executor background, Executor ui) {
        this.reports = Objects.requireNonNull(reports);
        this.writer = Objects.requireNonNull(writer);
        this.chooser = Objects.requireNonNull(chooser);
        this.opener = opener == null ? ReportOpener.NONE : opener;
        this.clock = Objects.requireNonNull(clock);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        canSave = Bindings.createBooleanBinding(() -> period.get() != null && !busy.get(), period, busy);
        choice.addListener((o, was, now) -> fill(now));
        from.addListener((o, was, now) -> typed());
        to.addListener((o, was, now) -> typed());
        fromUnreadable.addListener((o, was, now) -> unreadableChanged(now));
        toUnreadable.addListener((o, was, now) -> unreadableChanged(now));
        // The line about the last save names a file of the format (and period) chosen then.
        format.addListener((o, was, now) -> forgetLastSave());
        choice.set(ReportPeriodChoice.LAST_MONTH);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A quick choice puts its days into From and To; "other days" keeps the ones shown, to edit. */
    private void fill(ReportPeriodChoice chosen) {
        Optional<Period> days = chosen == null ? Optional.empty() : chosen.period(today());
        if (days.isPresent()) {
            filling = true;
            try {
                from.set(days.get().from());
                to.set(days.get().to());
            } finally {
                filling = false;
            }
        }
        check();
    }

    /** Days typed that differ from the quick choice make the period "other days". */
    private void typed() {
        if (filling) {
            return;
        }
        ReportPeriodChoice current = choice.get();
        Optional<Period> quick = current == null ? Optional.empty() : current.period(today());
        if (quick.isPresent() && !(quick.get().from().equals(from.get()) && quick.get().to().equals(to.get()))) {
            choice.set(ReportPeriodChoice.CUSTOM); // calls check()
            return;
        }
        check();
    }

    /** Text typed that is no day at all is not the quick choice's days either: the period is "other days". */
    private void unreadableChanged(boolean unreadable) {
        if (unreadable && choice.get() != ReportPeriodChoice.CUSTOM) {
            choice.set(ReportPeriodChoice.CUSTOM); // calls check()
            return;
        }
        check();
    }

    /**
     * Takes From and To as the period when they make one, else says in one line which field is wrong.
     * While a field cannot read its text, its value is an old day the user no longer sees: there is
     * no period then, and no period line either (the field's own line says what is wrong).
     */
    private void check() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        boolean unreadable = fromUnreadable.get() || toUnreadable.get();
        String problem = unreadable ? ""
                : start == null ? t("report.error.fromEmpty")
                : end == null ? t("report.error.toEmpty")
                : end.isBefore(start) ? t("report.error.toBeforeFrom", "to", ReportTexts.day(end), "from", ReportTexts.day(start))
                : "";
        periodError.set(problem);
        Period next = problem.isEmpty() && !unreadable ? new Period(start, end) : null;
        if (!Objects.equals(next, period.get())) {
            period.set(next);
            forgetLastSave();
            refreshPreview(next);
        }
    }

    /** Clears the line about the last save (kept while one is under way: its outcome is still to come). */
    private void forgetLastSave() {
        savedFile.set(null);
        if (!busy.get()) {
            status.set("");
            failed.set(false);
        }
    }

    private void refreshPreview(Period days) {
        long asked = ++previewsAsked;
        previewed = null;
        if (days == null) {
            preview.set("");
            return;
        }
        preview.set(t("report.counting"));
        CompletableFuture.supplyAsync(() -> reports.apply(days), background).whenCompleteAsync((report, failure) -> {
            if (asked != previewsAsked) {
                return; // the period changed meanwhile: a newer preview is on its way
            }
            if (failure != null) {
                preview.set(t("report.countFailed", "reason", ErrorMessages.of(failure)));
            } else {
                previewed = report;
                preview.set(ReportTexts.preview(report));
            }
        }, ui);
    }

    /** The name Save offers: "activity-report-2026-11-01-to-2026-11-30.pdf"; empty while the period is wrong. */
    public String suggestedFileName() {
        Period days = period.get();
        return days == null ? "" : ReportTexts.fileName(days, chosenFormat());
    }

    /**
     * Asks where to save, then makes and writes the report in the background and says in one line
     * how it went. Nothing happens while the period is wrong or a save is under way, or when the
     * user cancels the file dialog. A name without the format's ending gets it; a file that then
     * already exists is not replaced (the user did not choose it), and the line says so.
     */
    public void save(Window owner) {
        if (!canSave.get()) {
            return;
        }
        Period days = period.get();
        ReportFormat chosenFormat = chosenFormat();
        Optional<Path> chosen = chooser.choose(owner, ReportTexts.fileName(days, chosenFormat), chosenFormat);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = ReportTexts.withEnding(chosen.get().toAbsolutePath(), chosenFormat);
        boolean endingAdded = !file.equals(chosen.get().toAbsolutePath());
        ActivityReport ready = previewed != null && days.equals(previewed.period()) ? previewed : null;
        busy.set(true);
        failed.set(false);
        savedFile.set(null);
        status.set(t("report.saving", "file", file.getFileName()));
        CompletableFuture.supplyAsync(() -> {
            try {
                if (endingAdded && Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                ActivityReport report = ready != null ? ready : reports.apply(days);
                writer.write(report, chosenFormat, file);
                return report;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((report, failure) -> {
            busy.set(false);
            if (failure != null) {
                failed.set(true);
                status.set(ReportTexts.notSaved(file, failure)
                        + (endingAdded && ErrorMessages.unwrap(failure) instanceof FileAlreadyExistsException
                        ? " " + t("report.notSaved.exists") : ""));
            } else {
                failed.set(false);
                savedFile.set(file);
                status.set(ReportTexts.saved(report, file));
            }
        }, ui);
    }

    private ReportFormat chosenFormat() {
        return format.get() == null ? ReportFormat.PDF : format.get();
    }

    /** Opens the file just saved with the desktop's program for it. */
    public void openSaved() {
        Path file = savedFile.get();
        if (file != null) {
            opener.open(file);
        }
    }

    /** Whether the app can open a saved file (the dialog shows "Open" only then). */
    public boolean canOpen() {
        return opener != ReportOpener.NONE;
    }

    public ObjectProperty<ReportPeriodChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** True while the From field holds text it cannot read; the view keeps it up to date. */
    public BooleanProperty fromUnreadableProperty() {
        return fromUnreadable;
    }

    /** True while the To field holds text it cannot read; the view keeps it up to date. */
    public BooleanProperty toUnreadableProperty() {
        return toUnreadable;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    /** The period the report covers; null while From and To do not make one. */
    public ReadOnlyObjectProperty<Period> periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** One line naming the field that is wrong; empty while the period is fine. */
    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    /** What the report will hold: "14 acts: 3 applications, …", or that the period has nothing. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** How the last save went, in one line; empty before any. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether {@link #statusProperty()} tells of a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file the last save wrote; null before, after a failure, or once the period changes. */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
