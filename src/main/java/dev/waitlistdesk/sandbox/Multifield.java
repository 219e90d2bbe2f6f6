package dev.waitlistdesk.sandbox;

/** One phone, e-mail, web or messenger value of a contact or company, as in the `fm` list. */
public record Multifield(long id, String typeId, String valueType, String value) {
}
