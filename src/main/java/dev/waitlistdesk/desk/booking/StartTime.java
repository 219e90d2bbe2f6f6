package dev.waitlistdesk.desk.booking;

import java.time.Instant;

/** A time a booking can start, with its label in the resource's zone ("10:30"). */
public record StartTime(Instant at, String label) {

    @Override
    public String toString() {
        return label;
    }
}
