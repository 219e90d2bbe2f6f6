package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.port.Notices;

/**
 * A bookable resource from booking.v1.resource.list, with its notification settings (null when the
 * answer has none). {@code main} is {@code isMain = "Y"}: shown as
 * a schedule column (the docs' "N" is for resources that join others' bookings).
 */
public record Resource(long id, String name, String description, long typeId, boolean main, Notices notices) {

    public Resource {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }

    public Resource(long id, String name, String description, long typeId, boolean main) {
        this(id, name, description, typeId, main, null);
    }
}
