package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.domain.Application;
import app.nudge.mail.MailFiles;
import app.nudge.mail.UnreadableMessageException;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.ReadingContext;
import app.nudge.replies.ReplyProposal;
import app.nudge.replies.ReplyProposer;
import app.nudge.replies.ReplyReading;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code reply FILE|- [--db PATH] [--today DATE] [--json] [--record]} (docs/command-line.md): reads
 * one message (.eml, .msg, text; "-" standard input as pasted text), says which application it
 * belongs to and what it says, with the sentences that decided it. Only {@code --record} writes,
 * and only when the match is unique and the message records something.
 */
final class ReplyCommand implements Command {

    private final Function<ReadingContext, ReplyProposer> proposers;

    ReplyCommand() {
        this(ReplyReading::new);
    }

    /** @param proposers the reader for a day, zone and locale (tests pass a fake) */
    ReplyCommand(Function<ReadingContext, ReplyProposer> proposers) {
        this.proposers = proposers;
    }

    @Override
    public String name() {
        return "reply";
    }

    @Override
    public String usage() {
        return Usage.of("nudge reply FILE|- [--db PATH] [--today YYYY-MM-DD] [--json] [--record]", Texts.t("cli.reply.help"),
                "--record", Texts.t("cli.reply.option.record"),
                "--json", Texts.t("cli.reply.option.json"),
                "--today DATE", Texts.t("cli.reply.option.today"),
                "--db PATH", Usage.dbMeaning());
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db", "--today");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json", "--record");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        String typed = line.onlyPositional("FILE");
        ReadingContext reading = new ReadingContext(PlanCommand.today(line, context), context.clock().getZone(),
                context.locale());
        DatabasePath path = context.database(line);
        IncomingMessage message;
        try {
            // The message is read whole before the database is opened: a bad file touches nothing.
            message = typed.equals("-") ? StandardInput.pasted(context.in()) : MailFiles.read(Path.of(typed));
        } catch (UnreadableMessageException e) {
            context.err().println(TerminalText.oneLine(e.getMessage()));
            return Cli.BAD_INPUT;
        }
        boolean record = line.flag("--record");
        try (Database db = record ? context.openExisting(path) : context.openReadOnly(path)) {
            List<Application> applications = new ApplicationRepository(db).findAll();
            ReplyProposal proposal = proposers.apply(reading).propose(message, applications);
            if (line.flag("--json")) {
                ReplyJson.writeOne(proposal, context.out());
            } else {
                ReplyReport.write(proposal, applications, context.out());
            }
            context.out().flush();
            if (!record) {
                return Cli.OK;
            }
            ReplyRecorder.Outcome outcome = new ReplyRecorder(db).record(proposal);
            // With --json, standard output stays one JSON object: the outcome goes to standard error.
            (line.flag("--json") ? context.err() : context.out()).println(TerminalText.oneLine(outcome.summary()));
            return outcome.status() == ReplyRecorder.Status.REFUSED ? Cli.BAD_INPUT : Cli.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
