package dev.waitlistdesk.desk.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** "a moment ago", "2 min ago", "at 10:42": when something happened, in words that age as time passes. */
public final class RelativeTime {

    /** How often a shown relative time should be worded again. */
    public static final Duration STEP = Duration.ofMinutes(1);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RelativeTime() {
    }

    /** Minutes up to an hour, then the time of day on {@code clock}'s zone. */
    public static String since(Texts texts, Instant then, Clock clock) {
        long minutes = Math.max(0, Duration.between(then, clock.instant()).toMinutes());
        return minutes < 60 ? texts.get("time.ago", minutes)
                : texts.get("time.at", LocalTime.ofInstant(then, clock.getZone()).format(CLOCK_TIME));
    }
}
