package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import app.nudge.replies.Evidence;
import app.nudge.replies.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a message's text into plain and highlighted pieces from the reader's evidence, and says
 * what each highlight decided. Offsets beyond the text are clipped (a reader's mistake must never
 * hide the message), and a sentence that decided both the kind and the date is one highlight.
 */
public final class EvidenceMarks {

    /** What a highlighted piece decided. */
    public enum Role {
        KIND, DATE, BOTH;

        /** Read when shown: the language may change within a run. */
        public String words() {
            return t("replies.evidence." + name());
        }
    }

    /** A piece of the text: {@code role} is null for plain text. */
    public record Piece(String text, int start, int end, Role role) {
        public boolean highlighted() {
            return role != null;
        }
    }

    /** One highlight and what it decided, for the line under the message. */
    public record Mark(String sentence, Role role) {
        public String line() {
            return t("replies.evidence.line", "sentence", sentence.strip(), "role", role.words());
        }
    }

    private EvidenceMarks() {
    }

    /** The highlights of a reading, in text order. */
    public static List<Mark> marks(String text, Reading reading) {
        List<Mark> marks = new ArrayList<>();
        for (Range range : ranges(text, reading)) {
            marks.add(new Mark(text.substring(range.start, range.end), range.role));
        }
        return marks;
    }

    /** The whole text, in order, as plain and highlighted pieces that join back into it. */
    public static List<Piece> pieces(String text, Reading reading) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Range range : ranges(text, reading)) {
            if (range.start > at) {
                pieces.add(new Piece(text.substring(at, range.start), at, range.start, null));
            }
            pieces.add(new Piece(text.substring(range.start, range.end), range.start, range.end, range.role));
            at = range.end;
        }
        if (at < text.length() || pieces.isEmpty()) {
            pieces.add(new Piece(text.substring(at), at, text.length(), null));
        }
        return pieces;
    }

    private record Range(int start, int end, Role role) {
    }

    /** Non-overlapping ranges in text order; the date's range is cut where it overlaps the kind's. */
    private static List<Range> ranges(String text, Reading reading) {
        Range kind = clip(text, reading.kindEvidence(), Role.KIND);
        Range date = clip(text, reading.dateEvidence(), Role.DATE);
        List<Range> out = new ArrayList<>();
        if (kind != null && date != null && kind.start == date.start && kind.end == date.end) {
            out.add(new Range(kind.start, kind.end, Role.BOTH));
            return out;
        }
        if (kind != null) {
            out.add(kind);
        }
        if (date != null) {
            if (kind != null && date.start < kind.end && kind.start < date.end) {
                // Overlapping: keep the part of the date's sentence outside the kind's, if any.
                date = date.start < kind.start ? new Range(date.start, kind.start, Role.DATE)
                        : date.end > kind.end ? new Range(kind.end, date.end, Role.DATE) : null;
            }
            if (date != null) {
                out.add(date);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private static Range clip(String text, Evidence evidence, Role role) {
        if (evidence == null) {
            return null;
        }
        int start = Math.min(evidence.start(), text.length());
        int end = Math.min(evidence.end(), text.length());
        return end > start ? new Range(start, end, Objects.requireNonNull(role)) : null;
    }
}
