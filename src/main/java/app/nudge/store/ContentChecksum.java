package app.nudge.store;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The check value Nudge stores with each application (over the whole aggregate: the row, its
 * contacts, rounds, round interviewers and events) and with each setting, and compares on every read.
 * WHY: H2 keeps no checksum of page contents (a page's check value covers only its chunk, offset and
 * length), so a flipped bit inside a stored text reads as a different text; only a check of our own
 * can tell that apart from what was written.
 *
 * <p>The value is computed over a canonical encoding of every field in a fixed order, exactly as the
 * store keeps it: each value starts with a tag naming its kind (null, text, date, date-time, flag,
 * count), texts carry their length in UTF-16 units (every char kept, unpaired surrogates too), dates
 * and times are in ISO form, lists carry their count. So null and "" differ, "ab"+"c" differs from
 * "a"+"bc", and a contact cannot pass for an interviewer. The 64 bits are CRC-32C (high half) and
 * CRC-32 (low half) of that encoding: any burst of up to 32 flipped bits is always caught, and both
 * are computed by the JDK's intrinsics (cheap enough to run on every load). It guards against damage,
 * not against someone forging a check on purpose.
 */
final class ContentChecksum {

    private ContentChecksum() {
    }

    /** The check of a whole application as {@link ApplicationRepository} stores it. */
    static long of(Application a) {
        Canonical out = new Canonical("nudge application v3");
        out.text(a.id()).text(a.company()).text(a.role()).text(a.country()).date(a.appliedOn()).text(a.url())
                .text(a.location()).text(a.source()).flag(a.mayCall()).flag(a.knownDelay()).text(a.notes());
        out.count(a.contacts().size());
        for (Contact k : a.contacts()) {
            out.text(k.name()).text(k.email()).text(k.phone()).text(k.title()).flag(k.primary());
        }
        out.count(a.interviews().size());
        for (InterviewRound r : a.interviews()) {
            out.dateTime(r.endedAt()).date(r.decisionExpectedBy()).text(r.talkingPoint());
            out.count(r.interviewers().size());
            for (String name : r.interviewers()) {
                out.text(name);
            }
        }
        out.count(a.events().size());
        for (Event e : a.events()) {
            out.text(e.type().name()).date(e.date()).text(e.channel() == null ? null : e.channel().name())
                    .date(e.newDecisionBy()).date(e.checkBackOn()).text(e.action() == null ? null : e.action().name())
                    .date(e.until()).text(e.note()).text(e.recipient());
        }
        // Schema 6: only a set message language is encoded, after everything else (the event count
        // ends the encoding before it, so the two never run together). The default adds nothing,
        // so the checks stored before schema 6 still match and the update rewrites none of them.
        a.messageLanguage().ifPresent(l -> out.text("message language").text(l.code()));
        return out.checksum();
    }

    /** The check of one setting row: its name too, so a value cannot pass under another name. */
    static long ofSetting(String name, String value) {
        return new Canonical("nudge setting v3").text(name).text(value).checksum();
    }

    /** Whether a stored check (null when the row has none: damage, since every write stores one) matches. */
    static boolean matches(long computed, Long stored) {
        return stored != null && stored == computed;
    }

    /** The canonical encoding; package-private so a test can show its values never run together. */
    static final class Canonical {
        private static final byte NULL = 0;
        private static final byte TEXT = 1;
        private static final byte DATE = 2;
        private static final byte DATE_TIME = 3;
        private static final byte FLAG = 4;
        private static final byte COUNT = 5;

        private byte[] bytes = new byte[512];
        private int length;

        Canonical(String kind) {
            text(kind);
        }

        Canonical text(String value) {
            return value == null ? tag(NULL) : tag(TEXT).chars(value);
        }

        Canonical date(LocalDate value) {
            return value == null ? tag(NULL) : tag(DATE).chars(value.toString()); // ISO 8601, e.g. 2026-11-20
        }

        Canonical dateTime(LocalDateTime value) {
            // ISO 8601 (2026-11-20T10:30, seconds and fractions only when set): one text per value.
            return value == null ? tag(NULL) : tag(DATE_TIME).chars(value.toString());
        }

        Canonical flag(boolean value) {
            return tag(FLAG).tag(value ? (byte) 1 : (byte) 0);
        }

        Canonical count(int value) {
            return tag(COUNT).integer(value);
        }

        long checksum() {
            CRC32C high = new CRC32C();
            high.update(bytes, 0, length);
            CRC32 low = new CRC32();
            low.update(bytes, 0, length);
            return high.getValue() << 32 | low.getValue();
        }

        byte[] encoded() {
            return Arrays.copyOf(bytes, length);
        }

        private Canonical chars(String value) {
            integer(value.length());
            ensure(2 * value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                bytes[length++] = (byte) (c >>> 8);
                bytes[length++] = (byte) c;
            }
            return this;
        }

        private Canonical integer(int value) {
            ensure(4);
            bytes[length++] = (byte) (value >>> 24);
            bytes[length++] = (byte) (value >>> 16);
            bytes[length++] = (byte) (value >>> 8);
            bytes[length++] = (byte) value;
            return this;
        }

        private Canonical tag(byte tag) {
            ensure(1);
            bytes[length++] = tag;
            return this;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
