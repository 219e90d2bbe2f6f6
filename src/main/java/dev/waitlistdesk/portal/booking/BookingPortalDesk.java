package dev.waitlistdesk.portal.booking;

import static dev.waitlistdesk.portal.RestFailures.translated;

import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.UndoResult;
import dev.waitlistdesk.port.BookingDesk;
import dev.waitlistdesk.port.BookingResult;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.ResourceDay;
import dev.waitlistdesk.port.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The desk's booking port on Bitrix24 Booking: converts at this edge, and nowhere else. */
public final class BookingPortalDesk implements BookingDesk {

    private static final System.Logger LOG = System.getLogger(BookingPortalDesk.class.getName());
    /** A resource without working hours takes no bookings; these only label it. */
    private static final Duration NO_SLOT = Duration.ofMinutes(60);

    private final RestClient client;
    private final RestBookingApi api;
    private final FreeTimesReader freeTimes;
    private final WaitlistBooking fromWaitlist;
    private final RestWaitlistApi waitlist;
    private final ZoneId fallbackZone;

    public BookingPortalDesk(RestClient client, ZoneId fallbackZone) {
        this.client = client;
        this.api = new RestBookingApi(client);
        this.freeTimes = new FreeTimesReader(client);
        this.fromWaitlist = new WaitlistBooking(client);
        this.waitlist = new RestWaitlistApi(client);
        this.fallbackZone = fallbackZone;
    }

    @Override
    public List<BookableResource> resources() {
        return translated(() -> {
            List<ResourceType> types = api.resourceTypes();
            List<Resource> resources = new ArrayList<>(api.resources());
            Map<Long, List<WorkingHours>> hours = freeTimes.workingHours(resources.stream().map(Resource::id).toList());
            List<Long> typeOrder = types.stream().map(ResourceType::id).toList();
            resources.sort(Comparator.<Resource>comparingInt(r -> typeOrder.contains(r.typeId())
                    ? typeOrder.indexOf(r.typeId()) : Integer.MAX_VALUE).thenComparing(Resource::name));
            return resources.stream().map(r -> {
                Optional<WorkingHours> first = hours.getOrDefault(r.id(), List.of()).stream().findFirst();
                String typeName = types.stream().filter(t -> t.id() == r.typeId()).map(ResourceType::name)
                        .findFirst().orElse("");
                return new BookableResource(r.id(), r.name(), r.description(), typeName,
                        first.map(WorkingHours::zone).orElse(fallbackZone),
                        first.map(h -> Duration.ofMinutes(h.slotMinutes())).orElse(NO_SLOT), r.notices());
            }).toList();
        });
    }

    @Override
    public Map<Long, ResourceDay> day(LocalDate day, Collection<Long> resourceIds) {
        return translated(() -> resourceDays(freeTimes.freeTimes(day, resourceIds)));
    }

    /** One batch (more only past 400 bookings in the window), whatever the number of days. */
    @Override
    public Map<LocalDate, Map<Long, ResourceDay>> days(LocalDate first, int count, Collection<Long> resourceIds) {
        return translated(() -> {
            Map<LocalDate, Map<Long, ResourceDay>> days = new LinkedHashMap<>();
            freeTimes.freeTimes(first, count, resourceIds).forEach((day, free) -> days.put(day, resourceDays(free)));
            return days;
        });
    }

    private static Map<Long, ResourceDay> resourceDays(Map<Long, FreeTimes> free) {
        Map<Long, ResourceDay> days = new LinkedHashMap<>();
        free.forEach((id, times) -> days.put(id, new ResourceDay(id, times.day(),
                spans(times.working()), spans(times.free()),
                // grid times where at least a minute is free; the desk narrows them by the chosen length
                times.starts(Duration.ofMinutes(1), Instant.MIN))));
        return days;
    }

    @Override
    public BookingResult book(long recordId, List<Long> resourceIds, Span period, ZoneId zone, String name) {
        return translated(() -> {
            Booked booked;
            try {
                booked = fromWaitlist.book(recordId, resourceIds, new DatePeriod(period.start(), period.end(), zone),
                        name);
            } catch (BookingRefusedException e) {
                BookingRefusal refusal = e.refusal();
                RestException cause = e.restException();
                return new BookingResult.Refused(BookingResult.Reason.valueOf(refusal.reason().name()),
                        refusal.missingResourceIds(), refusal.conflicts().stream().map(b -> span(b.span())).toList(),
                        new Failure.Evidence(cause.code(), cause.description(), cause.httpStatus()));
            }
            Booking booking = booked.booking();
            boolean left = booked.recordRemoved();
            if (!left) {
                Optional<Boolean> removed = removeKeptRecord(recordId, booked);
                if (removed.isEmpty()) {
                    return new BookingResult.BookedByColleague(booking.id(), cancel(booking.id()));
                }
                left = removed.get();
            }
            return new BookingResult.Booked(booking.id(), span(booking.span()), booking.period().zone(),
                    booking.resourceIds(), left);
        });
    }

    /**
     * The portal kept the record after booking it (the other reading of the docs); its clients and
     * deals are on the booking now, so it leaves the waitlist here. The batch reads its clients and
     * links right before the delete: a colleague's change since the booking goes onto the booking
     * too, not out with the record. False if the delete failed; empty if the record was already gone
     * (1040): a colleague's desk booked or removed it a moment earlier.
     */
    private Optional<Boolean> removeKeptRecord(long recordId, Booked booked) {
        BatchResult last = client.batch(List.of(Holder.WAITLIST.listClients("clients", recordId),
                Holder.WAITLIST.listLinks("links", recordId),
                new BatchCommand("delete", BookingCalls.WAITLIST_DELETE, Map.of("id", recordId))), true);
        if (Answers.isGone(last, "clients")) {
            return Optional.empty();
        }
        RestException failed = last.errors().get("links") != null ? last.errors().get("links") : last.errors().get("delete");
        if (failed != null) {
            LOG.log(System.Logger.Level.WARNING, "Booked record {0} could not be removed from the waitlist: {1}",
                    recordId, failed.getMessage());
            return failed.kind() == RestException.Kind.NOT_FOUND ? Optional.empty() : Optional.of(false);
        }
        List<ClientRef> clients = Holder.WAITLIST.clients(last.result("clients").orElseThrow());
        List<ExternalLink> links = Holder.WAITLIST.links(last.result("links").orElseThrow());
        long bookingId = booked.booking().id();
        List<BatchCommand> copy = new ArrayList<>();
        if (!new HashSet<>(clients).equals(new HashSet<>(booked.clients())) && !clients.isEmpty()) {
            copy.add(Holder.BOOKING.setClients("clients", bookingId, clients));
        }
        if (!new HashSet<>(links).equals(new HashSet<>(booked.links())) && !links.isEmpty()) {
            copy.add(Holder.BOOKING.setLinks("links", bookingId, links));
        }
        if (!copy.isEmpty()) {
            client.batch(copy).throwFirstError();
        }
        return Optional.of(true);
    }

    /** Cancels this desk's second booking of a record a colleague booked first; false if that failed. */
    private boolean cancel(long bookingId) {
        try {
            api.deleteBooking(bookingId);
            return true;
        } catch (RestException e) {
            LOG.log(System.Logger.Level.WARNING, "Duplicate booking {0} could not be cancelled: {1}",
                    bookingId, e.getMessage());
            return false;
        }
    }

    /**
     * One batch reads the booking with its clients and deal links; if it is as booked, the record is
     * added back (waitlist.add, then clients and links in one batch) before the booking is deleted, so
     * a failure on the way never loses both. If the delete fails, the new record is removed again.
     */
    @Override
    public UndoResult undo(BookingResult.Booked booked, RecordState record) {
        return translated(() -> {
            long bookingId = booked.bookingId();
            BatchResult now = client.batch(List.of(
                    new BatchCommand("booking", BookingCalls.BOOKING_GET, Map.of("id", bookingId)),
                    Holder.BOOKING.listClients("clients", bookingId), Holder.BOOKING.listLinks("links", bookingId)));
            if (Answers.isGone(now, "booking")) {
                return new UndoResult.Gone();
            }
            Booking booking = Wire.booking(BookingCalls.BOOKING_GET,
                    Answers.field(BookingCalls.BOOKING_GET, now.result("booking").orElseThrow(), "booking"));
            List<ClientRef> clients = Holder.BOOKING.clients(now.result("clients").orElseThrow());
            List<ExternalLink> links = Holder.BOOKING.links(now.result("links").orElseThrow());
            if (booking == null || !span(booking.span()).equals(booked.period())
                    || !new HashSet<>(booking.resourceIds()).equals(new HashSet<>(booked.resourceIds()))
                    || !clientIds(clients).equals(record.clients())) {
                return new UndoResult.Changed();
            }
            long recordId = waitlist.add(record.note());
            try {
                List<BatchCommand> back = new ArrayList<>();
                if (!clients.isEmpty()) {
                    back.add(Holder.WAITLIST.setClients("clients", recordId, clients));
                }
                if (!links.isEmpty()) {
                    back.add(Holder.WAITLIST.setLinks("links", recordId, links));
                }
                if (!back.isEmpty()) {
                    client.batch(back).throwFirstError();
                }
                api.deleteBooking(bookingId);
            } catch (RestException e) {
                removeQuietly(recordId);
                throw e;
            }
            return new UndoResult.Back(recordId);
        });
    }

    private void removeQuietly(long recordId) {
        try {
            waitlist.delete(recordId);
        } catch (RestException e) {
            System.getLogger(BookingPortalDesk.class.getName()).log(System.Logger.Level.WARNING,
                    "Record {0}, added back for an undo that failed, could not be removed: {1}", recordId, e.getMessage());
        }
    }

    private static Set<ClientId> clientIds(List<ClientRef> clients) {
        Set<ClientId> ids = new LinkedHashSet<>();
        for (ClientRef ref : clients) {
            if (ref.type().equals(ClientType.CONTACT)) {
                ids.add(ClientId.contact(ref.id()));
            } else if (ref.type().equals(ClientType.COMPANY)) {
                ids.add(ClientId.company(ref.id()));
            }
        }
        return ids;
    }

    @Override
    public List<Long> dealIds(long recordId) {
        return translated(() -> waitlist.dealIds(recordId));
    }

    @Override
    public DealLinks saveDeals(long recordId, List<Long> base, List<Long> desired) {
        return translated(() -> {
            List<Long> now = waitlist.dealIds(recordId);
            if (now.equals(desired)) {
                return new DealLinks(now, false); // e.g. sent again after a lost answer
            }
            if (!now.equals(base)) {
                return new DealLinks(now, true);
            }
            return new DealLinks(waitlist.replaceDeals(recordId, desired), false);
        });
    }

    private static List<Span> spans(List<Span> spans) {
        return spans.stream().map(BookingPortalDesk::span).toList();
    }

    private static Span span(Span span) {
        return new Span(span.start(), span.end());
    }
}
