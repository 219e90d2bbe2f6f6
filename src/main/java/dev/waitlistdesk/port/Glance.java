package dev.waitlistdesk.port;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One look at the portal for the live refresh: the records at the list's newest end (where new ones
 * appear), what the asked records hold now, and which of them answered "not found".
 */
public record Glance(List<RecordHeader> newest, Map<Long, RecordState> states, Set<Long> gone) {

    public Glance {
        newest = List.copyOf(newest);
        states = Map.copyOf(states);
        gone = Set.copyOf(gone);
    }
}
