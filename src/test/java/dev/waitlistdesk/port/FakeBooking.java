package dev.waitlistdesk.port;

import dev.waitlistdesk.desk.booking.BookingServices;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resources that work 9:00–12:00 in their own zone, bookings and deal links in memory, with the
 * port's rules: an overlapping booking is refused as TIME_TAKEN, a record that is gone as RECORD_GONE.
 */
public final class FakeBooking implements BookingDesk, DealDirectory {

    public final FakeStore store;
    public final List<BookableResource> resources = new ArrayList<>();
    public final Map<Long, List<Span>> busy = new LinkedHashMap<>();
    public final Map<Long, List<Long>> links = new LinkedHashMap<>();
    public final Map<Long, DealInfo> deals = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    public final List<URI> opened = new ArrayList<>();
    /** Thrown by the next call, then cleared. */
    public Failure failNext;
    private long nextBooking = 501;

    public FakeBooking(FakeStore store) {
        this.store = store;
    }

    public BookableResource resource(long id, String name, String type, String zone, int slotMinutes) {
        BookableResource resource = new BookableResource(id, name, "", type, ZoneId.of(zone), Duration.ofMinutes(slotMinutes));
        resources.add(resource);
        busy.put(id, new ArrayList<>());
        return resource;
    }

    public BookingServices services(Clock clock) {
        return new BookingServices(this, this, clock, opened::add);
    }

    private void call(String name) {
        calls.add(name);
        if (failNext != null) {
            Failure failure = failNext;
            failNext = null;
            throw new StoreException(failure, name + " failed", null);
        }
    }

    @Override
    public List<BookableResource> resources() {
        call("resources");
        return List.copyOf(resources);
    }

    @Override
    public Map<Long, ResourceDay> day(LocalDate day, Collection<Long> resourceIds) {
        call("day " + day);
        Map<Long, ResourceDay> days = new LinkedHashMap<>();
        for (BookableResource r : resources) {
            if (!resourceIds.contains(r.id())) {
                continue;
            }
            Span working = new Span(day.atTime(9, 0).atZone(r.zone()).toInstant(), day.atTime(12, 0).atZone(r.zone()).toInstant());
            List<Span> free = new ArrayList<>();
            Instant cursor = working.start();
            for (Span taken : busy.get(r.id()).stream().filter(s -> s.overlaps(working))
                    .sorted(java.util.Comparator.comparing(Span::start)).toList()) {
                if (taken.start().isAfter(cursor)) {
                    free.add(new Span(cursor, taken.start()));
                }
                cursor = taken.end().isAfter(cursor) ? taken.end() : cursor;
            }
            if (cursor.isBefore(working.end())) {
                free.add(new Span(cursor, working.end()));
            }
            List<Instant> grid = new ArrayList<>();
            for (Instant at = working.start(); at.isBefore(working.end()); at = at.plus(r.slot())) {
                Instant start = at;
                if (free.stream().anyMatch(s -> s.contains(new Span(start, start.plusSeconds(60))))) {
                    grid.add(start);
                }
            }
            days.put(r.id(), new ResourceDay(r.id(), day, List.of(working), free, grid));
        }
        return days;
    }

    @Override
    public BookingResult book(long recordId, List<Long> resourceIds, Span period, ZoneId zone, String name) {
        call("book " + recordId);
        Failure.Evidence code1038 = new Failure.Evidence("1038", "wait list item not found", 400);
        if (!store.records.containsKey(recordId)) {
            return new BookingResult.Refused(BookingResult.Reason.RECORD_GONE, List.of(), List.of(), code1038);
        }
        List<Long> missing = resourceIds.stream().filter(id -> !busy.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            return new BookingResult.Refused(BookingResult.Reason.RESOURCE_GONE, missing, List.of(), code1038);
        }
        List<Span> conflicts = resourceIds.stream().flatMap(id -> busy.get(id).stream()).filter(period::overlaps).toList();
        if (!conflicts.isEmpty()) {
            return new BookingResult.Refused(BookingResult.Reason.TIME_TAKEN, List.of(), conflicts, code1038);
        }
        resourceIds.forEach(id -> busy.get(id).add(period));
        store.records.remove(recordId);
        return new BookingResult.Booked(nextBooking++, period, zone, resourceIds, true);
    }

    @Override
    public UndoResult undo(BookingResult.Booked booked, RecordState record) {
        call("undo " + booked.bookingId());
        booked.resourceIds().forEach(id -> busy.get(id).remove(booked.period()));
        return new UndoResult.Back(store.put(record.note()));
    }

    @Override
    public List<Long> dealIds(long recordId) {
        call("dealIds " + recordId);
        requireRecord(recordId);
        return List.copyOf(links.getOrDefault(recordId, List.of()));
    }

    private void requireRecord(long recordId) {
        if (!store.records.containsKey(recordId)) {
            throw new StoreException(new Failure.RecordGone(new Failure.Evidence("1040", "Wait list not found", 400)),
                    "gone", null);
        }
    }

    @Override
    public DealLinks saveDeals(long recordId, List<Long> base, List<Long> desired) {
        call("saveDeals " + recordId);
        requireRecord(recordId);
        List<Long> now = dealIds(recordId);
        if (!now.equals(base) && !now.equals(desired)) {
            return new DealLinks(now, true);
        }
        links.put(recordId, List.copyOf(desired));
        return new DealLinks(desired, false);
    }

    public DealInfo deal(long id, String title, String stage, DealInfo.Progress progress) {
        DealInfo deal = new DealInfo(id, title, stage, progress);
        deals.put(id, deal);
        return deal;
    }

    @Override
    public List<DealInfo> search(String title, int limit) {
        call("search " + title);
        return deals.values().stream().filter(d -> d.title().toLowerCase().contains(title.toLowerCase())).limit(limit).toList();
    }

    @Override
    public Map<Long, DealInfo> describe(Collection<Long> dealIds) {
        Map<Long, DealInfo> found = new LinkedHashMap<>();
        dealIds.stream().filter(deals::containsKey).forEach(id -> found.put(id, deals.get(id)));
        return found;
    }

    @Override
    public Optional<URI> url(long dealId) {
        return Optional.of(URI.create("https://example.bitrix24.de/crm/deal/details/" + dealId + "/"));
    }

    /** A clock the test moves. */
    public static final class TestClock extends Clock {

        public Instant now;
        private final ZoneId zone;

        public TestClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            TestClock clock = new TestClock(now, other);
            return clock;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
