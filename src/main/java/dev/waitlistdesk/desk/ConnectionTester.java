package dev.waitlistdesk.desk;

import dev.waitlistdesk.settings.ConnectionSettings;

/** Tries settings against the portal. Blocking; the composition root knows how to build a client. */
public interface ConnectionTester {

    /**
     * Returns normally when the portal answered; otherwise throws a {@link StoreException}: for
     * settings that cannot work (a malformed URL), a {@link Failure.Refused} without a code whose
     * description says why in plain words.
     */
    void test(ConnectionSettings settings);
}
