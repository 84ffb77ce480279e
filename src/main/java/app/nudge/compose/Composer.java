package app.nudge.compose;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.policy.ThankYouStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Drafts the message for a planned action from the application's record and the user's
 * settings (docs/follow-up-rules.md, "The messages"). It only reads its templates: the same
 * Composer serves any number of drafts, from any thread.
 */
public final class Composer {

    /** R7: the follow-up after a decision date that has passed. */
    private static final String RULE_AFTER_DECISION_DATE = "R7";

    private final TemplateSource templates;

    /** Drafts with the shipped templates. */
    public Composer() {
        this(TemplateSource.defaults());
    }

    /**
     * Drafts with {@code templates}, which must know every id of {@link TemplateCatalog#ids()};
     * layer user overrides with {@code overrides.orElse(TemplateSource.defaults())}.
     */
    public Composer(TemplateSource templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public List<String> variants(ActionType action) {
        return TemplateCatalog.variants(action);
    }

    /**
     * The variant used when none is asked for. FOLLOW_UP: "after-date" when the plan comes from
     * R7 (a decision date passed, so it asks for a revised timeline [000]), else "known-delay"
     * when the employer mentioned a delay (patient, flexible [000]), else standard.
     * REPLY_TO_OFFER: "time" (asking for time to decide commits to nothing). THANK_YOU: "late"
     * once it is overdue (past R4's window).
     */
    public String defaultVariant(Application app, PlannedAction action) {
        return switch (action.action()) {
            case FOLLOW_UP -> {
                if (RULE_AFTER_DECISION_DATE.equals(action.rule())) {
                    yield TemplateCatalog.AFTER_DATE;
                }
                yield app.knownDelay() ? TemplateCatalog.KNOWN_DELAY : TemplateCatalog.STANDARD;
            }
            case REPLY_TO_OFFER -> TemplateCatalog.TIME;
            // Past its window the note should not read as if the interview were yesterday.
            case THANK_YOU -> action.status() == Status.OVERDUE ? TemplateCatalog.LATE : TemplateCatalog.STANDARD;
            default -> TemplateCatalog.STANDARD;
        };
    }

    /**
     * The draft in the application's message language to the action's recipient; {@code variant}
     * null means {@link #defaultVariant}.
     */
    public Draft draft(Application app, PlannedAction action, Settings you, String variant) {
        return draft(app, action, you, variant, languageOf(app));
    }

    /** The application's own message language, else the user's (the window's) language. */
    public static Language languageOf(Application app) {
        return app.messageLanguage().orElseGet(() -> Texts.current().language());
    }

    /** The draft in {@code language} to the action's recipient. */
    public Draft draft(Application app, PlannedAction action, Settings you, String variant, Language language) {
        return draft(app, action, you, variant, action.recipient(), language);
    }

    /** The draft in the application's language to someone else than the planned recipient. */
    public Draft draft(Application app, PlannedAction action, Settings you, String variant, Contact to) {
        return draft(app, action, you, variant, to, languageOf(app));
    }

    /** The draft in {@code language} to someone else than the planned recipient. */
    public Draft draft(Application app, PlannedAction action, Settings you, String variant, Contact to,
                       Language language) {
        return draft(app, action, you, variant, to, 0, null, language);
    }

    private Draft draft(Application app, PlannedAction action, Settings you, String variant, Contact to,
                        int wording, String interviewer, Language language) {
        Settings settings = you == null ? Settings.defaults() : you;
        Language lang = language == null ? Language.EN : language;
        ActionType type = action.action();
        String chosen = variant == null ? defaultVariant(app, action) : variant.strip().toLowerCase(Locale.ROOT);
        String templateId = TemplateCatalog.messageId(type, chosen);
        Map<String, String> values = Placeholders.values(new RecordFacts(app), to, settings, lang);

        TemplateText message = TemplateText.parse(load(templateId, lang));
        String subject = tidySubject(TemplateEngine.fill(message.subject(), values, wording).text());
        String body = TemplateEngine.fill(message.body(), values, wording).text();

        String callScript = null;
        String voicemail = null;
        if (comesWithScripts(action)) {
            callScript = TemplateEngine.fill(load(TemplateCatalog.callScriptId(type), lang), values).text();
            voicemail = TemplateEngine.fill(load(TemplateCatalog.voicemailId(type), lang), values).text();
        }
        return new Draft(to, subject, body, templateId, chosen, callScript, voicemail, interviewer, lang);
    }

    /** {@link #thankYouNotes(Application, PlannedAction, Settings, String)} in the default variant. */
    public List<Draft> thankYouNotes(Application app, PlannedAction action, Settings you) {
        return thankYouNotes(app, action, you, null);
    }

    /** The thank-you notes in the application's language; see the overload with a {@link Language}. */
    public List<Draft> thankYouNotes(Application app, PlannedAction action, Settings you, String variant) {
        return thankYouNotes(app, action, you, variant, languageOf(app));
    }

    /**
     * After a panel interview (the latest round names several interviewers), one thank-you per
     * interviewer: each greeted and addressed by name (an interviewer with no contact record gets
     * a note with no address), all using the round's talking point, each in its own wording so no
     * two read alike. Otherwise the single thank-you to the action's recipient.
     */
    public List<Draft> thankYouNotes(Application app, PlannedAction action, Settings you, String variant,
                                     Language language) {
        if (action.action() != ActionType.THANK_YOU) {
            throw new IllegalArgumentException("thank-you notes are for THANK_YOU, not " + action.action());
        }
        List<String> panel = app.latestRound().map(ThankYouStep::panel).orElse(List.of());
        if (panel.size() < 2) {
            return List.of(draft(app, action, you, variant, language));
        }
        List<Draft> notes = new ArrayList<>(panel.size());
        for (int i = 0; i < panel.size(); i++) {
            String name = panel.get(i);
            notes.add(draft(app, action, you, variant, Interviewers.contactFor(app, name), i, name, language));
        }
        return List.copyOf(notes);
    }

    /** CHECK_BACK always (the user may call even when the plan says email), else phone actions (R12). */
    private static boolean comesWithScripts(PlannedAction action) {
        return action.action() == ActionType.CHECK_BACK
                || action.channel() == Channel.PHONE && TemplateCatalog.hasPhoneScripts(action.action());
    }

    /**
     * The template in {@code language}, by its {@link TemplateCatalog#sourceId}. The user's saved
     * overrides are English (plain ids), so a layered source gives another language its shipped
     * text, never an English one.
     */
    private String load(String templateId, Language language) {
        String id = TemplateCatalog.sourceId(templateId, language);
        return templates.find(id)
                .orElseThrow(() -> new IllegalStateException("no template '" + id + "'"));
    }

    /** With no interview date a subject would end in a dangling " – "; drop it. */
    private static String tidySubject(String subject) {
        return subject.replaceAll("\\s+", " ").replaceAll("[\\s–—:,-]+$", "").strip();
    }
}
