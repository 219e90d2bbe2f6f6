package dev.waitlistdesk.sandbox;

/** A link of a waitlist record to another entity, as booking.v1.waitlist.externalData.* shows it. */
public record ExternalLink(String moduleId, String entityTypeId, String value) {
}
