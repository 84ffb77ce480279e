package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import app.nudge.replies.ReplyKind;
import java.util.Optional;
import javafx.util.StringConverter;

/** The plain words the review shows for each kind, and the name of the date each kind needs. */
public final class ReplyKindNames {

    private ReplyKindNames() {
    }

    public static String of(ReplyKind kind) {
        if (kind == null) {
            return "";
        }
        return t("replies.kind." + kind.name()); // the UI's words; ReplyKind.words() stays the command line's
    }

    /** The label of the date the kind records, or empty when it records none. */
    public static Optional<String> namedDateLabel(ReplyKind kind) {
        return switch (kind) {
            case REPLY_RECEIVED, CHECK_BACK_AGREED, NEXT_ROUND -> Optional.of(t("replies.date." + kind.name()));
            default -> Optional.empty();
        };
    }

    /** Whether the named date must be given: a check-back without its day means nothing. */
    public static boolean namedDateRequired(ReplyKind kind) {
        // A round needs its day here: recording a plain reply instead would ignore the user's choice.
        return kind == ReplyKind.CHECK_BACK_AGREED || kind == ReplyKind.NEXT_ROUND;
    }

    /** For combo boxes: shows the plain words. */
    public static StringConverter<ReplyKind> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(ReplyKind kind) {
                return of(kind);
            }

            @Override
            public ReplyKind fromString(String text) {
                for (ReplyKind kind : ReplyKind.values()) {
                    if (of(kind).equals(text)) {
                        return kind;
                    }
                }
                return null;
            }
        };
    }
}
