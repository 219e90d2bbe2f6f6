package dev.waitlistdesk.desk.booking;

import java.util.List;

/**
 * One resource's day as a strip: parts placed by fractions (0–1) of a shared window (the earliest
 * working start to the latest working end of the resources shown), each free or busy, and the free
 * times in words for a screen reader and a tooltip.
 */
public record DayStrip(long resourceId, String name, List<Part> parts, String summary) {

    public record Part(double from, double to, boolean free) {
    }

    public DayStrip {
        parts = List.copyOf(parts);
    }
}
