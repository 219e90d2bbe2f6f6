package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Booking a waitlist record so that the booking carries its clients and deals under either reading of the docs. */
public final class WaitlistBooking {

    private final RestClient client;
    private final RestWaitlistApi waitlist;
    private final RestBookingApi bookings;
    private final RefusalDiagnosis refusals;

    public WaitlistBooking(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.waitlist = new RestWaitlistApi(client);
        this.bookings = new RestBookingApi(client);
        this.refusals = new RefusalDiagnosis(client);
    }

    /**
     * Books the record: createfromwaitlist between two reads of the record in one batch, then reads
     * back what the portal did. Under either
     * reading of the docs the booking ends up with the record's clients and deal links (copied
     * here when the portal did not move them) and {@link Booked#recordRemoved()} tells whether
     * the record left the waitlist.
     *
     * @throws BookingRefusedException for 1038, with which of its meanings applied
     * @throws RestException NOT_FOUND (1040) when the record is gone before booking; any other failure
     */
    public Booked book(long waitListId, List<Long> resourceIds, DatePeriod period, String name) {
        // One batch reads the record's clients and links, books, and reads the record again: whether it
        // is still there after the booking is then the portal's doing, not a colleague's, who could
        // only slip in between two commands of the batch (a separate read left a whole request).
        BatchResult booking = client.batch(List.of(Holder.WAITLIST.listClients("clients", waitListId),
                Holder.WAITLIST.listLinks("links", waitListId),
                new BatchCommand("book", BookingCalls.BOOKING_CREATEFROMWAITLIST,
                        RestWaitlistApi.createFromWaitlistParams(waitListId, resourceIds, period, name, "")),
                new BatchCommand("record", BookingCalls.WAITLIST_GET, Map.of("id", waitListId))), true);
        for (String key : List.of("clients", "links", "book")) {
            RestException failed = booking.errors().get(key);
            // an empty list does not survive a batch command's encoding: refused whatever the code
            if (failed != null && key.equals("book") && (Wire.isCode(failed, "1038") || resourceIds.isEmpty())) {
                throw new BookingRefusedException(refusals.whyRefused(waitListId, resourceIds, period), failed);
            } else if (failed != null) {
                throw failed;
            }
        }
        List<ClientRef> clients = Holder.WAITLIST.clients(booking.result("clients").orElseThrow());
        List<ExternalLink> links = Holder.WAITLIST.links(booking.result("links").orElseThrow());
        long bookingId = Answers.id(BookingCalls.BOOKING_CREATEFROMWAITLIST, booking.result("book").orElseThrow());
        boolean recordRemoved = Answers.isGone(booking, "record");
        BatchResult after = client.batch(List.of(Holder.BOOKING.listClients("clients", bookingId),
                Holder.BOOKING.listLinks("links", bookingId)));
        boolean copyClients = !clients.isEmpty() && Holder.BOOKING.clients(after.result("clients").orElseThrow()).isEmpty();
        boolean copyLinks = !links.isEmpty() && Holder.BOOKING.links(after.result("links").orElseThrow()).isEmpty();
        // replace or append is not documented for the booking either; the booking holds none here
        if (copyClients) {
            call(Holder.BOOKING.setClients("clients", bookingId, clients));
        }
        if (copyLinks) {
            call(Holder.BOOKING.setLinks("links", bookingId, links));
        }
        return new Booked(bookings.booking(bookingId), recordRemoved, copyClients, copyLinks, clients, links);
    }

    /** One command sent on its own. */
    private void call(BatchCommand command) {
        client.call(command.method(), command.params());
    }
}
