package dev.waitlistdesk.port;

import java.time.LocalDate;
import java.util.Objects;

/** Days a record was created in, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends before it starts");
        }
    }
}
