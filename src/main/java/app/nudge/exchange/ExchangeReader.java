package app.nudge.exchange;

import app.nudge.i18n.ProblemTexts;
import app.nudge.i18n.Texts;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.ApplicationIds;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.FieldLimits;
import app.nudge.domain.FieldProblem;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import app.nudge.domain.Settings;
import app.nudge.settings.SettingsCodec;
import app.nudge.policy.Preset;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads an exchange file (docs/exchange-format.md) into domain values, checking everything before anything
 * is stored: the first problem rejects the whole file, named by its path.
 */
public final class ExchangeReader {

    private final Predicate<String> knownCountry;

    /** @param knownCountry whether an ISO country code has a holiday calendar */
    public ExchangeReader(Predicate<String> knownCountry) {
        this.knownCountry = knownCountry;
    }

    public ExchangeDocument read(InputStream in) throws ExchangeException, IOException {
        JsonNode root = JsonDocuments.read(in);
        if (!root.isObject()) {
            throw new ExchangeException("", Texts.t("exchange.noTopObject"));
        }
        JsonFields doc = new JsonFields(root, "");
        checkHeader(doc);
        Settings settings = doc.has("settings") ? settings(new JsonFields(root.get("settings"), "settings")) : null;
        List<JsonNode> items = doc.list("applications");
        List<Application> applications = new ArrayList<>(items.size());
        Set<String> explicitIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields a = new JsonFields(items.get(i), "applications[" + i + "]");
            if (a.has("id")) {
                String id = a.requiredText("id");
                if (!explicitIds.add(id)) {
                    throw new ExchangeException(a.path("id"), Texts.t("exchange.idTaken", "id", id));
                }
            }
        }
        Set<String> taken = new HashSet<>(explicitIds);
        for (int i = 0; i < items.size(); i++) {
            Application application = application(new JsonFields(items.get(i), "applications[" + i + "]"), taken);
            taken.add(application.id());
            applications.add(application);
        }
        return new ExchangeDocument(settings, applications);
    }

    private static void checkHeader(JsonFields doc) throws ExchangeException {
        if (!doc.has("format")) {
            throw new ExchangeException("format", Texts.t("exchange.formatRequired", "format", ExchangeDocument.FORMAT));
        }
        String format = doc.text("format");
        if (!ExchangeDocument.FORMAT.equals(format)) {
            throw new ExchangeException("format", Texts.t("exchange.unknownFormat", "format", format, "expected", ExchangeDocument.FORMAT));
        }
        JsonNode version = doc.node().get("version");
        if (version == null || version.isNull()) {
            throw new ExchangeException("version", Texts.t("exchange.required"));
        }
        // Exactly a whole number that fits: 18446744073709551617 must not wrap to 1, nor 1.5 round.
        if (!version.isIntegralNumber() || !version.canConvertToLong() || version.longValue() < 1) {
            throw new ExchangeException("version", Texts.t("exchange.versionNumber", "version", ExchangeDocument.VERSION));
        }
        if (version.longValue() > ExchangeDocument.VERSION) {
            // The version as written, not as a number of the language: it is the file's own word.
            throw new ExchangeException("version", Texts.t("exchange.versionNewer", "version", Long.toString(version.longValue()),
                    "known", Integer.toString(ExchangeDocument.VERSION)));
        }
    }

    private Settings settings(JsonFields s) throws ExchangeException {
        String country = s.text(SettingsCodec.COUNTRY).strip();
        if (!country.isEmpty() && !knownCountry.test(country)) {
            throw new ExchangeException(s.path(SettingsCodec.COUNTRY), Texts.t("exchange.unknownCountry", "country", country));
        }
        String preset = s.text(SettingsCodec.PRESET);
        if (!preset.isEmpty() && Preset.parse(preset).isEmpty()) {
            throw new ExchangeException(s.path(SettingsCodec.PRESET), Texts.t("exchange.unknownPreset", "preset", preset, "values", Preset.names()));
        }
        String email = s.text(SettingsCodec.YOUR_EMAIL);
        if (!email.isEmpty() && !ApplicationRules.isEmail(email)) {
            throw new ExchangeException(s.path(SettingsCodec.YOUR_EMAIL), Texts.t("exchange.notAnEmail", "email", email));
        }
        Settings settings = new Settings(s.text(SettingsCodec.YOUR_NAME), email, s.text(SettingsCodec.YOUR_PHONE),
                s.text(SettingsCodec.SIGNATURE), country.toUpperCase(Locale.ROOT),
                preset.isEmpty() ? null : Preset.parse(preset).orElseThrow().name());
        List<FieldProblem> problems = FieldLimits.check(settings);
        if (!problems.isEmpty()) {
            FieldProblem first = problems.get(0).under(s.base());
            throw new ExchangeException(first.path(), ProblemTexts.message(first));
        }
        return settings;
    }

    private Application application(JsonFields a, Set<String> taken) throws ExchangeException {
        String company = a.requiredText("company");
        String role = a.requiredText("role");
        String id = a.has("id") ? a.text("id") : ApplicationIds.unique(ApplicationIds.base(company, role), taken);
        String country = a.text("country").strip();
        if (!country.isEmpty() && !knownCountry.test(country)) {
            throw new ExchangeException(a.path("country"), Texts.t("exchange.unknownCountry", "country", country));
        }
        List<Contact> contacts = new ArrayList<>();
        List<JsonNode> contactNodes = a.list("contacts");
        for (int i = 0; i < contactNodes.size(); i++) {
            JsonFields k = new JsonFields(contactNodes.get(i), a.path("contacts") + "[" + i + "]");
            contacts.add(new Contact(k.text("name"), k.text("email"), k.text("phone"), k.text("title"), k.bool("primary")));
        }
        List<InterviewRound> rounds = new ArrayList<>();
        List<JsonNode> roundNodes = a.list("interviews");
        for (int i = 0; i < roundNodes.size(); i++) {
            JsonFields r = new JsonFields(roundNodes.get(i), a.path("interviews") + "[" + i + "]");
            rounds.add(new InterviewRound(r.requiredDateTime("endedAt"), r.date("decisionExpectedBy"),
                    r.text("talkingPoint"), r.texts("interviewers")));
        }
        List<Event> events = new ArrayList<>();
        List<JsonNode> eventNodes = a.list("events");
        for (int i = 0; i < eventNodes.size(); i++) {
            events.add(event(new JsonFields(eventNodes.get(i), a.path("events") + "[" + i + "]")));
        }
        Application application = new Application(id, company, role, country.toUpperCase(Locale.ROOT),
                a.date("appliedOn"), a.text("url"), a.text("location"), a.text("source"), a.bool("mayCall"),
                a.bool("knownDelay"), a.text("notes"), contacts, rounds, events, messageLanguage(a));
        List<FieldProblem> problems = ApplicationRules.check(application);
        if (!problems.isEmpty()) {
            FieldProblem first = problems.get(0).under(a.base());
            throw new ExchangeException(first.path(), ProblemTexts.message(first));
        }
        return application;
    }

    /**
     * Optional, newer than the first files: the language of the application's drafts, one of the
     * five codes in any case ("de", "DE"). Missing, null or empty: the user's language.
     */
    private static Optional<Language> messageLanguage(JsonFields a) throws ExchangeException {
        String code = a.text("messageLanguage").strip();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        for (Language l : Language.values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        throw new ExchangeException(a.path("messageLanguage"), "unknown language '" + code + "' (one of "
                + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", ")) + ")");
    }

    /** One event, keeping only the fields its type uses, so stored data stays canonical. */
    private static Event event(JsonFields e) throws ExchangeException {
        EventType type = e.enumValue("type", EventType.class, Texts.t("exchange.what.eventType"));
        if (type == null) {
            throw new ExchangeException(e.path("type"), Texts.t("exchange.required"));
        }
        Event event = switch (type) {
            case FOLLOW_UP_SENT -> new Event(type, e.requiredDate("on"), e.enumValue("channel", Channel.class, Texts.t("exchange.what.channel")),
                    null, null, null, null, e.text("note"));
            case REPLY_RECEIVED -> new Event(type, e.requiredDate("on"), null, e.date("newDecisionBy"),
                    null, null, null, e.text("note"));
            case CHECK_BACK_AGREED -> new Event(type, e.requiredDate("on"), null, null, e.requiredDate("checkBackOn"),
                    null, null, e.text("note"));
            case SKIPPED -> {
                ActionType action = e.enumValue("action", ActionType.class, Texts.t("exchange.what.action"));
                if (action == null) {
                    throw new ExchangeException(e.path("action"), Texts.t("exchange.requiredFor", "type", "SKIPPED"));
                }
                yield new Event(type, e.requiredDate("on"), null, null, null, action, null, e.text("note"));
            }
            case SNOOZED -> new Event(type, e.requiredDate("on"), null, null, null, null, e.requiredDate("until"), e.text("note"));
            default -> new Event(type, e.requiredDate("on"), null, null, null, null, null, e.text("note"));
        };
        // Optional, newer than the first files: the one interviewer a thank-you was for (R4).
        return Event.canNameRecipient(type, event.action()) ? event.withRecipient(e.text("recipient")) : event;
    }
}
