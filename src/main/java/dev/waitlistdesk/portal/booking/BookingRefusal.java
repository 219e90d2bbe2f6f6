package dev.waitlistdesk.portal.booking;

import java.util.List;
import java.util.Objects;

/**
 * Why createfromwaitlist said 1038 ("wait list item not found"), which the docs use for a missing
 * record and for missing, empty or busy resources alike; found out by reading them back.
 */
public record BookingRefusal(Reason reason, List<Long> missingResourceIds, List<Booking> conflicts) {

    public enum Reason {
        /** The waitlist record no longer exists (probably booked or deleted by a colleague). */
        RECORD_GONE,
        /** One or more resources no longer exist ({@link #missingResourceIds()}). */
        RESOURCE_GONE,
        /** No resource was chosen. */
        NO_RESOURCES,
        /** Another booking takes one of the resources at that time ({@link #conflicts()}). */
        TIME_TAKEN,
        /** Everything exists and nothing overlaps: the portal refused for a reason it does not say. */
        UNAVAILABLE
    }

    public BookingRefusal {
        Objects.requireNonNull(reason, "reason");
        missingResourceIds = List.copyOf(missingResourceIds == null ? List.of() : missingResourceIds);
        conflicts = List.copyOf(conflicts == null ? List.of() : conflicts);
    }
}
