package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code fields} of booking.add and createfromwaitlist: resourceIds, datePeriod, name, description.
 * A resource id that is no number is refused with the method's own "unavailable" code.
 */
record BookingFields(List<Long> resourceIds, long from, long to, String timezone, String name, String description) {

    static BookingFields read(JsonNode fields, int unavailableCode, String unavailableText) {
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
                throw ApiError.booking(unavailableCode, unavailableText);
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
        return new BookingFields(resourceIds, from, to, timezone == null ? "UTC" : timezone,
                name == null ? "" : name, description == null ? "" : description);
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
