package dev.waitlistdesk.portal.booking;

import java.time.LocalDate;
import java.util.Objects;

/** The {@code createdWithin} filter of booking.v1.waitlist.list: {@code from} inclusive, {@code to} exclusive. */
public record CreatedWithin(LocalDate from, LocalDate toExclusive) {

    public CreatedWithin {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (!toExclusive.isAfter(from)) {
            throw new IllegalArgumentException("The end date must be after the start date");
        }
    }

    /** Both days inclusive, as a person picks them in a date range. */
    public static CreatedWithin days(LocalDate firstDay, LocalDate lastDay) {
        return new CreatedWithin(firstDay, lastDay.plusDays(1));
    }
}
