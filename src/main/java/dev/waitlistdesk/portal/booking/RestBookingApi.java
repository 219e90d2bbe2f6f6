package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.port.Span;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.Method;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.Paging;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.port.Notices;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * booking.v1.resourceType.*, resource.*, resource.slots.list and booking.v1.booking.* over a
 * {@link RestClient}, and booking a waitlist record. Every method blocks on the network: call it
 * from a background task. Failures are {@link RestException} (and {@link BookingRefusedException}).
 */
public final class RestBookingApi {

    /** 2,000 bookings in one window: more means the window is too wide for a day strip. */
    private static final int MAX_PAGES = 40;
    /**
     * Whether booking.list's {@code within} matches bookings that overlap the window or only those
     * that start in it is not documented; asking from a day earlier catches, under both readings,
     * bookings up to a day long that began before the window. Overlap is then checked here.
     */
    private static final Duration LOOK_BACK = Duration.ofDays(1);
    /** Pages of booking.list asked in one batch when several days are read: 400 bookings a request. */
    private static final int PAGES_AT_ONCE = 8;
    private static final int BATCH_LIMIT = 50;

    private final RestClient client;
    private final RestWaitlistApi waitlist;

    public RestBookingApi(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.waitlist = new RestWaitlistApi(client);
    }

    // ---- resources

    /** booking.v1.resourceType.list, by id. */
    public List<ResourceType> resourceTypes() {
        List<ResourceType> types = new ArrayList<>();
        for (JsonNode row : pages(BookingCalls.RESOURCE_TYPE_LIST, Map.of(), "resource")) { // sic: "resource"
            types.add(new ResourceType(row.path("id").asLong(), Wire.text(row.get("code")), Wire.text(row.get("name"))));
        }
        return types;
    }

    /** booking.v1.resource.list: every resource, by id. */
    public List<Resource> resources() {
        List<Resource> resources = new ArrayList<>();
        for (JsonNode row : pages(BookingCalls.RESOURCE_LIST, Map.of(), "resource")) {
            resources.add(resource(row));
        }
        return resources;
    }

    // ---- bookings

    /** booking.v1.booking.get; a booking that is gone is RestException NOT_FOUND (1021). */
    public Booking booking(long id) {
        Method method = BookingCalls.BOOKING_GET;
        Booking booking = Wire.booking(method, Answers.field(method, client.call(method, Map.of("id", id)), "booking"));
        if (booking == null) {
            throw Answers.unreadable(method, "booking " + id + " ends before it starts");
        }
        return booking;
    }

    /**
     * The bookings of these resources that overlap {@code span}. booking.list filters only by
     * {@code within} and by client, so the resources are filtered here.
     */
    public List<Booking> bookingsOverlapping(Span span, Collection<Long> resourceIds) {
        List<Booking> found = new ArrayList<>();
        for (Booking booking : bookingsWithin(span.start().minus(LOOK_BACK), span.end())) {
            if (booking.span().overlaps(span) && resourceIds.stream().anyMatch(booking::uses)) {
                found.add(booking);
            }
        }
        return found;
    }

    /** booking.v1.booking.list with {@code within} as given, every page (by id). */
    public List<Booking> bookingsWithin(Instant from, Instant to) {
        Method method = BookingCalls.BOOKING_LIST;
        List<Booking> bookings = new ArrayList<>();
        for (JsonNode row : pages(method, withinParams(from, to), "booking")) {
            Optional.ofNullable(Wire.booking(method, row)).ifPresent(bookings::add);
        }
        return bookings;
    }

    /**
     * Free times of each resource on {@code day} (taken in each resource's own time zone), for a day
     * strip: one HTTP request (a batch of the resources' slots.list and booking.list over a window
     * that holds that day in every time zone), more only when that window has over 50 bookings.
     * A resource that is gone is left out.
     */
    public Map<Long, FreeTimes> freeTimes(LocalDate day, Collection<Long> resourceIds) {
        return freeTimes(day, 1, resourceIds).get(day);
    }

    /**
     * Free times of each resource on {@code count} days from {@code first}: one batch holds the
     * resources' slots.list and the first {@link #PAGES_AT_ONCE} pages of booking.list over the whole
     * window (one page for a single day); each further batch the next pages. So the requests grow with
     * the bookings in the window (one per 400), not with the days or, up to 40, the resources.
     */
    public Map<LocalDate, Map<Long, FreeTimes>> freeTimes(LocalDate first, int count, Collection<Long> resourceIds) {
        // Day D starts at D 00:00 +14:00 at the earliest and ends at D+1 00:00 -12:00 at the latest.
        Instant from = first.atStartOfDay(ZoneOffset.ofHours(14)).toInstant().minus(LOOK_BACK);
        Instant to = first.plusDays(count).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant();
        Method slotsMethod = BookingCalls.RESOURCE_SLOTS_LIST;
        List<Long> ids = List.copyOf(new LinkedHashSet<>(resourceIds));
        Method listMethod = BookingCalls.BOOKING_LIST;
        Paging.Offset pages = new Paging.Offset("bookings_", listMethod, withinParams(from, to),
                result -> Answers.field(listMethod, result, "booking"), MAX_PAGES);
        List<BatchCommand> commands = new ArrayList<>();
        for (long id : ids) {
            commands.add(new BatchCommand("slots_" + id, slotsMethod, Map.of("resourceId", id)));
        }
        // as many pages as fit beside the slots in one batch of 50
        commands.addAll(pages.next(count == 1 ? 1 : Math.max(1, Math.min(PAGES_AT_ONCE, BATCH_LIMIT - ids.size()))));
        BatchResult batch = client.batch(commands);
        pages.read(batch);
        while (pages.more()) {
            pages.read(client.batch(pages.next(PAGES_AT_ONCE)));
        }
        Map<Long, Booking> bookings = new LinkedHashMap<>();
        for (JsonNode row : pages.rows()) {
            Optional.ofNullable(Wire.booking(listMethod, row)).ifPresent(b -> bookings.putIfAbsent(b.id(), b));
        }
        Map<Long, List<WorkingHours>> hours = new LinkedHashMap<>();
        for (long id : ids) {
            try {
                batch.result("slots_" + id).ifPresent(result -> hours.put(id, hours(slotsMethod, result)));
            } catch (RestException e) {
                if (e.kind() != RestException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        Map<LocalDate, Map<Long, FreeTimes>> days = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(i);
            Map<Long, FreeTimes> free = new LinkedHashMap<>();
            hours.forEach((id, h) -> free.put(id, FreeTimes.of(day, id, h, bookings.values())));
            days.put(day, free);
        }
        return days;
    }

    /** booking.v1.booking.client.set; replace or append is not documented (as for the waitlist). */
    public void setBookingClients(long bookingId, List<ClientRef> clients) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("bookingId", bookingId);
        params.put("clients", Wire.clients(clients));
        client.call(BookingCalls.BOOKING_CLIENT_SET, params);
    }

    public void setBookingExternalData(long bookingId, List<ExternalLink> links) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("bookingId", bookingId);
        params.put("externalData", Wire.links(links));
        client.call(BookingCalls.BOOKING_EXTERNAL_DATA_SET, params);
    }

    /** booking.v1.booking.delete: cancels a booking. The code for an unknown id is not documented. */
    public void deleteBooking(long bookingId) {
        client.call(BookingCalls.BOOKING_DELETE, Map.of("id", bookingId));
    }

    // ---- booking a waitlist record

    /**
     * Books the record: createfromwaitlist, then reads back what the portal did. Under either
     * reading of the docs the booking ends up with the record's clients and deal links (copied
     * here when the portal did not move them) and {@link Booked#recordRemoved()} tells whether
     * the record left the waitlist.
     *
     * @throws BookingRefusedException for 1038, with which of its meanings applied
     * @throws RestException NOT_FOUND (1040) when the record is gone before booking; any other failure
     */
    public Booked bookFromWaitlist(long waitListId, List<Long> resourceIds, DatePeriod period, String name) {
        BatchResult before = client.batch(List.of(
                new BatchCommand("clients", BookingCalls.WAITLIST_CLIENT_LIST, Map.of("waitListId", waitListId)),
                new BatchCommand("links", BookingCalls.WAITLIST_EXTERNAL_DATA_LIST, Map.of("waitListId", waitListId))))
                .throwFirstError();
        List<ClientRef> clients = Wire.clients(BookingCalls.WAITLIST_CLIENT_LIST,
                before.result("clients").orElseThrow(), "waitListClient");
        List<ExternalLink> links = Wire.links(BookingCalls.WAITLIST_EXTERNAL_DATA_LIST, before.result("links").orElseThrow());
        long bookingId;
        try {
            bookingId = waitlist.createFromWaitlist(waitListId, resourceIds, period, name, "");
        } catch (RestException e) {
            if (Wire.isCode(e, "1038")) {
                throw new BookingRefusedException(whyRefused(waitListId, resourceIds, period), e);
            }
            throw e;
        }
        BatchResult after = client.batch(List.of(
                new BatchCommand("record", BookingCalls.WAITLIST_GET, Map.of("id", waitListId)),
                new BatchCommand("clients", BookingCalls.BOOKING_CLIENT_LIST, Map.of("bookingId", bookingId)),
                new BatchCommand("links", BookingCalls.BOOKING_EXTERNAL_DATA_LIST, Map.of("bookingId", bookingId))));
        boolean recordRemoved = isGone(after, "record");
        boolean copyClients = !clients.isEmpty()
                && Wire.clients(BookingCalls.BOOKING_CLIENT_LIST, after.result("clients").orElseThrow(), "bookingClient").isEmpty();
        boolean copyLinks = !links.isEmpty()
                && Wire.links(BookingCalls.BOOKING_EXTERNAL_DATA_LIST, after.result("links").orElseThrow()).isEmpty();
        if (copyClients) {
            setBookingClients(bookingId, clients);
        }
        if (copyLinks) {
            setBookingExternalData(bookingId, links);
        }
        return new Booked(booking(bookingId), recordRemoved, copyClients, copyLinks);
    }

    /**
     * Which meaning of 1038 applies, read back in one batch: the record (waitlist.get), each
     * resource (resource.get) and the bookings over the period.
     */
    public BookingRefusal whyRefused(long waitListId, List<Long> resourceIds, DatePeriod period) {
        if (resourceIds.isEmpty()) {
            return new BookingRefusal(BookingRefusal.Reason.NO_RESOURCES, List.of(), List.of());
        }
        Span span = new Span(period.from(), period.to());
        List<BatchCommand> commands = new ArrayList<>();
        commands.add(new BatchCommand("record", BookingCalls.WAITLIST_GET, Map.of("id", waitListId)));
        for (long id : new LinkedHashSet<>(resourceIds)) {
            commands.add(new BatchCommand("resource_" + id, BookingCalls.RESOURCE_GET, Map.of("id", id)));
        }
        BatchResult batch = client.batch(commands);
        if (isGone(batch, "record")) {
            return new BookingRefusal(BookingRefusal.Reason.RECORD_GONE, List.of(), List.of());
        }
        List<Long> missing = new ArrayList<>();
        for (long id : new LinkedHashSet<>(resourceIds)) {
            if (isGone(batch, "resource_" + id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            return new BookingRefusal(BookingRefusal.Reason.RESOURCE_GONE, missing, List.of());
        }
        List<Booking> conflicts = bookingsOverlapping(span, resourceIds);
        return new BookingRefusal(conflicts.isEmpty() ? BookingRefusal.Reason.UNAVAILABLE
                : BookingRefusal.Reason.TIME_TAKEN, List.of(), conflicts);
    }

    /** True when the command failed with a "not found" code; any other failure is thrown. */
    static boolean isGone(BatchResult batch, String key) {
        try {
            batch.result(key);
            return false;
        } catch (RestException e) {
            if (e.kind() == RestException.Kind.NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    // ---- reading

    private static Map<String, Object> withinParams(Instant from, Instant to) {
        Map<String, Object> within = new LinkedHashMap<>();
        within.put("dateFrom", from.getEpochSecond()); // every example sends numbers
        within.put("dateTo", to.getEpochSecond());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("filter", Map.of("within", within));
        params.put("order", Map.of("id", "ASC"));
        return params;
    }

    /**
     * Paging of the booking list methods is not documented (the SDK says one call returns at most
     * 50), so they are read by offset as the waitlist is.
     */
    private List<JsonNode> pages(Method method, Map<String, Object> params, String key) {
        return Paging.byOffset(client, method, params, result -> Answers.field(method, result, key), MAX_PAGES);
    }

    private static Resource resource(JsonNode row) {
        return new Resource(row.path("id").asLong(), Wire.text(row.get("name")), Wire.text(row.get("description")),
                row.path("typeId").asLong(), "Y".equalsIgnoreCase(row.path("isMain").asText()), notices(row));
    }

    /**
     * The notification settings of a resource row; null without {@code isInfoNotificationOn}. Delays
     * are read under the examples' names ({@code infoNotificationDelay}) and the field tables' ones
     * ({@code infoDelay}); {@code -1} for the reminder means the morning of the day.
     */
    static Notices notices(JsonNode row) {
        if (!row.hasNonNull("isInfoNotificationOn")) {
            return null;
        }
        Duration reminder = seconds(row, "reminderNotificationDelay", "reminderDelay");
        return new Notices(on(row, "Info"), seconds(row, "infoNotificationDelay", "infoDelay"),
                on(row, "Confirmation"), seconds(row, "confirmationNotificationDelay", "confirmationDelay"),
                on(row, "Reminder"), reminder == null || reminder.isNegative() ? null : reminder);
    }

    private static boolean on(JsonNode row, String kind) {
        return "Y".equalsIgnoreCase(row.path("is" + kind + "NotificationOn").asText());
    }

    private static Duration seconds(JsonNode row, String name, String otherName) {
        JsonNode value = row.hasNonNull(name) ? row.get(name) : row.get(otherName);
        return value == null || value.isNull() || !value.canConvertToLong() && !value.isTextual()
                ? null : Duration.ofSeconds(value.asLong());
    }

    private static List<WorkingHours> hours(Method method, JsonNode result) {
        List<WorkingHours> hours = new ArrayList<>();
        for (JsonNode row : Answers.field(method, result, "slots")) {
            hours.add(Wire.workingHours(method, row));
        }
        return hours;
    }
}
