package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.portal.booking.PortalFacts.ClientSet;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.SaveOutcome;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The write of one checked save. Bitrix24's batch cannot compare, so the write batch reads the record
 * just before it writes and again after: what a colleague wrote between the desk's check and its
 * write shows in the first read, what they wrote over it from an older read shows in the second. The
 * desk then knows both sides' changes and writes the three-way merge at once (one more batch), or,
 * when both changed the note, puts the colleague's version back and lets the receptionist choose.
 * The window left is the gap between two commands inside one batch on the server.
 */
final class RecordWrite {

    private static final System.Logger LOG = System.getLogger(RecordWrite.class.getName());
    /** Rounds of write-and-merge before the receptionist is asked instead: each round is one batch. */
    static final int ROUNDS = 4;
    /** More rounds only to put back a colleague's change that the last write replaced; then asked anyway. */
    static final int MOST_ROUNDS = 2 * ROUNDS;

    private final RestClient client;
    private final PortalFacts facts;
    private final long id;

    RecordWrite(RestClient client, PortalFacts facts, long id) {
        this.client = client;
        this.facts = facts;
        this.id = id;
    }

    /** Makes the record hold {@code desired}; {@code checked} is what it held at the check. */
    SaveOutcome run(RecordState checked, RecordState desired) {
        Intent ensure = Intent.between(checked, desired); // the receptionist's change
        boolean clash = false;
        RecordState target = desired;
        boolean replacedTheirs = false;
        for (int round = 0; round < ROUNDS || (replacedTheirs && round < MOST_ROUNDS); round++) {
            boolean writesClients = !Intent.between(checked, target).clients().isEmpty();
            Round done = write(checked, target);
            RecordState before = trusted(done.before(), checked);
            RecordState after = done.after();
            if (after.clients().isEmpty() && !target.clients().isEmpty()) {
                after = read(); // maybe a colleague's clear-and-set half done: an empty list proves nothing
            }
            boolean theirsCame = !before.clients().equals(checked.clients());
            // Not handed over to the receptionist until put back: the choice starts from what the record holds.
            replacedTheirs = theirsCame && writesClients;
            if (theirsCame) {
                // A colleague's client change landed between the check and the write, and ours replaced it.
                LOG.log(Level.INFO, "Record {0}: a colleague saved during this save; writing both", id);
                ensure = Intent.between(checked, before).withoutNote().then(ensure);
            }
            boolean noteSent = !checked.note().equals(target.note());
            if (noteSent && (!before.note().equals(checked.note()) || !after.note().equals(target.note()))) {
                // Someone else wrote the note just before or just after ours: whether they saw ours is
                // unknown, so neither is written again over the other; the receptionist chooses. Only
                // a note of theirs that ours replaced goes back.
                clash = true;
                ensure = ensure.withoutNote();
                if (after.note().equals(target.note()) && !before.note().equals(checked.note())) {
                    ensure = ensure.then(Intent.note(before.note()));
                }
            }
            // Writes since ours are their writers' to check; what ours must still bring is put on top.
            target = ensure.appliedTo(after);
            if (after.equals(target)) {
                return clash ? new SaveOutcome.Conflict(after) : new SaveOutcome.Saved(after);
            }
            checked = after;
        }
        LOG.log(Level.INFO, "Record {0} kept changing during the save; the receptionist chooses", id);
        return new SaveOutcome.Conflict(checked);
    }

    /** An empty client list read while the base had clients may be a colleague's unset before their set. */
    private static RecordState trusted(RecordState read, RecordState checked) {
        return read.clients().isEmpty() && !checked.clients().isEmpty() ? checked : read;
    }

    private RecordState read() {
        return BookingWaitlistStore.readBack(client.batch(BookingWaitlistStore.readCommands(id, ""), true));
    }

    private Round write(RecordState checked, RecordState desired) {
        // Each write has its reads right before and after it, so a colleague's write can only slip into
        // the gap between two commands: clients read, written, read; note read, written, read.
        List<BatchCommand> was = BookingWaitlistStore.readCommands(id, "was_");
        List<BatchCommand> is = BookingWaitlistStore.readCommands(id, "");
        List<BatchCommand> batch = new ArrayList<>(List.of(was.get(1)));
        Intent clients = Intent.between(checked, desired);
        boolean appends = appends(desired, clients);
        Set<ClientId> sent = desired.clients();
        if (sent.isEmpty() && !clients.removed().isEmpty()) {
            batch.add(unset()); // client.set needs at least one client
        } else if (appends && !clients.removed().isEmpty()) {
            batch.add(unset()); // the only way to remove a client where set adds: clear, then set the rest
            batch.add(set(sent));
        } else if (!clients.clients().isEmpty()) {
            // The whole list even where set adds: were that fact ever wrong, a list of the new clients
            // alone would replace everyone else's.
            batch.add(set(sent));
        }
        batch.add(is.get(1));
        batch.add(was.get(0));
        if (!checked.note().equals(desired.note())) {
            batch.add(new BatchCommand("note", BookingCalls.WAITLIST_UPDATE,
                    Map.of("id", id, "fields", Map.of("note", desired.note()))));
        }
        batch.add(is.get(0));
        BatchResult answer = client.batch(batch, true).throwFirstError();
        return new Round(BookingWaitlistStore.state(answer, "was_"), BookingWaitlistStore.state(answer, ""));
    }

    /**
     * Whether removals need a clear first. Learned on a scratch record the first time a save removes a
     * client while other clients stay; until then, and if the portal will not tell, set is taken to
     * replace: then a removal that did not happen shows in the read-back, and the save ends in a choice.
     */
    private boolean appends(RecordState desired, Intent clients) {
        if (facts.clientSet().isEmpty() && !clients.removed().isEmpty() && !desired.clients().isEmpty()) {
            ClientId removed = clients.removed().iterator().next();
            ClientId kept = desired.clients().iterator().next();
            ClientSetProbe.run(new RestWaitlistApi(client), BookingWaitlistStore.refs(Set.of(removed)).get(0),
                    BookingWaitlistStore.refs(Set.of(kept)).get(0)).ifPresent(mode -> {
                        LOG.log(Level.INFO, "This portal''s client.set {0} a record''s clients",
                                mode == ClientSet.APPENDS ? "adds to" : "replaces");
                        facts.learned(mode);
                    });
        }
        return facts.clientSet().orElse(ClientSet.REPLACES) == ClientSet.APPENDS;
    }

    private BatchCommand unset() {
        return new BatchCommand("clear", BookingCalls.WAITLIST_CLIENT_UNSET, Map.of("waitListId", id));
    }

    private BatchCommand set(Set<ClientId> clients) {
        return Holder.WAITLIST.setClients("set", id, BookingWaitlistStore.refs(clients));
    }

    /** One write batch: the record just before the write and just after. */
    private record Round(RecordState before, RecordState after) {
    }
}
