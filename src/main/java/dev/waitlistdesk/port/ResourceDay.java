package dev.waitlistdesk.port;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One resource on one day (in the resource's own time zone): when it works, which of that is free,
 * and the start times on its slot grid that lie in free time. Enough to draw a day strip and to
 * offer start times for any length without asking the portal again.
 */
public record ResourceDay(long resourceId, LocalDate day, List<Span> working, List<Span> free, List<Instant> freeGrid) {

    public ResourceDay {
        Objects.requireNonNull(day, "day");
        working = List.copyOf(working);
        free = List.copyOf(free);
        freeGrid = List.copyOf(freeGrid);
    }

    /** Grid times from which a booking of {@code length} fits into free time, none before {@code notBefore}. */
    public List<Instant> starts(Duration length, Instant notBefore) {
        return freeGrid.stream().filter(start -> !start.isBefore(notBefore))
                .filter(start -> free.stream().anyMatch(span -> span.contains(new Span(start, start.plus(length)))))
                .toList();
    }

    /**
     * Times on the first resource's grid at which every one of these resources is free for
     * {@code length} (a room and a specialist at once). The grids of two resources rarely meet (a
     * room books by the hour, a dentist by 45 minutes), so only the first one's grid counts.
     */
    public static List<Instant> commonStarts(List<ResourceDay> days, Duration length, Instant notBefore) {
        if (days.isEmpty()) {
            return List.of();
        }
        return days.get(0).starts(length, notBefore).stream()
                .filter(start -> days.stream().allMatch(day -> day.isFree(new Span(start, start.plus(length)))))
                .toList();
    }

    private boolean isFree(Span span) {
        return free.stream().anyMatch(f -> f.contains(span));
    }
}
