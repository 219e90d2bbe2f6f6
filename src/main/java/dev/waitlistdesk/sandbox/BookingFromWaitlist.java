package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;

/** booking.v1.booking.createfromwaitlist: books resources for a period; the record leaves the waitlist. */
final class BookingFromWaitlist {

    private static final String UNAVAILABLE = "wait list item not found";

    private final SandboxData data;

    BookingFromWaitlist(SandboxData data) {
        this.data = data;
    }

    Answer call(Params params) {
        long waitListId = params.requiredLong("waitListId");
        JsonNode fields = params.get("fields");
        if (!fields.isObject()) {
            throw ApiError.missing("fields");
        }
        BookingFields booking = BookingFields.read(fields, 1038, UNAVAILABLE);
        long bookingId = data.bookFromWaitlist(waitListId, booking.name(), booking.description(),
                booking.resourceIds(), booking.from(), booking.to(), booking.timezone())
                .orElseThrow(() -> ApiError.booking(1038, UNAVAILABLE));
        return Answer.of(LongNode.valueOf(bookingId));
    }
}
