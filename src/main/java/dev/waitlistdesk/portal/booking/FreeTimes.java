package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.port.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When a resource is free on a day: its working hours (booking.v1.resource.slots.list) minus the
 * bookings it has then. The API has no "free times" method, so this is computed here. Pure and
 * immutable: no clock, no toolkit; the day is taken in each working-hours entry's own time zone
 * (a Vladivostok resource's Monday is Vladivostok's Monday, whatever the desk's zone).
 */
public final class FreeTimes {

    private final LocalDate day;
    private final List<WorkingHours> hours;
    private final List<Span> working;
    private final List<Span> free;

    private FreeTimes(LocalDate day, List<WorkingHours> hours, Collection<Span> busy) {
        this.day = Objects.requireNonNull(day, "day");
        this.hours = hours.stream().filter(h -> h.worksOn(day) && h.toMinute() > h.fromMinute()).toList();
        List<Span> spans = new ArrayList<>();
        for (WorkingHours h : this.hours) {
            spans.add(new Span(h.at(day, h.fromMinute()).toInstant(), h.at(day, h.toMinute()).toInstant()));
        }
        this.working = merge(spans);
        this.free = subtract(working, merge(new ArrayList<>(busy)));
    }

    /** Free times of one resource: only the bookings that use it count. */
    public static FreeTimes of(LocalDate day, long resourceId, List<WorkingHours> hours, Collection<Booking> bookings) {
        List<Span> busy = new ArrayList<>();
        for (Booking booking : bookings) {
            if (booking.uses(resourceId)) {
                busy.add(booking.span());
            }
        }
        return new FreeTimes(day, hours, busy);
    }

    /** Free times given the busy spans directly (e.g. the union of several resources' bookings). */
    public static FreeTimes of(LocalDate day, List<WorkingHours> hours, Collection<Span> busy) {
        return new FreeTimes(day, List.copyOf(hours), busy);
    }

    public LocalDate day() {
        return day;
    }

    /** The working hours of the day, merged where they touch, in time order. */
    public List<Span> working() {
        return working;
    }

    /** Working time nobody has booked, merged, in time order. */
    public List<Span> free() {
        return free;
    }

    /** The slot size of the day's first working hours: the length a booking gets by default. */
    public Optional<Duration> slotLength() {
        return hours.stream().min(Comparator.comparing(h -> h.at(day, h.fromMinute())))
                .map(h -> Duration.ofMinutes(h.slotMinutes()));
    }

    /** Start times on each working-hours entry's slot grid where one slot fits into free time. */
    public List<Instant> starts() {
        return starts(null, Instant.MIN);
    }

    /**
     * Start times on the slot grid (from each entry's start, every slot size) where a booking of
     * {@code length} fits into free time, none before {@code notBefore} (pass the clock's now to
     * hide times already past). A null length means each entry's own slot size. A booking may run
     * on into working hours that follow without a gap (13:00–14:00 and 14:00–15:00).
     */
    public List<Instant> starts(Duration length, Instant notBefore) {
        if (length != null && (length.isZero() || length.isNegative())) {
            throw new IllegalArgumentException("A booking needs a positive length: " + length);
        }
        TreeSet<Instant> starts = new TreeSet<>();
        for (WorkingHours h : hours) {
            Duration step = Duration.ofMinutes(h.slotMinutes());
            Duration wanted = length == null ? step : length;
            Instant end = h.at(day, h.toMinute()).toInstant();
            for (Instant start = h.at(day, h.fromMinute()).toInstant(); start.isBefore(end); start = start.plus(step)) {
                Span booking = new Span(start, start.plus(wanted));
                if (!start.isBefore(notBefore) && free.stream().anyMatch(span -> span.contains(booking))) {
                    starts.add(start);
                }
            }
        }
        return List.copyOf(starts);
    }

    /**
     * Start times at which every one of these resources is free for {@code length}: for a booking of
     * several resources at once (a room and a specialist). Empty when none is given.
     */
    public static List<Instant> commonStarts(Collection<FreeTimes> resources, Duration length, Instant notBefore) {
        Objects.requireNonNull(length, "length");
        TreeSet<Instant> common = null;
        for (FreeTimes resource : resources) {
            List<Instant> starts = resource.starts(length, notBefore);
            if (common == null) {
                common = new TreeSet<>(starts);
            } else {
                common.retainAll(starts);
            }
        }
        return common == null ? List.of() : List.copyOf(common);
    }

    /** Sorted, with overlapping or touching spans joined. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (span.start().equals(span.end())) {
                continue;
            }
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span.start().isAfter(last.end())) {
                if (span.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new Span(last.start(), span.end()));
                }
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    /** {@code from} minus {@code taken}; both sorted and merged. */
    private static List<Span> subtract(List<Span> from, List<Span> taken) {
        List<Span> left = new ArrayList<>();
        for (Span span : from) {
            Instant cursor = span.start();
            for (Span busy : taken) {
                if (!busy.end().isAfter(cursor) || !busy.start().isBefore(span.end())) {
                    continue;
                }
                if (busy.start().isAfter(cursor)) {
                    left.add(new Span(cursor, busy.start()));
                }
                cursor = busy.end().isAfter(cursor) ? busy.end() : cursor;
            }
            if (cursor.isBefore(span.end())) {
                left.add(new Span(cursor, span.end()));
            }
        }
        return List.copyOf(left);
    }

    @Override
    public String toString() {
        return "FreeTimes[" + day + ", free " + free + "]";
    }
}
