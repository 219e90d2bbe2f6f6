package dev.waitlistdesk.portal.booking;

import java.util.List;
import java.util.Objects;

/**
 * A waitlist record turned into a booking, as read back from the portal. The docs do not say
 * whether createfromwaitlist removes the record or moves its clients and deal links, so each is
 * checked: {@code recordRemoved} says whether the record is gone from the waitlist (if not, the
 * caller may delete it), {@code clientsCopied} / {@code linksCopied} whether this client had to
 * copy them onto the booking because the portal had not; {@code clients} and {@code links} are what
 * the record held as it was booked.
 */
public record Booked(Booking booking, boolean recordRemoved, boolean clientsCopied, boolean linksCopied,
                     List<ClientRef> clients, List<ExternalLink> links) {

    public Booked {
        Objects.requireNonNull(booking, "booking");
        clients = List.copyOf(clients);
        links = List.copyOf(links);
    }
}
