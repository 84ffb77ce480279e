package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed data set of {@link InsightsDefinitionsTest}, written from the definitions alone (issue 16,
 * the insights contracts' javadoc, docs/follow-up-rules.md section 1-2). Today is Mon 30 Nov 2026.
 * Event indexes (#n) are positions in {@code events()}, as {@link PlannedWindows} sees them.
 *
 * <pre>
 * a01 Acme GmbH    DE applied Oct 1;  round Mon Oct 5
 *     #0 THANK_YOU Oct 6 · #1 FU email Oct 12 · #2 FU email Oct 19 · #3 REPLY Oct 22
 *     #4 FU phone Oct 26 · #5 REPLY Oct 26 · #6 FU email Nov 2 · #7 REJECTION_RECEIVED Nov 9
 *     #8 REJECTION_ANSWERED Nov 10
 * a02 Birch Labs   US applied Oct 8;  rounds Wed Oct 14, Wed Oct 28
 *     #0 THANK_YOU Oct 16 · #1 FU email Oct 21 · #2 FU email Oct 26 · #3 THANK_YOU Oct 29
 *     #4 FU email Nov 4 · #5 CHECK_BACK_AGREED Nov 6 · #6 FU phone Nov 16 · #7 OFFER_RECEIVED Nov 20
 *     #8 OFFER_ANSWERED Nov 23
 * a03 Cedar &amp; Co  DE applied Oct 20; round Tue Nov 3 (panel Ana Ruiz, Ben Ott)
 *     #0 THANK_YOU Nov 4 to Ana · #1 THANK_YOU Nov 5 to Ben · #2 FU email Nov 12
 *     #3 VOICEMAIL_LEFT Nov 18 · #4 FU email Nov 20
 * a04 Dune Ltd     DE applied Oct 26; round Fri Oct 30
 *     #0 THANK_YOU Oct 31 · #1 FU email Nov 6 · #2 REJECTION_RECEIVED Nov 13
 * a05 Elm Health   -- applied Nov 2;  no round
 *     #0 REJECTION_RECEIVED Nov 20
 * a06 Fir Systems  US no appliedOn;   no round, no events
 * a07 Gale Media   FR applied Mon Sep 28 (the earliest date recorded); round Fri Oct 2
 *     #0 FU email Oct 9 · #1 FU email Oct 16 · #2 FU email Oct 23 · #3 CLOSED Nov 6
 * a08 Hazel Bank   DE applied Oct 5;  rounds Tue Oct 13, and Wed Dec 2 (scheduled, after today)
 *     #0 THANK_YOU Oct 14 · #1 CLOSED Oct 27 (before the latest round: does not count, R1)
 * a09 Iris Retail  -- applied Nov 9;  round today Nov 30 at 17:00 (counts as held)
 * a10 Juniper      US applied Nov 10; round Thu Dec 3 (after today: not held)
 * a11 Kite Studio  -- applied Oct 22; round Mon Nov 9
 *     #0 THANK_YOU Nov 10 · #1 FU phone Nov 17 · #2 OFFER_RECEIVED Nov 19 · #3 WITHDRAWN Nov 24
 * </pre>
 */
final class InsightsDefinitionsFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final String PRESET = "Standard";

    private InsightsDefinitionsFixture() {
    }

    static LocalDate oct(int day) {
        return LocalDate.of(2026, 10, day);
    }

    static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    static InterviewRound round(LocalDate day, int hour, String... interviewers) {
        return new InterviewRound(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)), null, "",
                List.of(interviewers));
    }

    static Application app(String id, String company, String role, String country, LocalDate appliedOn,
                           List<Contact> contacts, List<InterviewRound> rounds, Event... events) {
        return new Application(id, company, role, country, appliedOn, "", "", "", false, false, "", contacts,
                rounds, List.of(events));
    }

    static Event fu(LocalDate day, Channel channel) {
        return Event.followUp(day, channel);
    }

    static Event thanks(LocalDate day) {
        return Event.thankYouSent(day, null);
    }

    static List<Application> applications() {
        return List.of(
                app("a01", "Acme GmbH", "Backend Developer", "DE", oct(1), List.of(),
                        List.of(round(oct(5), 10, "Pat Lee")),
                        thanks(oct(6)),
                        fu(oct(12), Channel.EMAIL),
                        fu(oct(19), Channel.EMAIL),
                        Event.reply(oct(22), null),
                        fu(oct(26), Channel.PHONE),
                        Event.reply(oct(26), null),
                        fu(nov(2), Channel.EMAIL),
                        Event.of(EventType.REJECTION_RECEIVED, nov(9)),
                        Event.of(EventType.REJECTION_ANSWERED, nov(10))),
                app("a02", "Birch Labs", "Data Analyst", "US", oct(8), List.of(),
                        List.of(round(oct(14), 15, "Kim Wu"), round(oct(28), 11, "Kim Wu")),
                        thanks(oct(16)),
                        fu(oct(21), Channel.EMAIL),
                        fu(oct(26), Channel.EMAIL),
                        thanks(oct(29)),
                        fu(nov(4), Channel.EMAIL),
                        Event.checkBack(nov(6), nov(16)),
                        fu(nov(16), Channel.PHONE),
                        Event.of(EventType.OFFER_RECEIVED, nov(20)),
                        Event.of(EventType.OFFER_ANSWERED, nov(23))),
                app("a03", "Cedar & Co", "UX Designer", "DE", oct(20), List.of(),
                        List.of(round(nov(3), 9, "Ana Ruiz", "Ben Ott")),
                        Event.thankYouSent(nov(4), "Ana Ruiz"),
                        Event.thankYouSent(nov(5), "Ben Ott"),
                        fu(nov(12), Channel.EMAIL),
                        Event.of(EventType.VOICEMAIL_LEFT, nov(18)),
                        fu(nov(20), Channel.EMAIL)),
                app("a04", "Dune Ltd", "QA Engineer", "DE", oct(26), List.of(),
                        List.of(round(oct(30), 14, "Max Roth")),
                        thanks(oct(31)),
                        fu(nov(6), Channel.EMAIL),
                        Event.of(EventType.REJECTION_RECEIVED, nov(13))),
                app("a05", "Elm Health", "Support Lead", "", nov(2), List.of(), List.of(),
                        Event.of(EventType.REJECTION_RECEIVED, nov(20))),
                app("a06", "Fir Systems", "Product Owner", "US", null, List.of(), List.of()),
                app("a07", "Gale Media", "Editor", "FR", LocalDate.of(2026, 9, 28), List.of(),
                        List.of(round(oct(2), 16, "Luc Bon")),
                        fu(oct(9), Channel.EMAIL),
                        fu(oct(16), Channel.EMAIL),
                        fu(oct(23), Channel.EMAIL),
                        Event.of(EventType.CLOSED, nov(6))),
                app("a08", "Hazel Bank", "Risk Analyst", "DE", oct(5), List.of(),
                        List.of(round(oct(13), 10, "Eva Stein"), round(dec(2), 10, "Eva Stein")),
                        thanks(oct(14)),
                        Event.of(EventType.CLOSED, oct(27))),
                app("a09", "Iris Retail", "Store Manager", "", nov(9), List.of(),
                        List.of(round(TODAY, 17, "Noor Aziz"))),
                app("a10", "Juniper", "Developer", "US", nov(10), List.of(),
                        List.of(round(dec(3), 11, "Raj Patel"))),
                app("a11", "Kite Studio", "Illustrator", "", oct(22), List.of(),
                        List.of(round(nov(9), 13, "Sam Roe")),
                        thanks(nov(10)),
                        fu(nov(17), Channel.PHONE),
                        Event.of(EventType.OFFER_RECEIVED, nov(19)),
                        Event.of(EventType.WITHDRAWN, nov(24))));
    }

    /**
     * Fixed planned windows, by application id and event index; a follow-up not listed had none.
     * Sent on or before {@code due} is in the window (early counts too), after it is late.
     */
    static final Map<String, PlannedWindows.Window> WINDOWS = Map.ofEntries(
            Map.entry("a01#1", new PlannedWindows.Window(oct(9), oct(12))),   // sent Oct 12 = due: in
            Map.entry("a01#2", new PlannedWindows.Window(oct(14), oct(16))),  // sent Oct 19 > Oct 16: late
            Map.entry("a01#4", new PlannedWindows.Window(oct(28), oct(30))),  // sent Oct 26, early: in
            // a01#6 (Nov 2): no window
            Map.entry("a02#1", new PlannedWindows.Window(oct(20), oct(22))),  // sent Oct 21: in
            Map.entry("a02#2", new PlannedWindows.Window(oct(22), oct(23))),  // sent Oct 26: late
            Map.entry("a02#4", new PlannedWindows.Window(nov(3), nov(5))),    // sent Nov 4: in
            Map.entry("a02#6", new PlannedWindows.Window(nov(16), nov(17))),  // sent Nov 16: in
            Map.entry("a03#2", new PlannedWindows.Window(nov(10), nov(11))),  // sent Nov 12: late
            Map.entry("a03#4", new PlannedWindows.Window(nov(20), nov(23))),  // sent Nov 20: in
            Map.entry("a04#1", new PlannedWindows.Window(nov(6), nov(9))),    // sent Nov 6: in
            Map.entry("a07#0", new PlannedWindows.Window(oct(5), oct(9))),    // sent Oct 9 = due: in
            Map.entry("a07#1", new PlannedWindows.Window(oct(13), oct(14)))); // sent Oct 16: late
    // a07#2 (Oct 23) and a11#1 (Nov 17): no window

    static PlannedWindows windows() {
        return (app, index) -> Optional.ofNullable(WINDOWS.get(app.id() + "#" + index));
    }
}
