package dev.waitlistdesk.port;

/** What the front desk knows of a person who is not in the CRM yet; any field may be "". */
public record NewContact(String name, String lastName, String phone, String email) {
}
