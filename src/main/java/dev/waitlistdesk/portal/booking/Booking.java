package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.port.Span;
import java.util.List;
import java.util.Objects;

/** A booking from booking.v1.booking.list / get: which resources, when (with the zone it was made in). */
public record Booking(long id, String name, String description, List<Long> resourceIds, DatePeriod period) {

    public Booking {
        Objects.requireNonNull(period, "period");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        resourceIds = List.copyOf(resourceIds == null ? List.of() : resourceIds);
    }

    public boolean uses(long resourceId) {
        return resourceIds.contains(resourceId);
    }

    public Span span() {
        return new Span(period.from(), period.to());
    }
}
