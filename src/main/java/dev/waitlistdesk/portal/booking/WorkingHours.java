package dev.waitlistdesk.portal.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of booking.v1.resource.slots.list: on {@code weekDays}, the resource works from
 * {@code fromMinute} to {@code toMinute} (minutes from 0:00, 0–1440) in {@code zone}, and books in
 * steps of {@code slotMinutes}.
 */
public record WorkingHours(int fromMinute, int toMinute, Set<DayOfWeek> weekDays, ZoneId zone, int slotMinutes) {

    public static final int DAY_MINUTES = 1440;

    public WorkingHours {
        Objects.requireNonNull(zone, "zone");
        weekDays = weekDays == null || weekDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekDays));
        if (fromMinute < 0 || toMinute > DAY_MINUTES || toMinute < fromMinute) {
            throw new IllegalArgumentException("Working hours must lie within 0–1440 minutes and end after they start: "
                    + fromMinute + "–" + toMinute);
        }
        if (slotMinutes <= 0) {
            throw new IllegalArgumentException("The slot size must be positive: " + slotMinutes);
        }
    }

    public boolean worksOn(LocalDate day) {
        return weekDays.contains(day.getDayOfWeek());
    }

    /**
     * A minute of {@code day} as an instant: wall-clock time in the resource's zone (540 = 9:00 even
     * on a day that changes the clocks), 1440 = the next midnight.
     */
    public ZonedDateTime at(LocalDate day, int minute) {
        if (minute == DAY_MINUTES) {
            return day.plusDays(1).atStartOfDay(zone);
        }
        return day.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone);
    }
}
