package app.nudge.compose;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a draft before it goes out (docs/follow-up-rules.md, "The messages"). The UI shows the
 * warnings next to the draft; none of them stops the user from sending.
 */
public final class MessageLint {

    private static final WordList COMPENSATION = new WordList(List.of(
            "salary", "salaries", "compensation", "benefits", "benefit package", "pay", "pay rate",
            "bonus", "bonuses", "wage", "wages", "equity", "stock options", "remuneration", "pension",
            "401k", "PTO", "vacation days", "relocation package", "perks"));

    private static final WordList TONE = new WordList(List.of(
            "disappointed", "disappointing", "disappointment", "frustrated", "frustrating", "frustration",
            "annoyed", "annoying", "angry", "upset", "ASAP", "as soon as possible", "urgent", "urgently",
            "immediately", "why haven't", "why have you not", "why hasn't", "why didn't",
            "still waiting", "you promised", "unacceptable", "desperate", "desperately", "ridiculous"));

    /** {name}, {?name}, [Name], [Job Title], [your name]: what a template or a copied sample leaves behind. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\s*[?!]?[A-Za-z][\\w .-]{0,40}}|\\[[A-Za-z][A-Za-z0-9 ._'-]{0,40}]");

    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi|hello|hey|dear|good morning|good afternoon|good evening)\\s+([^,!\\n]{1,60}?)\\s*[,!]",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern HONORIFIC = Pattern.compile("^(?:mr|mrs|ms|miss|mx|dr|prof)\\.?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** Greetings that name nobody, so they cannot name the wrong person. */
    private static final List<String> GENERIC_ADDRESSEES = List.of(
            "there", "all", "everyone", "team", "hiring team", "hiring manager", "sir or madam");

    public List<Warning> check(Draft draft, Application app, PlannedAction action, LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        String everything = allText(draft);
        ActionType type = action.action();

        if (type != ActionType.REPLY_TO_OFFER) {
            found(COMPENSATION.findIn(everything)).ifPresent(words -> warnings.add(new Warning(
                    Warning.Kind.COMPENSATION,
                    "mentions " + words + ": pay and benefits are for when an offer is on the table")));
        }
        found(TONE.findIn(everything)).ifPresent(words -> warnings.add(new Warning(Warning.Kind.TONE,
                words + " can read as emotional or demanding; a calm, patient tone lands better")));
        found(placeholders(everything)).ifPresent(names -> warnings.add(new Warning(Warning.Kind.PLACEHOLDER,
                "unfilled placeholder " + names + ": replace it before sending")));
        if (type == ActionType.THANK_YOU && !mentionsTalkingPoint(draft.body(), new RecordFacts(app).talkingPoint())) {
            warnings.add(new Warning(Warning.Kind.NO_PERSONAL_DETAIL,
                    "no personal detail: mention something specific from your conversation"));
        }
        wrongName(draft, action).ifPresent(warnings::add);
        if (today.isBefore(action.earliest())) {
            warnings.add(new Warning(Warning.Kind.TOO_EARLY,
                    "too early: wait until " + DraftDates.shortDay(action.earliest())));
        }
        if (type == ActionType.THANK_YOU && today.isAfter(action.due())) {
            warnings.add(late(new RecordFacts(app).interviewDate().orElse(action.earliest()), today));
        }
        if (action.channel() != Channel.PHONE && draft.to() != null && draft.to().email().isBlank()) {
            warnings.add(new Warning(Warning.Kind.NO_ADDRESS, "no email address for " + nameOf(draft.to())
                    + ": add it to the application's contacts, or look it up before sending"));
        }
        return List.copyOf(warnings);
    }

    /** What the user's settings leave out of every message: today, a name to sign with. */
    public static List<Warning> sender(Settings you) {
        if (you != null && !you.yourName().isBlank()) {
            return List.of();
        }
        boolean signed = you != null && !SignOffs.withoutLeadingSignOff(you.signature()).isBlank();
        return List.of(new Warning(Warning.Kind.NO_NAME, signed
                ? "Your name is empty: the message is signed only with your signature — set your name in Settings"
                : "Your name is empty: the message ends without it — set it in Settings"));
    }

    private static Warning late(LocalDate interview, LocalDate today) {
        long days = ChronoUnit.DAYS.between(interview, today);
        return new Warning(Warning.Kind.LATE, "late: the interview was " + days + " days ago ("
                + DraftDates.shortDay(interview) + "). Consider skipping this note, or folding your thanks into"
                + " the follow-up; if you send it, own up to the delay (the \"Late\" version does)");
    }

    private static String nameOf(Contact contact) {
        return contact.name().isBlank() ? "this contact" : contact.name().strip();
    }

    private static String allText(Draft draft) {
        return Stream.of(draft.subject(), draft.body(), draft.callScript(), draft.voicemailScript())
                .filter(t -> t != null && !t.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static Optional<String> found(List<String> items) {
        return items.isEmpty() ? Optional.empty()
                : Optional.of("\"" + String.join("\", \"", items) + "\"");
    }

    private static List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static boolean mentionsTalkingPoint(String body, String talkingPoint) {
        return !talkingPoint.isBlank() && squash(body).contains(squash(talkingPoint));
    }

    private static Optional<Warning> wrongName(Draft draft, PlannedAction action) {
        Contact recipient = draft.to() != null ? draft.to() : action.recipient();
        if (recipient == null || recipient.name().isBlank()) {
            return Optional.empty(); // nobody to compare with
        }
        Optional<String> greeted = greetedName(draft.body());
        if (greeted.isEmpty() || isRecipient(greeted.get(), recipient)
                || GENERIC_ADDRESSEES.contains(squash(greeted.get()))) {
            return Optional.empty();
        }
        return Optional.of(new Warning(Warning.Kind.WRONG_NAME,
                "the greeting names " + greeted.get() + " but the message goes to " + recipient.name().strip()));
    }

    private static Optional<String> greetedName(String body) {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(GREETING::matcher).filter(Matcher::find).map(m -> m.group(1).strip());
    }

    private static boolean isRecipient(String greeted, Contact recipient) {
        String name = squash(greeted);
        Matcher honorific = HONORIFIC.matcher(name);
        if (honorific.matches()) {
            String[] parts = squash(recipient.name()).split(" ");
            return honorific.group(1).equals(parts[parts.length - 1]) || honorific.group(1).equals(squash(recipient.name()));
        }
        return name.equals(squash(recipient.firstName())) || name.equals(squash(recipient.name()));
    }

    private static String squash(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
