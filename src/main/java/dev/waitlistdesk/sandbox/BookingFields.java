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
        List<Long> resourceIds = resourceIds(resources, unavailableCode, unavailableText);
        long from = timestamp(period, "from");
        long to = timestamp(period, "to");
        checkPeriod(from, to);
        String name = Params.text(Params.node(fields, "name"));
        String description = Params.text(Params.node(fields, "description"));
        return new BookingFields(resourceIds, from, to, timezone(period),
                name == null ? "" : name, description == null ? "" : description);
    }

    /** booking.update: each field given replaces the stored one; the rest, clients and deal links stay. */
    static Booking over(Booking old, JsonNode fields) {
        JsonNode resources = Params.node(fields, "resourceIds");
        List<Long> resourceIds = old.resourceIds();
        if (Params.present(resources)) {
            if (!Params.isList(resources)) {
                throw ApiError.booking(1018, "Empty resource collection");
            }
            resourceIds = resourceIds(resources, 1018, "Empty resource collection");
        }
        JsonNode period = Params.node(fields, "datePeriod");
        long from = old.from();
        long to = old.to();
        String timezone = old.timezone();
        if (Params.present(period)) {
            if (!period.isObject()) {
                throw ApiError.booking(422, "Invalid date period");
            }
            from = timestamp(period, "from");
            to = timestamp(period, "to");
            checkPeriod(from, to);
            timezone = timezone(period);
        }
        String name = Params.text(Params.node(fields, "name"));
        String description = Params.text(Params.node(fields, "description"));
        return new Booking(old.id(), name == null ? old.name() : name, description == null ? old.description() : description,
                resourceIds, from, to, timezone, old.clients(), old.externalData());
    }

    private static List<Long> resourceIds(JsonNode resources, int unavailableCode, String unavailableText) {
        List<Long> resourceIds = new ArrayList<>();
        for (JsonNode resource : Params.elements(resources)) {
            Long id = Params.asLong(resource);
            if (id == null) {
                throw ApiError.booking(unavailableCode, unavailableText);
            }
            resourceIds.add(id);
        }
        return resourceIds;
    }

    private static void checkPeriod(long from, long to) {
        if (to <= from) {
            throw ApiError.booking(422, "Invalid date period");
        }
    }

    private static String timezone(JsonNode period) {
        String timezone = Params.text(Params.node(Params.node(period, "from"), "timezone"));
        return timezone == null ? "UTC" : timezone;
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
