package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.port.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Error 1038 ("the booking could not be made") has several meanings in the docs: the record or a
 * resource is gone, the time is taken, or the resources are not available then. This finds which.
 */
public final class RefusalDiagnosis {

    private final RestClient client;
    private final RestBookingApi bookings;

    public RefusalDiagnosis(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.bookings = new RestBookingApi(client);
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
        if (Answers.isGone(batch, "record")) {
            return new BookingRefusal(BookingRefusal.Reason.RECORD_GONE, List.of(), List.of());
        }
        List<Long> missing = new ArrayList<>();
        for (long id : new LinkedHashSet<>(resourceIds)) {
            if (Answers.isGone(batch, "resource_" + id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            return new BookingRefusal(BookingRefusal.Reason.RESOURCE_GONE, missing, List.of());
        }
        List<Booking> conflicts = bookings.bookingsOverlapping(span, resourceIds);
        return new BookingRefusal(conflicts.isEmpty() ? BookingRefusal.Reason.UNAVAILABLE
                : BookingRefusal.Reason.TIME_TAKEN, List.of(), conflicts);
    }
}
