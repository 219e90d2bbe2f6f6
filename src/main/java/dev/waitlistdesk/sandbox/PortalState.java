package dev.waitlistdesk.sandbox;

import java.util.List;

/** Everything the data file holds, as Jackson writes and reads it. */
record PortalState(int version, long seed, String webhookCode, OAuthApp oauth, Counters next,
                   List<Long> resourceIds, List<WaitlistEntry> waitlist, List<Contact> contacts,
                   List<Company> companies, List<Booking> bookings) {

    static final int VERSION = 1;

    /** The next free id of each kind. */
    record Counters(long waitlist, long contact, long company, long booking, long multifield) {
    }
}
