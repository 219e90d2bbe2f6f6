package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.ClientNames;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.DateRange;
import dev.waitlistdesk.port.Glance;
import dev.waitlistdesk.port.RecordHeader;
import dev.waitlistdesk.port.RecordList;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.WaitlistStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the waitlist rows in two steps, so the first screenful shows after three requests: every
 * record's id and note (2,500 per request), the clients of the newest {@link #FIRST} and their
 * names; then the clients of the rest (50 records per request) and their names in one more. For up
 * to 2,500 records that is ⌈N/50⌉ + 3 requests. Blocking: call it in the background.
 */
final class WaitlistLoader {

    /** The first screenful: the newest records, shown before the rest is read. */
    static final int FIRST = 50;

    /** What a poll found: the glance, and rows for records new to this desk (with clients and names). */
    record Look(Glance glance, List<WaitlistRow> added) {
    }

    /** The first step's outcome: rows with names, and the records whose clients are still to read. */
    record Start(List<WaitlistRow> rows, List<RecordHeader> rest, boolean cut, List<ClientId.Kind> kinds) {
    }

    private final WaitlistStore store;
    private final ClientNames names;

    WaitlistLoader(WaitlistStore store, ClientNames names) {
        this.store = store;
        this.names = names;
    }

    Start start(Optional<DateRange> within) {
        RecordList list = store.records(within);
        List<RecordHeader> records = list.records();
        int first = Math.min(FIRST, records.size());
        return new Start(rows(records.subList(0, first)), List.copyOf(records.subList(first, records.size())),
                list.cut(), list.kinds());
    }

    /**
     * The live refresh's look: one request for the glance; new records (not in {@code known}) and
     * client names not seen before cost one more each, only when there are some.
     */
    Look look(Optional<DateRange> within, List<Long> ids, Set<Long> known) {
        Glance glance = store.glance(within, ids);
        List<RecordHeader> added = glance.newest().stream().filter(h -> !known.contains(h.id())).toList();
        names.resolve(glance.states().values().stream().flatMap(s -> s.clients().stream()).toList());
        return new Look(glance, rows(added));
    }

    List<WaitlistRow> rows(List<RecordHeader> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, RecordState> states = store.clientsOf(records);
        names.resolve(states.values().stream().flatMap(s -> s.clients().stream()).toList());
        List<WaitlistRow> rows = new ArrayList<>();
        states.forEach((id, state) -> rows.add(new WaitlistRow(id, names.nameKnown(state, List.of()), false)));
        return rows;
    }
}
