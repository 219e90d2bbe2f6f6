package dev.waitlistdesk.sandbox;

/** A kind of bookable resource (rooms, specialists, equipment), as booking.v1.resourceType.list shows it. */
public record ResourceType(long id, String code, String name) {
}
