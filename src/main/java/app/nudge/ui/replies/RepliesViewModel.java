package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.i18n.Texts;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.MatchKind;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyProposal;
import app.nudge.replies.ReplyProposer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The replies waiting for review and the ways they arrive: pasted text, email files (opened or
 * dropped) and the watched inbox. Reading and proposing run on {@code background}; results are
 * applied on {@code ui}. Waiting replies are kept in memory for the session only: nothing about a
 * message is stored until the user accepts it, and then only the event it records.
 */
public final class RepliesViewModel {

    private final Function<Path, IncomingMessage> reader;
    private final ReplyProposer proposer;
    private final Supplier<List<Application>> applications;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyListWrapper<WaitingReply> waiting = new ReadOnlyListWrapper<>(this, "waiting",
            FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper inboxWatched = new ReadOnlyBooleanWrapper(this, "inboxWatched", false);
    private Runnable inboxCheck = () -> { };
    private Function<String, IncomingMessage> pastedReader = IncomingMessage::pasted;

    /**
     * @param reader       turns an email file into a message; throws with a one-line reason for a bad file
     * @param proposer     matches and reads a message; records nothing
     * @param applications the applications shown now (read on the UI thread)
     * @param background   where files are read and messages proposed (never the JavaFX thread in the app)
     * @param ui           where results are applied
     */
    public RepliesViewModel(Function<Path, IncomingMessage> reader, ReplyProposer proposer,
                            Supplier<List<Application>> applications, Executor background, Executor ui) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.proposer = Objects.requireNonNull(proposer, "proposer");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        countText.bind(Bindings.createStringBinding(() -> countWords(waiting.size()), waiting));
    }

    static String countWords(int count) {
        return count == 0 ? "" : Texts.current().count("replies.count", count);
    }

    /** The replies waiting for review, oldest first. */
    public ReadOnlyListProperty<WaitingReply> waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** "3 replies to review", or empty when none waits. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Why the last files or text could not be read: one line per file, naming it; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void clearProblem() {
        problem.set("");
    }

    /**
     * How pasted text becomes a message: the app's reader takes the sender, subject and date from
     * header lines a mail client copied with the text. On the UI thread, before anything is pasted.
     */
    public void setPastedReader(Function<String, IncomingMessage> reader) {
        pastedReader = Objects.requireNonNull(reader, "reader");
    }

    /** A problem found elsewhere (the watched inbox's last check), shown like the others. Any thread. */
    public void reportProblem(String line) {
        ui.execute(() -> problem.set(line));
    }

    /** Whether an inbox is watched: then "Check the inbox now" is offered. */
    public ReadOnlyBooleanProperty inboxWatchedProperty() {
        return inboxWatched.getReadOnlyProperty();
    }

    /** Says whether an inbox is watched and how to check it at once. On the UI thread. */
    public void watchInbox(boolean watched, Runnable checkNow) {
        inboxWatched.set(watched);
        inboxCheck = Objects.requireNonNull(checkNow, "checkNow");
    }

    /** Checks the watched inbox now; what it finds arrives through {@link #offer}. On the UI thread. */
    public void checkInbox() {
        problem.set("");
        inboxCheck.run();
    }

    /**
     * Proposes what the user pasted. Completes on the UI executor with the new waiting reply (none
     * for blank text). Call on the UI thread.
     */
    public CompletableFuture<List<WaitingReply>> paste(String text) {
        if (text == null || text.isBlank()) {
            problem.set(t("replies.paste.empty"));
            return CompletableFuture.completedFuture(List.of());
        }
        IncomingMessage message = pastedReader.apply(text);
        return propose(List.of(new Source(message, null, "pasted")));
    }

    /**
     * Reads and proposes each file (opened or dropped). A file that cannot be read gives one line
     * naming it in {@link #problemProperty()}; the others go on. Call on the UI thread.
     */
    public CompletableFuture<List<WaitingReply>> openFiles(List<Path> files) {
        List<Source> sources = files.stream().map(path -> new Source(null, path, fileName(path))).toList();
        return sources.isEmpty() ? CompletableFuture.completedFuture(List.of()) : propose(sources);
    }

    /**
     * Messages from the watched inbox, from any thread. They are proposed and wait for review;
     * nothing is recorded. A watched message that fits no application, or is not a reply at all
     * (an auto-reply, a newsletter), is left out: the inbox holds much more than replies. A message
     * already waiting is not added twice.
     */
    public void offer(List<IncomingMessage> messages) {
        List<IncomingMessage> copy = List.copyOf(messages);
        ui.execute(() -> {
            List<Application> known = List.copyOf(applications.get());
            CompletableFuture.supplyAsync(() -> {
                List<ReplyProposal> out = new ArrayList<>();
                for (IncomingMessage message : copy) {
                    try {
                        ReplyProposal proposal = proposer.propose(message, known);
                        if (proposal.match().kind() != MatchKind.NONE && proposal.reading().kind() != ReplyKind.NOT_A_REPLY) {
                            out.add(proposal);
                        }
                    } catch (RuntimeException e) {
                        // One unreadable message never keeps the others from waiting; it is only logged.
                        System.getLogger(RepliesViewModel.class.getName()).log(System.Logger.Level.WARNING,
                                "A watched message could not be read", e);
                    }
                }
                return out;
            }, background).thenAcceptAsync(proposals -> proposals.stream()
                    .filter(p -> waiting.stream().noneMatch(w -> w.proposal().message().equals(p.message())))
                    .forEach(p -> waiting.add(new WaitingReply(p, "inbox"))), ui);
        });
    }

    /** Takes a reply off the waiting list (accepted or dismissed). */
    public void remove(WaitingReply reply) {
        waiting.remove(reply);
    }

    /** A message already read (pasted) or a file still to read. */
    private record Source(IncomingMessage message, Path file, String origin) {
    }

    private record Outcome(WaitingReply reply, String problem) {
    }

    private CompletableFuture<List<WaitingReply>> propose(List<Source> sources) {
        problem.set("");
        List<Application> known = List.copyOf(applications.get());
        return CompletableFuture.supplyAsync(() -> sources.stream().map(s -> read(s, known)).toList(), background)
                .handleAsync((outcomes, error) -> {
                    List<WaitingReply> added = new ArrayList<>();
                    List<String> problems = new ArrayList<>();
                    if (error != null) {
                        problems.add(ErrorMessages.of(error));
                    } else {
                        for (Outcome outcome : outcomes) {
                            if (outcome.reply() != null) {
                                added.add(outcome.reply());
                            } else {
                                problems.add(outcome.problem());
                            }
                        }
                    }
                    waiting.addAll(added);
                    problem.set(String.join("\n", problems));
                    return added;
                }, ui);
    }

    /** On the background executor. */
    private Outcome read(Source source, List<Application> known) {
        IncomingMessage message = source.message();
        if (message == null) {
            try {
                message = reader.apply(source.file());
            } catch (RuntimeException e) {
                String reason = reason(e);
                // The file reader's reasons already name the file; others get its name in front.
                return new Outcome(null, reason.contains(source.origin()) ? reason
                        : t("replies.problem.file", "file", source.origin(), "reason", reason));
            }
        }
        try {
            return new Outcome(new WaitingReply(proposer.propose(message, known), source.origin()), null);
        } catch (RuntimeException e) {
            System.getLogger(RepliesViewModel.class.getName()).log(System.Logger.Level.WARNING, "Proposing failed", e);
            String what = source.file() == null ? t("replies.problem.pastedText") : source.origin();
            return new Outcome(null, t("replies.problem.unreadable", "what", what));
        }
    }

    /** The reader's own one-line reason; never an exception's class name or a stack. */
    private static String reason(RuntimeException error) {
        if (error instanceof UncheckedIOException || error.getCause() instanceof IOException) {
            return ErrorMessages.of(error);
        }
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return t("replies.problem.notEmail");
        }
        return message.strip().lines().findFirst().orElse("");
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
