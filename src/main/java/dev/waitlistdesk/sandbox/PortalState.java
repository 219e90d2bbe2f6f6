package dev.waitlistdesk.sandbox;

import java.util.List;

/** Everything the data file holds, as Jackson writes and reads it. */
record PortalState(int version, long seed, String webhookCode, OAuthApp oauth, Counters next,
                   List<Long> resourceIds, List<WaitlistEntry> waitlist, List<Contact> contacts,
                   List<Company> companies, List<Booking> bookings, List<ResourceType> resourceTypes,
                   List<Resource> resources, List<Deal> deals) {

    static final int VERSION = 1;

    PortalState {
        resourceIds = resourceIds == null ? DemoData.RESOURCE_IDS : resourceIds;
        waitlist = waitlist == null ? List.of() : waitlist;
        contacts = contacts == null ? List.of() : contacts;
        companies = companies == null ? List.of() : companies;
        bookings = bookings == null ? List.of() : bookings;
        // Files written before resources and deals existed get the demo ones.
        resourceTypes = resourceTypes == null ? DemoBookings.TYPES : resourceTypes;
        resources = resources == null ? DemoBookings.RESOURCES : resources;
        deals = deals == null ? DemoBookings.deals(seed, 500, contacts.size(), companies.size(),
                java.time.Instant.now().getEpochSecond()) : deals;
    }

    /** Holds the webhook code and the OAuth secrets: never print them. */
    @Override
    public String toString() {
        return "PortalState[version=" + version + ", " + waitlist.size() + " waitlist records, "
                + contacts.size() + " contacts, " + companies.size() + " companies, " + deals.size() + " deals, "
                + bookings.size() + " bookings]";
    }

    /** The next free id of each kind. */
    record Counters(long waitlist, long contact, long company, long booking, long multifield) {

        Counters afterWaitlist() {
            return new Counters(waitlist + 1, contact, company, booking, multifield);
        }

        Counters afterContact() {
            return new Counters(waitlist, contact + 1, company, booking, multifield);
        }

        Counters afterCompany() {
            return new Counters(waitlist, contact, company + 1, booking, multifield);
        }

        Counters afterBooking() {
            return new Counters(waitlist, contact, company, booking + 1, multifield);
        }

        Counters withMultifield(long next) {
            return new Counters(waitlist, contact, company, booking, next);
        }
    }
}
