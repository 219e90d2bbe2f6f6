package dev.waitlistdesk.port;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A resource a record can be booked on (a room, a specialist…), with the name of its type for
 * grouping, the time zone its working hours are set in (its "today"), its slot size and the
 * messages Bitrix24 sends its clients ({@code notices}; null when the portal does not say).
 */
public record BookableResource(long id, String name, String description, String typeName, ZoneId zone,
                               Duration slot, Notices notices) {

    public BookableResource(long id, String name, String description, String typeName, ZoneId zone, Duration slot) {
        this(id, name, description, typeName, zone, slot, null);
    }

    public BookableResource {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        typeName = typeName == null ? "" : typeName;
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(slot, "slot");
    }

    /** True when the name, the description or the type contains the text, ignoring case. */
    public boolean matches(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return wanted.isEmpty() || (name + " " + description + " " + typeName)
                .toLowerCase(java.util.Locale.ROOT).contains(wanted);
    }
}
