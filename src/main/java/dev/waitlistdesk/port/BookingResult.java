package dev.waitlistdesk.port;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** How booking a waitlist record ended. */
public sealed interface BookingResult {

    /**
     * The booking exists; {@code recordLeft} says whether the record is off the waitlist now (the
     * docs do not say whether the portal removes it, so the adapter checks and removes it if needed).
     */
    record Booked(long bookingId, Span period, ZoneId zone, List<Long> resourceIds, boolean recordLeft)
            implements BookingResult {

        public Booked {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(zone, "zone");
            resourceIds = List.copyOf(resourceIds);
        }
    }

    /**
     * The record left the waitlist while this desk booked it, on a portal that keeps a booked record: a
     * colleague booked it (both bookings went through) or removed it a moment earlier. This desk's
     * booking {@code duplicateId} was cancelled, unless {@code cancelled} is false: then it still exists
     * and may need cancelling by hand.
     */
    record BookedByColleague(long duplicateId, boolean cancelled) implements BookingResult {
    }

    /**
     * Bitrix24 refused (code 1038, which the docs use for several things); {@code reason} says which,
     * as read back from the portal. Nothing was booked.
     */
    record Refused(Reason reason, List<Long> missingResourceIds, List<Span> conflicts, Failure.Evidence evidence)
            implements BookingResult {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            missingResourceIds = List.copyOf(missingResourceIds);
            conflicts = List.copyOf(conflicts);
            evidence = evidence == null ? Failure.Evidence.NONE : evidence;
        }
    }

    enum Reason {
        /** The record is no longer on the waitlist (booked or deleted by a colleague). */
        RECORD_GONE,
        /** A chosen resource no longer exists. */
        RESOURCE_GONE,
        /** No resource was chosen. */
        NO_RESOURCES,
        /** Another booking takes a chosen resource at that time. */
        TIME_TAKEN,
        /** Everything exists and nothing overlaps, yet the portal refused. */
        UNAVAILABLE
    }
}
