package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.port.Span;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.Method;
import dev.waitlistdesk.bitrix.Paging;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.port.Notices;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The booking.v1.resourceType.list, resource.list and booking.v1.booking.* calls over a
 * {@link RestClient}. Every method blocks on the network: call it from a background task. Failures
 * are {@link RestException}.
 */
public final class RestBookingApi {

    /** 2,000 bookings in one window: more means the window is too wide for a day strip. */
    static final int MAX_PAGES = 40;
    /**
     * Whether booking.list's {@code within} matches bookings that overlap the window or only those
     * that start in it is not documented; asking from a day earlier catches, under both readings,
     * bookings up to a day long that began before the window. Overlap is then checked here.
     */
    static final Duration LOOK_BACK = Duration.ofDays(1);

    private final RestClient client;

    public RestBookingApi(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
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
    private List<Booking> bookingsWithin(Instant from, Instant to) {
        Method method = BookingCalls.BOOKING_LIST;
        List<Booking> bookings = new ArrayList<>();
        for (JsonNode row : pages(method, withinParams(from, to), "booking")) {
            Optional.ofNullable(Wire.booking(method, row)).ifPresent(bookings::add);
        }
        return bookings;
    }

    /** booking.v1.booking.delete: cancels a booking. The code for an unknown id is not documented. */
    public void deleteBooking(long bookingId) {
        client.call(BookingCalls.BOOKING_DELETE, Map.of("id", bookingId));
    }

    // ---- reading

    static Map<String, Object> withinParams(Instant from, Instant to) {
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
}
