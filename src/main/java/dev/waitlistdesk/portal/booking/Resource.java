package dev.waitlistdesk.portal.booking;

/**
 * A bookable resource from booking.v1.resource.list. {@code main} is {@code isMain = "Y"}: shown as
 * a schedule column (the docs' "N" is for resources that join others' bookings).
 */
public record Resource(long id, String name, String description, long typeId, boolean main) {

    public Resource {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }
}
