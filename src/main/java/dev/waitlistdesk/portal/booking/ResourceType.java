package dev.waitlistdesk.portal.booking;

/** A kind of resource (rooms, specialists…), from booking.v1.resourceType.list. */
public record ResourceType(long id, String code, String name) {

    public ResourceType {
        code = code == null ? "" : code;
        name = name == null ? "" : name;
    }
}
