package dev.waitlistdesk.bitrix;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the adapters learned about one portal where the docs are silent (which client types its waitlist
 * takes, whether client.set replaces or appends), kept beside its client for the diagnostics a
 * receptionist copies for support. The transport knows no method names: the facts come in as words.
 */
public final class PortalFacts {

    private final Map<String, String> facts = new ConcurrentSkipListMap<>();

    /** Records (or updates) a fact; never a secret. */
    public void learned(String what, String value) {
        facts.put(what, value);
    }

    /** Every fact so far, sorted by name. */
    public Map<String, String> all() {
        return Collections.unmodifiableMap(new TreeMap<>(facts));
    }
}
