package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Adds the follow-ups dated in the period up into {@link FollowUpFigures} (docs/insights.md, "Follow-ups"). */
final class FollowUpTally {

    private final PlannedWindows windows;
    private int sent;
    private int answered;
    private final DaySpreads.Days daysToAnswer = new DaySpreads.Days();
    /** [attempt][0] sent, [attempt][1] answered; index 0 unused. */
    private int[][] byAttempt = new int[4][2];
    private final int[][] byChannel = new int[Channel.values().length][2];
    private final int[] inWindow = new int[2];
    private final int[] late = new int[2];
    private final int[] noWindow = new int[2];

    FollowUpTally(PlannedWindows windows) {
        this.windows = windows;
    }

    void add(Application app, FollowUpAttempts.FollowUp followUp) {
        boolean wasAnswered = followUp.answered();
        sent++;
        if (wasAnswered) {
            answered++;
            daysToAnswer.add(followUp.daysToAnswer());
        }
        if (followUp.attempt() >= byAttempt.length) {
            byAttempt = java.util.Arrays.copyOf(byAttempt, followUp.attempt() + 4);
            for (int i = 0; i < byAttempt.length; i++) {
                if (byAttempt[i] == null) {
                    byAttempt[i] = new int[2];
                }
            }
        }
        count(byAttempt[followUp.attempt()], wasAnswered);
        count(byChannel[followUp.channel().ordinal()], wasAnswered);
        Optional<PlannedWindows.Window> window = windows.forFollowUp(app, followUp.eventIndex());
        if (window.isEmpty()) {
            count(noWindow, wasAnswered);
        } else if (followUp.date().isAfter(window.get().due())) {
            count(late, wasAnswered);
        } else {
            count(inWindow, wasAnswered); // early ones count as on time: nothing was missed
        }
    }

    private static void count(int[] tally, boolean wasAnswered) {
        tally[0]++;
        if (wasAnswered) {
            tally[1]++;
        }
    }

    FollowUpFigures figures() {
        SortedMap<Integer, Count> attempts = new TreeMap<>();
        for (int attempt = 1; attempt < byAttempt.length; attempt++) {
            if (byAttempt[attempt][0] > 0) {
                attempts.put(attempt, count(byAttempt[attempt]));
            }
        }
        Map<Channel, Count> channels = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            channels.put(channel, count(byChannel[channel.ordinal()]));
        }
        return new FollowUpFigures(sent, answered, daysToAnswer.spread(), Collections.unmodifiableSortedMap(attempts),
                Collections.unmodifiableMap(channels), count(inWindow), count(late), count(noWindow));
    }

    private static Count count(int[] tally) {
        return new Count(tally[0], tally[1]);
    }
}
