package dev.waitlistdesk.port;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one waitlist record holds: its note and its clients. Two states are equal when the note and
 * the set of clients are (Bitrix24 keeps no order that matters to the desk).
 */
public record RecordState(String note, Set<ClientId> clients) {

    public RecordState {
        note = note == null ? "" : note;
        clients = Collections.unmodifiableSet(new LinkedHashSet<>(clients)); // the receptionist's order, set equality
    }

    public static RecordState of(String note, Collection<ClientId> clients) {
        return new RecordState(note, new LinkedHashSet<>(clients));
    }
}
