package dev.waitlistdesk.desk.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;

/** How long a record has waited, in words, and the longest-waiting-first order; the list and the booking panel share them. */
public final class WaitingTime {

    /** Below this many days the waiting time is counted ("3 days"); from then on dated ("since 12 Nov"). */
    public static final int IN_DAYS = 14;

    private WaitingTime() {
    }

    /** "today", "3 days", "since 12 Nov"; "" while the creation day is not known. */
    public static String describe(Texts texts, LocalDate created, LocalDate today) {
        if (created == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(created, today);
        if (days < IN_DAYS) {
            return texts.get("list.waiting.days", Math.max(0, days));
        }
        return texts.get("list.waiting.since", DateTimeFormatter.ofPattern(texts.get("list.waiting.pattern"),
                texts.bundle().getLocale()).format(created));
    }

    /**
     * Longest waiting first: by creation day, records not placed yet last, then by id (ids grow with
     * time). A new comparator each call: a SortedList sorts again only when its comparator changes.
     */
    public static Comparator<WaitlistRow> oldestFirst(Map<Long, LocalDate> createdDays) {
        return Comparator.<WaitlistRow, LocalDate>comparing(row -> createdDays.get(row.id()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(WaitlistRow::id);
    }
}
