package app.nudge.ui.board;

import app.nudge.domain.Application;
import app.nudge.i18n.Texts;
import app.nudge.policy.PipelineStage;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One card on the board: what the user sees of an application and its next action.
 *
 * @param next the planned action, or null when nothing is planned
 */
public record BoardCard(String id, String company, String role, PipelineStage stage, PlannedAction next,
                        String nextText, String badge, Urgency urgency, String searchText) {

    /** A card whose search text is its company and role alone. */
    public BoardCard(String id, String company, String role, PipelineStage stage, PlannedAction next,
                     String nextText, String badge, Urgency urgency) {
        this(id, company, role, stage, next, nextText, badge, urgency, (company + "\n" + role).toLowerCase(Locale.ROOT));
    }

    /**
     * What the board's search looks in, lower-cased once here (off the JavaFX thread): company, role,
     * place, notes, every contact's name and address, and each round's interviewers and talking point.
     */
    static String searchTextOf(Application a) {
        StringBuilder text = new StringBuilder(a.company()).append('\n').append(a.role()).append('\n')
                .append(a.location()).append('\n').append(a.notes());
        a.contacts().forEach(c -> text.append('\n').append(c.name()).append('\n').append(c.email()));
        a.interviews().forEach(r -> {
            text.append('\n').append(r.talkingPoint());
            r.interviewers().forEach(name -> text.append('\n').append(name));
        });
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the search {@code needle} (lower-case, stripped; empty matches all) is found in the card. */
    public boolean matches(String needle) {
        return needle.isEmpty() || searchText.contains(needle);
    }

    public static BoardCard of(Application a, PlannedAction next, LocalDate today) {
        PipelineStage stage = PipelineStage.of(a, next);
        if (next == null) {
            String text = switch (stage) {
                case NO_INTERVIEW -> Texts.t("board.card.noInterview");
                case CLOSED -> Texts.t("board.card.closed", "reason", closedReason(a));
                case OFFER -> Texts.t("board.card.offerAnswered");
                default -> Texts.t("board.card.nothing");
            };
            return new BoardCard(a.id(), a.company(), a.role(), stage, null, text, "", Urgency.NONE, searchTextOf(a));
        }
        return new BoardCard(a.id(), a.company(), a.role(), stage, next, ActionTexts.describe(next),
                badge(next, today), urgency(next), searchTextOf(a));
    }

    /** The policy's word for why it closed ("rejected", "withdrew", "closed"), in the language shown. */
    private static String closedReason(Application a) {
        String reason = PipelineStage.closedReason(a);
        String key = "board.card.closedReason." + reason;
        return Texts.current().has(key) ? Texts.t(key) : reason;
    }

    static Urgency urgency(PlannedAction next) {
        return switch (next.status()) {
            case OVERDUE -> Urgency.OVERDUE;
            case DUE -> Urgency.DUE;
            case UPCOMING -> Urgency.UPCOMING;
        };
    }

    /** "due today", "due by Wed 25 Nov", "overdue 3 days", "from Mon 30 Nov". */
    static String badge(PlannedAction next, LocalDate today) {
        return switch (next.status()) {
            case OVERDUE -> Texts.current().count("board.badge.overdue", ChronoUnit.DAYS.between(next.due(), today));
            case DUE -> next.due().equals(today) ? Texts.t("board.badge.dueToday")
                    : Texts.t("board.badge.dueBy", "date", Texts.current().date("format.day", next.due()));
            case UPCOMING -> Texts.t("board.badge.from", "date", Texts.current().date("format.day", next.earliest()));
        };
    }

    /** Due and overdue cards first, the most overdue first; then by due date. */
    public static int byUrgency(BoardCard a, BoardCard b) {
        int rank = Integer.compare(a.urgency().ordinal(), b.urgency().ordinal());
        if (rank != 0) {
            return rank;
        }
        if (a.next() != null && b.next() != null) {
            int due = a.next().due().compareTo(b.next().due());
            if (due != 0) {
                return due;
            }
        }
        int company = a.company().compareToIgnoreCase(b.company());
        return company != 0 ? company : a.id().compareTo(b.id());
    }
}
