package dev.waitlistdesk.sandbox;

import java.util.List;

/**
 * A bookable resource with its working hours ({@link Slot}s) and notification settings.
 * {@code description} may be null; a data file from before the settings existed gets the defaults.
 */
public record Resource(long id, String name, String description, long typeId, boolean isMain, List<Slot> slots,
                       Notifications notifications) {

    public Resource {
        slots = List.copyOf(slots == null ? List.of() : slots);
        notifications = notifications == null ? Notifications.DEFAULTS : notifications;
    }

    public Resource(long id, String name, String description, long typeId, boolean isMain, List<Slot> slots) {
        this(id, name, description, typeId, isMain, slots, Notifications.DEFAULTS);
    }

    Resource withSlots(List<Slot> newSlots) {
        return new Resource(id, name, description, typeId, isMain, newSlots, notifications);
    }
}
