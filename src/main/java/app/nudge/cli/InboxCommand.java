package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.domain.Application;
import app.nudge.mail.imap.InboxAddress;
import app.nudge.mail.imap.InboxMessage;
import app.nudge.mail.imap.InboxProblem;
import app.nudge.mail.imap.InboxReader;
import app.nudge.mail.imap.InboxWatch;
import app.nudge.mail.imap.MessageConverter;
import app.nudge.replies.MatchKind;
import app.nudge.replies.ReadingContext;
import app.nudge.replies.ReplyProposal;
import app.nudge.replies.ReplyProposer;
import app.nudge.replies.ReplyReading;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code inbox imaps://USER@HOST[:PORT]/FOLDER [--since DATE] [--cafile PEM] [--db PATH] [--json]
 * [--record]} (docs/command-line.md): reads one IMAP folder read-only and proposes, for each message
 * that belongs to an application, what it says. Messages that match no application are left out
 * (counted on standard error). The whole folder is read before anything is proposed or recorded,
 * so a server that fails midway leaves the database untouched (exit 4).
 */
final class InboxCommand implements Command {

    private final Function<ReadingContext, ReplyProposer> proposers;
    private final Function<String, String> environment;
    private final InboxPassword.Prompt prompt;
    private final MessageConverter converter;

    InboxCommand() {
        this(ReplyReading::new, System::getenv, InboxPassword.TERMINAL, MessageConverter.STANDARD);
    }

    /**
     * @param proposers the reader for a day, zone and locale (tests pass a fake)
     * @param converter how a fetched message becomes an IncomingMessage (tests wrap it to stop the server midway)
     */
    InboxCommand(Function<ReadingContext, ReplyProposer> proposers, Function<String, String> environment,
                 InboxPassword.Prompt prompt, MessageConverter converter) {
        this.proposers = proposers;
        this.environment = environment;
        this.prompt = prompt;
        this.converter = converter;
    }

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    public String usage() {
        return Usage.of("nudge inbox imaps://USER@HOST[:PORT]/FOLDER [--since YYYY-MM-DD] [--cafile PEM] [--db PATH]"
                + " [--json] [--record]", Texts.t("cli.inbox.help", "variable", InboxPassword.VARIABLE),
                "--since DATE", Texts.t("cli.inbox.option.since", "days", InboxWatch.LOOK_BACK.toDays()),
                "--cafile PEM", Texts.t("cli.inbox.option.cafile"),
                "--record", Texts.t("cli.inbox.option.record"),
                "--json", Texts.t("cli.inbox.option.json"),
                "--db PATH", Usage.dbMeaning())
                + "\n" + Texts.t("cli.inbox.exit4");
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db", "--since", "--cafile");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json", "--record");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        InboxAddress address;
        try {
            address = InboxAddress.parse(line.onlyPositional("imaps://USER@HOST/FOLDER"));
        } catch (InboxProblem e) {
            throw new UsageException(e.getMessage());
        }
        LocalDate since = since(line, context);
        Optional<Path> caFile = line.option("--cafile").map(Path::of);
        DatabasePath path = context.database(line);
        List<Application> applications;
        // Read first, read-only: a database that cannot be opened stops before the password is asked.
        try (Database db = context.openReadOnly(path)) {
            applications = new ApplicationRepository(db).findAll();
        }
        String password = InboxPassword.of(environment, prompt, address.user(), address.host());
        List<InboxMessage> messages;
        try {
            messages = new InboxReader(address, caFile, converter)
                    .readSince(password, since, context.clock().getZone()).messages();
        } catch (InboxProblem e) {
            context.err().println(TerminalText.oneLine(e.getMessage()));
            return e.kind() == InboxProblem.Kind.BAD_ADDRESS ? Cli.BAD_INPUT : Cli.MAIL_SERVER_PROBLEM;
        }
        ReplyProposer proposer = proposers.apply(new ReadingContext(context.today(), context.clock().getZone(),
                context.locale()));
        List<ReplyProposal> proposals = new ArrayList<>();
        for (InboxMessage message : messages) {
            ReplyProposal proposal = proposer.propose(message.message(), applications);
            if (proposal.match().kind() != MatchKind.NONE) { // watched messages that match nothing are ignored
                proposals.add(proposal);
            }
        }
        int skipped = messages.size() - proposals.size();
        print(line, context, proposals, applications);
        PrintStream notes = line.flag("--json") ? context.err() : context.out();
        notes.println(Texts.current().count("cli.inbox.messages", messages.size(),
                // As --since takes it, so the line can be copied into the next run.
                "since", since,
                "skipped", Texts.current().count("cli.inbox.skipped", skipped)));
        return line.flag("--record") ? record(context, path, proposals, notes) : Cli.OK;
    }

    private static void print(CommandLine line, CliContext context, List<ReplyProposal> proposals,
                              List<Application> applications) {
        try {
            if (line.flag("--json")) {
                ReplyJson.writeAll(proposals, context.out());
            } else {
                for (ReplyProposal proposal : proposals) {
                    context.out().println(Texts.t("cli.inbox.message", "subject", TerminalText.oneLine(proposal.message().subject())));
                    ReplyReport.write(proposal, applications, context.out());
                    context.out().println();
                }
            }
            context.out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records each unique match; a refusal by the rules stores nothing for that message and exits 2. */
    private static int record(CliContext context, DatabasePath path, List<ReplyProposal> proposals, PrintStream notes) {
        int code = Cli.OK;
        try (Database db = context.openExisting(path)) {
            ReplyRecorder recorder = new ReplyRecorder(db);
            for (ReplyProposal proposal : proposals) {
                ReplyRecorder.Outcome outcome = recorder.record(proposal);
                notes.println(TerminalText.oneLine(proposal.message().subject() + ": " + outcome.summary()));
                if (outcome.status() == ReplyRecorder.Status.REFUSED) {
                    code = Cli.BAD_INPUT;
                }
            }
        }
        return code;
    }

    private static LocalDate since(CommandLine line, CliContext context) {
        return line.dateOption("--since").orElseGet(() -> context.today().minusDays(InboxWatch.LOOK_BACK.toDays()));
    }
}
