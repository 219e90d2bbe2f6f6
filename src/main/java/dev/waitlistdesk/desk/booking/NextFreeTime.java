package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.port.ResourceDay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "The next free time": the chosen resources over the next {@link #DAYS} days, read in one go, and the
 * first start at which all of them are free for the length. Changing the length or the day shown
 * counts again without asking the portal.
 */
final class NextFreeTime {

    /** How far it looks ahead, today included. */
    static final int DAYS = 14;

    private Map<LocalDate, Map<Long, ResourceDay>> days = Map.of();

    /** The days read ahead, by day, each as {@code BookingDesk.day} gives it. */
    void read(Map<LocalDate, Map<Long, ResourceDay>> loaded) {
        days = loaded;
    }

    void forget() {
        days = Map.of();
    }

    boolean known() {
        return !days.isEmpty();
    }

    /**
     * The first time from {@code from} on (else the first at all) at which every resource is free for
     * the length, not before {@code now}, on the first resource's grid as for the day; null if none.
     */
    Instant first(List<Long> resourceIds, Duration length, Instant from, Instant now) {
        if (resourceIds.isEmpty() || length.isZero() || length.isNegative()) {
            return null;
        }
        List<Instant> firsts = new ArrayList<>();
        days.values().forEach(byResource -> {
            if (byResource.keySet().containsAll(resourceIds)) {
                List<ResourceDay> chosen = resourceIds.stream().map(byResource::get).toList();
                ResourceDay.commonStarts(chosen, length, now).stream().findFirst().ifPresent(firsts::add);
            }
        });
        return firsts.stream().filter(at -> !at.isBefore(from)).findFirst()
                .orElse(firsts.isEmpty() ? null : firsts.get(0));
    }
}
