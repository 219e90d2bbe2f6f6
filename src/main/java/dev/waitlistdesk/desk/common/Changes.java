package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What one side changed in a record since a common base: clients added and removed, the note. */
public record Changes(Set<ClientId> added, Set<ClientId> removed, boolean noteChanged) {

    /** Between the two notes of {@link #bothNotes}: a line of its own, in no language, plain to any reader. */
    public static final String NOTE_SEPARATOR = "\n———\n";

    public Changes {
        added = Set.copyOf(added);
        removed = Set.copyOf(removed);
    }

    public static Changes between(RecordState base, RecordState changed) {
        Set<ClientId> added = new LinkedHashSet<>(changed.clients());
        added.removeAll(base.clients());
        Set<ClientId> removed = new LinkedHashSet<>(base.clients());
        removed.removeAll(changed.clients());
        return new Changes(added, removed, !base.note().equals(changed.note()));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && !noteChanged;
    }

    /** Whether {@code held} still has every change from {@code base} to {@code desired}, whatever else it holds. */
    public static boolean kept(RecordState base, RecordState desired, RecordState held) {
        Changes mine = between(base, desired);
        return held.clients().containsAll(mine.added) && mine.removed.stream().noneMatch(held.clients()::contains)
                && (!mine.noteChanged || held.note().equals(desired.note()));
    }

    /**
     * Both sides' work in one state: every client either added, neither's removals, and the note of
     * whoever changed it. Empty when both changed the note differently: that needs a person to choose.
     */
    public static Optional<RecordState> merge(RecordState base, RecordState mine, RecordState theirs) {
        boolean myNote = !mine.note().equals(base.note());
        boolean theirNote = !theirs.note().equals(base.note());
        if (myNote && theirNote && !mine.note().equals(theirs.note())) {
            return Optional.empty();
        }
        Changes my = between(base, mine);
        Changes their = between(base, theirs);
        Set<ClientId> clients = new LinkedHashSet<>(base.clients());
        clients.addAll(my.added);
        clients.addAll(their.added);
        clients.removeAll(my.removed);
        clients.removeAll(their.removed);
        return Optional.of(RecordState.of(myNote ? mine.note() : theirs.note(), clients));
    }

    /**
     * When both changed the note: mine, then theirs under a separating line, so neither is lost; the
     * clients as {@link #merge} joins them.
     */
    public static RecordState bothNotes(RecordState base, RecordState mine, RecordState theirs) {
        String both = mine.note().strip() + NOTE_SEPARATOR + theirs.note().strip();
        return merge(base, RecordState.of(both, mine.clients()), RecordState.of(both, theirs.clients())).orElseThrow();
    }
}
