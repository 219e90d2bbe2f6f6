package dev.waitlistdesk.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of time [start, end) in the desk's own terms. */
public record Span(Instant start, Instant end) {

    public Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A span cannot end before it starts: " + start + " – " + end);
        }
    }

    public boolean overlaps(Span other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Span other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
