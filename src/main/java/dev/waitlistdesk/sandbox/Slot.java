package dev.waitlistdesk.sandbox;

import java.util.List;

/**
 * One interval of a resource's working hours (booking.v1.resource.slots.list): {@code from} and
 * {@code to} are minutes from 0:00 (0–1440) on the given week days, in {@code timezone}.
 */
public record Slot(long id, int from, int to, int slotSize, String timezone, List<String> weekDays) {

    /** The week day names the docs use, Monday first. */
    public static final List<String> WEEK_DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    public Slot {
        weekDays = List.copyOf(weekDays == null ? List.of() : weekDays);
    }
}
