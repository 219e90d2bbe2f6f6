package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a save must bring about, whatever else the record holds: clients to have, clients not to
 * have, and maybe a note. Put on top of the newest read, it leaves everyone else's changes alone.
 */
record Intent(Map<ClientId, Boolean> clients, Optional<String> note) {

    Intent {
        clients = Map.copyOf(clients);
    }

    /** The change from {@code from} to {@code to}. */
    static Intent between(RecordState from, RecordState to) {
        Map<ClientId, Boolean> clients = new LinkedHashMap<>();
        to.clients().stream().filter(c -> !from.clients().contains(c)).forEach(c -> clients.put(c, true));
        from.clients().stream().filter(c -> !to.clients().contains(c)).forEach(c -> clients.put(c, false));
        return new Intent(clients, from.note().equals(to.note()) ? Optional.empty() : Optional.of(to.note()));
    }

    /** The clients this change takes away. */
    Set<ClientId> removed() {
        Set<ClientId> removed = new LinkedHashSet<>();
        clients.forEach((client, present) -> {
            if (!present) {
                removed.add(client);
            }
        });
        return removed;
    }

    /** Only this note. */
    static Intent note(String note) {
        return new Intent(Map.of(), Optional.of(note));
    }

    /** This, then {@code later}: where both say something about the same client or the note, {@code later} wins. */
    Intent then(Intent later) {
        Map<ClientId, Boolean> merged = new LinkedHashMap<>(clients);
        merged.putAll(later.clients);
        return new Intent(merged, later.note.or(() -> note));
    }

    Intent withoutNote() {
        return new Intent(clients, Optional.empty());
    }

    RecordState appliedTo(RecordState state) {
        Set<ClientId> result = new LinkedHashSet<>(state.clients());
        clients.forEach((client, present) -> {
            if (present) {
                result.add(client);
            } else {
                result.remove(client);
            }
        });
        return RecordState.of(note.orElse(state.note()), result);
    }
}
