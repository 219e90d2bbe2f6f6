package dev.waitlistdesk.desk;

import dev.waitlistdesk.settings.ConnectionSettings;

/** Tries settings against the portal. Blocking; the composition root knows how to build a client. */
public interface ConnectionTester {

    /**
     * Returns normally when the portal answered; throws IllegalArgumentException with a plain
     * message for settings that cannot work (a malformed URL), or the RestException of the call.
     */
    void test(ConnectionSettings settings) throws Exception;
}
