package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.ArrayList;
import java.util.List;

/** booking.v1.booking.createfromwaitlist: books resources for a period; the record leaves the waitlist. */
final class BookingFromWaitlist {

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
        JsonNode resources = Params.node(fields, "resourceIds");
        JsonNode period = Params.node(fields, "datePeriod");
        if (!Params.isList(resources)) {
            throw ApiError.requiredFields("resourceIds");
        }
        if (!period.isObject()) {
            throw ApiError.requiredFields("datePeriod");
        }
        List<Long> resourceIds = new ArrayList<>();
        for (JsonNode resource : Params.elements(resources)) {
            Long id = Params.asLong(resource);
            if (id == null) {
                throw ApiError.booking(1038, "wait list item not found");
            }
            resourceIds.add(id);
        }
        long from = timestamp(period, "from");
        long to = timestamp(period, "to");
        if (to <= from) {
            throw ApiError.booking(422, "Invalid date period");
        }
        String timezone = Params.text(Params.node(Params.node(period, "from"), "timezone"));
        String name = Params.text(Params.node(fields, "name"));
        String description = Params.text(Params.node(fields, "description"));
        long bookingId = data.bookFromWaitlist(waitListId, name == null ? "" : name,
                description == null ? "" : description, resourceIds, from, to, timezone == null ? "UTC" : timezone)
                .orElseThrow(() -> ApiError.booking(1038, "wait list item not found"));
        return Answer.of(LongNode.valueOf(bookingId));
    }

    private static long timestamp(JsonNode period, String end) {
        JsonNode point = Params.node(period, end);
        if (!point.isObject()) {
            throw ApiError.requiredFields(end);
        }
        Long timestamp = Params.asLong(Params.node(point, "timestamp"));
        if (timestamp == null) {
            throw ApiError.booking(422, "Invalid date period");
        }
        return timestamp;
    }
}
