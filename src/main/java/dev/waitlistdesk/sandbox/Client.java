package dev.waitlistdesk.sandbox;

/** One client of a waitlist record or booking: a CRM id with its type, e.g. ("crm", "CONTACT"). */
public record Client(long id, String module, String code) {

    public static Client contact(long id) {
        return new Client(id, "crm", "CONTACT");
    }

    public static Client company(long id) {
        return new Client(id, "crm", "COMPANY");
    }
}
