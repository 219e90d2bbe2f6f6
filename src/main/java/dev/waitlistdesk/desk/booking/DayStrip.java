package dev.waitlistdesk.desk.booking;

import java.util.List;

/**
 * One resource's day as a strip: parts placed by fractions (0–1) of a shared window (the earliest
 * working start to the latest working end of the resources shown), each free or booked with its
 * times in words ("10:00–11:00 booked"), and the free times in a sentence.
 */
public record DayStrip(long resourceId, String name, List<Part> parts, String summary) {

    public record Part(double from, double to, boolean free, String words) {
    }

    public DayStrip {
        parts = List.copyOf(parts);
    }
}
