package dev.waitlistdesk.desk.editor;

import dev.waitlistdesk.desk.common.Changes;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordContent;
import dev.waitlistdesk.port.RecordState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The receptionist's own saved changes to one record in the last minute: each client added or
 * removed, and the note. Whatever state of the record the desk sees next (a live refresh, the result
 * of a save) is checked against them, so a colleague's save over one is told by name, once each time.
 */
final class OwnChanges {

    /** How long a change is watched for a colleague saving over it. */
    static final Duration WATCH = Duration.ofMinutes(1);

    /** A client added or removed, or (client null) the note set to {@code note}; {@code at}: when saved. */
    record Change(Client client, boolean added, String note, Instant at) {

        boolean isNote() {
            return client == null;
        }

        boolean undoneIn(RecordState now) {
            return isNote() ? !now.note().equals(note) : now.clients().contains(client.id()) != added;
        }

        boolean sameThing(Change other) {
            return isNote() ? other.isNote() : !other.isNote() && client.id().equals(other.client.id());
        }
    }

    private final List<Change> recent = new ArrayList<>();
    /** Watched changes told as undone and not made again since: each time one is undone it is told once. */
    private final Set<Change> told = new HashSet<>();

    /**
     * A save went through at {@code at}, holding {@code held}: the receptionist asked to take the record
     * from {@code before} to {@code desired} (through Merge both or Keep mine, maybe). Each client change
     * of that is watched from now on, and the note if the record holds it.
     */
    void saved(RecordContent before, RecordContent desired, Instant at, RecordState held) {
        Changes mine = Changes.between(before.state(), desired.state());
        List<Change> made = new ArrayList<>();
        desired.clients().stream().filter(c -> mine.added().contains(c.id()))
                .forEach(c -> made.add(new Change(c, true, null, at)));
        before.clients().stream().filter(c -> mine.removed().contains(c.id()))
                .forEach(c -> made.add(new Change(c, false, null, at)));
        if (mine.noteChanged()) {
            made.add(new Change(null, false, desired.note(), at));
        }
        // A client asked for that the save did not leave was saved over inside the save: a colleague's
        // write met in a chain of choices whose base already held it looks like their removal there. It is
        // watched, so it is told at once. A note not left is not: a choice may have replaced it on purpose
        // (Both notes joins the two).
        made.stream().filter(change -> !change.isNote() || !change.undoneIn(held)).forEach(this::keep);
    }

    /** The receptionist picked or removed this client again: their new choice replaces the one watched. */
    void forget(ClientId client) {
        recent.removeIf(change -> !change.isNote() && change.client().id().equals(client));
    }

    private void keep(Change change) {
        recent.removeIf(change::sameThing);
        recent.add(change);
    }

    /**
     * The watched changes that {@code now} no longer has and that were not told since they were last
     * seen made. A told change stays watched: put back by someone and saved over again, it is told again.
     */
    List<Change> undoneIn(RecordState now, Instant at) {
        Instant oldest = at.minus(WATCH);
        recent.removeIf(change -> change.at().isBefore(oldest));
        told.retainAll(recent);
        told.removeIf(change -> !change.undoneIn(now));
        List<Change> undone = recent.stream().filter(change -> change.undoneIn(now) && !told.contains(change)).toList();
        told.addAll(undone);
        return undone;
    }
}
