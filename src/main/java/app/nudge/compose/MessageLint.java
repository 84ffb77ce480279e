package app.nudge.compose;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Settings;
import app.nudge.i18n.Texts;
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

    /**
     * {name}, {?name}, [Name], [Job Title], [your name], [Ihr Name], [Intitulé du poste]: what a
     * template or a copied sample leaves behind, in any of the languages.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\s*[?!]?[A-Za-z][\\w .-]{0,40}}|\\[\\p{L}[\\p{L}0-9 ._'’-]{0,40}]");

    /** A greeting and the name it gives, in the five languages ("Buenos días, Pat Lee:"). */
    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi|hello|hey|dear|good morning|good afternoon|good evening"
                    + "|sehr geehrte[rs]?|guten tag|guten morgen|hallo|liebe[rs]?"
                    + "|bonjour|bonsoir|cher|chère"
                    + "|estimad[oa]s?|hola|buenos días|buenas tardes"
                    + "|beste|geachte|goedendag|goedemorgen|goedemiddag)"
                    + "\\s*,?\\s+([^,!:\\n]{1,60}?)\\s*[,!:]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A form of address, and an academic title after it, before the surname ("Frau Dr. Schmidt"). */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:mr|mrs|ms|miss|mx|dr|prof|frau|herr|madame|monsieur"
                    + "|mme|m|sra|sr|srta|señora|señor|mevrouw|heer|meneer|mevr|dhr)\\.?\\s+(?:(?:dr|prof)\\.?\\s+)*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Greetings that name nobody, so they cannot name the wrong person. */
    private static final List<String> GENERIC_ADDRESSEES = List.of(
            "there", "all", "everyone", "team", "hiring team", "hiring manager", "sir or madam",
            "damen und herren", "zusammen", "madame", "monsieur", "señores", "señoras y señores",
            "equipo", "heer", "mevrouw", "heer/mevrouw", "allen");

    public List<Warning> check(Draft draft, Application app, PlannedAction action, LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        String everything = allText(draft);
        ActionType type = action.action();

        // The words are looked for in the draft's language; the warnings are written in the window's.
        if (type != ActionType.REPLY_TO_OFFER) {
            found(LintWords.compensation(draft.language()).findIn(everything)).ifPresent(words -> warnings.add(
                    new Warning(Warning.Kind.COMPENSATION, Texts.t("lint.compensation", "words", words))));
        }
        found(LintWords.tone(draft.language()).findIn(everything)).ifPresent(words -> warnings.add(
                new Warning(Warning.Kind.TONE, Texts.t("lint.tone", "words", words))));
        found(placeholders(everything)).ifPresent(names -> warnings.add(new Warning(Warning.Kind.PLACEHOLDER,
                Texts.t("lint.placeholder", "names", names))));
        if (type == ActionType.THANK_YOU && !mentionsTalkingPoint(draft.body(), new RecordFacts(app).talkingPoint())) {
            warnings.add(new Warning(Warning.Kind.NO_PERSONAL_DETAIL, Texts.t("lint.noPersonalDetail")));
        }
        wrongName(draft, action).ifPresent(warnings::add);
        if (today.isBefore(action.earliest())) {
            warnings.add(new Warning(Warning.Kind.TOO_EARLY,
                    Texts.t("lint.tooEarly", "date", DraftDates.shortDay(action.earliest()))));
        }
        if (type == ActionType.THANK_YOU && today.isAfter(action.due())) {
            warnings.add(late(new RecordFacts(app).interviewDate().orElse(action.earliest()), today));
        }
        if (action.channel() != Channel.PHONE && draft.to() != null && draft.to().email().isBlank()) {
            warnings.add(new Warning(Warning.Kind.NO_ADDRESS, Texts.t("lint.noAddress", "name", nameOf(draft.to()))));
        }
        return List.copyOf(warnings);
    }

    /** What the user's settings leave out of every message: today, a name to sign with. */
    public static List<Warning> sender(Settings you) {
        if (you != null && !you.yourName().isBlank()) {
            return List.of();
        }
        boolean signed = you != null && !SignOffs.withoutLeadingSignOff(you.signature()).isBlank();
        return List.of(new Warning(Warning.Kind.NO_NAME,
                Texts.t(signed ? "lint.noName.signed" : "lint.noName.unsigned")));
    }

    private static Warning late(LocalDate interview, LocalDate today) {
        long days = ChronoUnit.DAYS.between(interview, today);
        return new Warning(Warning.Kind.LATE,
                Texts.current().count("lint.late", days, "date", DraftDates.shortDay(interview)));
    }

    private static String nameOf(Contact contact) {
        return contact.name().isBlank() ? Texts.t("lint.thisContact") : contact.name().strip();
    }

    private static String allText(Draft draft) {
        return Stream.of(draft.subject(), draft.body(), draft.callScript(), draft.voicemailScript())
                .filter(t -> t != null && !t.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static Optional<String> found(List<String> items) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        // Quoted as the window's language quotes: "pay", „Gehalt“, « salaire ».
        return Optional.of(items.stream().map(item -> Texts.t("lint.quoted", "word", item))
                .reduce((a, b) -> a + ", " + b).orElse(""));
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
        return Optional.of(new Warning(Warning.Kind.WRONG_NAME, Texts.t("lint.wrongName",
                "greeted", greeted.get(), "recipient", recipient.name().strip())));
    }

    private static Optional<String> greetedName(String body) {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(GREETING::matcher).filter(Matcher::find).map(m -> m.group(1).strip());
    }

    private static boolean isRecipient(String greeted, Contact recipient) {
        String name = squash(greeted);
        Matcher honorific = HONORIFIC.matcher(name);
        if (honorific.matches()) {
            // "Ms. Lee" for Pat Lee; "Frau Dr. Schmidt" and "mevrouw Van der Berg" for the name written in full.
            String surname = honorific.group(1);
            String full = squash(recipient.name());
            return full.equals(surname) || full.endsWith(" " + surname);
        }
        return name.equals(squash(recipient.firstName())) || name.equals(squash(recipient.name()));
    }

    private static String squash(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
