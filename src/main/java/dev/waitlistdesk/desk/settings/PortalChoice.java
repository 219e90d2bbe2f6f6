package dev.waitlistdesk.desk.settings;

import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.StoreException;

import dev.waitlistdesk.settings.ConnectionSettings;

/** What the settings form asks of the app: try a portal, switch to it, or go back to the practice portal. */
public interface PortalChoice {

    /**
     * Tries the settings against the portal; blocking. Returns normally when the portal answered;
     * otherwise throws a {@link StoreException}: for settings that cannot work (a malformed URL), a
     * {@link Failure.Refused} without a code whose description says why in plain words.
     */
    void test(ConnectionSettings settings);

    /**
     * Stores the settings (owner-only) and switches the window to that portal.
     * @throws IllegalArgumentException in plain words when the settings cannot work
     */
    void connect(ConnectionSettings settings);

    /** Forgets the stored connection and switches the window to the practice portal. */
    void usePractice();
}
