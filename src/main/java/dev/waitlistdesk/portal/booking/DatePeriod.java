package dev.waitlistdesk.portal.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A booking's time span, sent as {@code {"from": {"timestamp", "timezone"}, "to": {...}}}. */
public record DatePeriod(Instant from, Instant to, ZoneId zone) {

    public DatePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The booking must end after it starts");
        }
    }

    Map<String, Object> toParams() {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", point(from));
        period.put("to", point(to));
        return period;
    }

    private Map<String, Object> point(Instant instant) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("timestamp", instant.getEpochSecond()); // all examples send a number
        point.put("timezone", zone.getId());
        return point;
    }
}
