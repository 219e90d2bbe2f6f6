package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.Method;

/**
 * Every {@code booking.v1} method the desk calls, declared once with what the transport must know
 * of it: {@code read} may be sent again after a network error (reads, and writes that set a fixed
 * state), {@code write} never.
 */
public final class BookingCalls {

    public static final Method BOOKING_CLIENT_LIST = Method.read("booking.v1.booking.client.list");
    public static final Method BOOKING_CLIENT_SET = Method.read("booking.v1.booking.client.set");
    public static final Method BOOKING_CREATEFROMWAITLIST = Method.write("booking.v1.booking.createfromwaitlist");
    /** Cancels a booking; not retried (deleting twice gives an undocumented error on the second). */
    public static final Method BOOKING_DELETE = Method.write("booking.v1.booking.delete");
    public static final Method BOOKING_EXTERNAL_DATA_LIST = Method.read("booking.v1.booking.externalData.list");
    public static final Method BOOKING_EXTERNAL_DATA_SET = Method.write("booking.v1.booking.externalData.set");
    public static final Method BOOKING_GET = Method.read("booking.v1.booking.get");
    public static final Method BOOKING_LIST = Method.read("booking.v1.booking.list");
    public static final Method CLIENTTYPE_LIST = Method.read("booking.v1.clienttype.list");
    public static final Method RESOURCE_GET = Method.read("booking.v1.resource.get");
    public static final Method RESOURCE_LIST = Method.read("booking.v1.resource.list");
    public static final Method RESOURCE_SLOTS_LIST = Method.read("booking.v1.resource.slots.list");
    public static final Method RESOURCE_TYPE_LIST = Method.read("booking.v1.resourceType.list");
    public static final Method WAITLIST_ADD = Method.write("booking.v1.waitlist.add");
    public static final Method WAITLIST_CLIENT_LIST = Method.read("booking.v1.waitlist.client.list");
    public static final Method WAITLIST_CLIENT_SET = Method.read("booking.v1.waitlist.client.set");
    public static final Method WAITLIST_CLIENT_UNSET = Method.read("booking.v1.waitlist.client.unset");
    public static final Method WAITLIST_DELETE = Method.write("booking.v1.waitlist.delete");
    public static final Method WAITLIST_EXTERNAL_DATA_LIST = Method.read("booking.v1.waitlist.externalData.list");
    public static final Method WAITLIST_EXTERNAL_DATA_SET = Method.write("booking.v1.waitlist.externalData.set");
    public static final Method WAITLIST_EXTERNAL_DATA_UNSET = Method.read("booking.v1.waitlist.externalData.unset");
    public static final Method WAITLIST_GET = Method.read("booking.v1.waitlist.get");
    public static final Method WAITLIST_LIST = Method.read("booking.v1.waitlist.list");
    public static final Method WAITLIST_UPDATE = Method.read("booking.v1.waitlist.update");

    private BookingCalls() {
    }
}
