package dev.waitlistdesk.port;

import java.time.Duration;

/**
 * Which messages Bitrix24 sends the client of a booking on a resource (its notification settings):
 * the booking message {@code infoAfter} the booking is made, a confirmation request
 * {@code confirmationBefore} the start, a reminder {@code reminderBefore} it (null: on the morning of
 * the day). A delay the portal left empty is null.
 */
public record Notices(boolean info, Duration infoAfter, boolean confirmation, Duration confirmationBefore,
                      boolean reminder, Duration reminderBefore) {

    public static final Notices NONE = new Notices(false, null, false, null, false, null);

    public boolean any() {
        return info || confirmation || reminder;
    }
}
