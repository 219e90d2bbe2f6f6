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
     * Books the record: createfromwaitlist, then reads back what the portal did. Under either
     * reading of the docs the booking ends up with the record's clients and deal links (copied
     * here when the portal did not move them) and {@link Booked#recordRemoved()} tells whether
     * the record left the waitlist.
     *
     * @throws BookingRefusedException for 1038, with which of its meanings applied
     * @throws RestException NOT_FOUND (1040) when the record is gone before booking; any other failure
     */
    public Booked book(long waitListId, List<Long> resourceIds, DatePeriod period, String name) {
        BatchResult before = client.batch(List.of(
                new BatchCommand("clients", BookingCalls.WAITLIST_CLIENT_LIST, Map.of("waitListId", waitListId)),
                new BatchCommand("links", BookingCalls.WAITLIST_EXTERNAL_DATA_LIST, Map.of("waitListId", waitListId))))
                .throwFirstError();
        List<ClientRef> clients = Wire.clients(BookingCalls.WAITLIST_CLIENT_LIST,
                before.result("clients").orElseThrow(), "waitListClient");
        List<ExternalLink> links = Wire.links(BookingCalls.WAITLIST_EXTERNAL_DATA_LIST, before.result("links").orElseThrow());
        long bookingId;
        try {
            bookingId = waitlist.createFromWaitlist(waitListId, resourceIds, period, name, "");
        } catch (RestException e) {
            if (Wire.isCode(e, "1038")) {
                throw new BookingRefusedException(refusals.whyRefused(waitListId, resourceIds, period), e);
            }
            throw e;
        }
        BatchResult after = client.batch(List.of(
                new BatchCommand("record", BookingCalls.WAITLIST_GET, Map.of("id", waitListId)),
                new BatchCommand("clients", BookingCalls.BOOKING_CLIENT_LIST, Map.of("bookingId", bookingId)),
                new BatchCommand("links", BookingCalls.BOOKING_EXTERNAL_DATA_LIST, Map.of("bookingId", bookingId))));
        boolean recordRemoved = Answers.isGone(after, "record");
        boolean copyClients = !clients.isEmpty()
                && Wire.clients(BookingCalls.BOOKING_CLIENT_LIST, after.result("clients").orElseThrow(), "bookingClient").isEmpty();
        boolean copyLinks = !links.isEmpty()
                && Wire.links(BookingCalls.BOOKING_EXTERNAL_DATA_LIST, after.result("links").orElseThrow()).isEmpty();
        if (copyClients) {
            bookings.setBookingClients(bookingId, clients);
        }
        if (copyLinks) {
            bookings.setBookingExternalData(bookingId, links);
        }
        return new Booked(bookings.booking(bookingId), recordRemoved, copyClients, copyLinks);
    }
}
