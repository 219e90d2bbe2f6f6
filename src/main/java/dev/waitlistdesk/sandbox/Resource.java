package dev.waitlistdesk.sandbox;

import java.util.List;

/** A bookable resource with its working hours ({@link Slot}s). {@code description} may be null. */
public record Resource(long id, String name, String description, long typeId, boolean isMain, List<Slot> slots) {

    public Resource {
        slots = List.copyOf(slots == null ? List.of() : slots);
    }

    Resource withSlots(List<Slot> newSlots) {
        return new Resource(id, name, description, typeId, isMain, newSlots);
    }
}
