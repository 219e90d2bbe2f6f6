package dev.waitlistdesk.port;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Booking a waitlist record and its deal links (the port the booking adapter implements). Every
 * method blocks on the network: call it in the background. Failures are {@link StoreException}.
 */
public interface BookingDesk {

    /** Every resource, grouped by type (types in the portal's order, resources by name within a type). */
    List<BookableResource> resources();

    /** These resources on {@code day} (each in its own zone); a resource that is gone is absent. */
    Map<Long, ResourceDay> day(LocalDate day, Collection<Long> resourceIds);

    /**
     * These resources on {@code count} days from {@code first}, for "the next free time": by day, each
     * as {@link #day} gives it. Adapters read them in a few requests; this default asks day by day.
     */
    default Map<LocalDate, Map<Long, ResourceDay>> days(LocalDate first, int count, Collection<Long> resourceIds) {
        Map<LocalDate, Map<Long, ResourceDay>> days = new java.util.LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            days.put(first.plusDays(i), day(first.plusDays(i), resourceIds));
        }
        return days;
    }

    /**
     * Books the record on these resources for the period; a refusal (1038) comes back as
     * {@link BookingResult.Refused}; a record deleted before booking fails with {@link Failure.RecordGone}.
     */
    BookingResult book(long recordId, List<Long> resourceIds, Span period, ZoneId zone, String name);

    /**
     * Undoes a booking this desk made of {@code record}: if the booking still has the time, resources
     * and clients it was made with, the record goes back on the waitlist (note, clients, and the
     * booking's deal links) and then the booking is deleted; otherwise nothing is written.
     */
    UndoResult undo(BookingResult.Booked booked, RecordState record);

    /** The ids of the deals linked to the record, in order. */
    List<Long> dealIds(long recordId);

    /**
     * Makes the record link exactly {@code desired}, but only if it still links {@code base} (what
     * this desk loaded); otherwise nothing is written and the outcome is a conflict with what it links now.
     */
    DealLinks saveDeals(long recordId, List<Long> base, List<Long> desired);

    /** The deals a record links after a save, and whether a colleague's change stopped the save. */
    record DealLinks(List<Long> held, boolean conflict) {

        public DealLinks {
            held = List.copyOf(held);
        }
    }
}
