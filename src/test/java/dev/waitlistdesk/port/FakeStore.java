package dev.waitlistdesk.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An in-memory waitlist with the port's conflict rule, for view-model tests; fails on demand. */
public final class FakeStore implements WaitlistStore {

    public final TreeMap<Long, RecordState> records = new TreeMap<>();
    public final List<String> calls = new ArrayList<>();
    /** Thrown by the next call, then cleared. */
    public Failure failNext;
    /** Thrown by the next call as it is (an Error, as a bug deep in a library would throw). */
    public Error errorNext;
    /** The deal links each record was created with. */
    public final Map<Long, List<Long>> deals = new LinkedHashMap<>();
    private long nextId = 100;
    /** The creation day of records the test placed in time; the others cannot be placed. */
    public final Map<Long, java.time.LocalDate> created = new java.util.HashMap<>();
    /** A colleague's write that lands inside the next save, after its check: the store merges it, as the real one does. */
    public RecordState colleagueDuringSave;

    public long put(String note, ClientId... clients) {
        long id = nextId++;
        records.put(id, RecordState.of(note, List.of(clients)));
        return id;
    }

    /** A colleague's change, made directly on the portal. */
    public void change(long id, String note, ClientId... clients) {
        records.put(id, RecordState.of(note, List.of(clients)));
    }

    private void call(String name) {
        calls.add(name);
        if (errorNext != null) {
            Error error = errorNext;
            errorNext = null;
            throw error;
        }
        if (failNext != null) {
            Failure failure = failNext;
            failNext = null;
            throw new StoreException(failure, name + " failed", null);
        }
    }

    private RecordState existing(long id) {
        RecordState state = records.get(id);
        if (state == null) {
            throw new StoreException(new Failure.RecordGone(new Failure.Evidence("1040", "Wait list not found", 400)),
                    "gone", null);
        }
        return state;
    }

    @Override
    public RecordList records(Optional<DateRange> createdWithin) {
        call("list");
        return new RecordList(records.descendingMap().entrySet().stream()
                .map(e -> new RecordHeader(e.getKey(), e.getValue().note())).toList(), false, kinds);
    }

    @Override
    public Map<Long, RecordState> clientsOf(List<RecordHeader> headers) {
        call("clients");
        Map<Long, RecordState> states = new LinkedHashMap<>();
        headers.stream().filter(h -> records.containsKey(h.id())).forEach(h -> states.put(h.id(), records.get(h.id())));
        return states;
    }

    @Override
    public Glance glance(Optional<DateRange> createdWithin, java.util.Collection<Long> ids) {
        call("glance");
        Map<Long, RecordState> states = new LinkedHashMap<>();
        java.util.Set<Long> gone = new java.util.HashSet<>();
        ids.forEach(id -> {
            if (records.containsKey(id)) {
                states.put(id, records.get(id));
            } else {
                gone.add(id);
            }
        });
        return new Glance(records.descendingMap().entrySet().stream().limit(50)
                .map(e -> new RecordHeader(e.getKey(), e.getValue().note())).toList(), states, gone);
    }

    @Override
    public RecordState read(long id) {
        call("read");
        return existing(id);
    }

    @Override
    public SaveOutcome save(long id, RecordState base, RecordState desired) {
        call("save");
        RecordState now = existing(id);
        if (now.equals(desired)) {
            return new SaveOutcome.Saved(now);
        }
        if (!now.equals(base)) {
            return new SaveOutcome.Conflict(now);
        }
        if (colleagueDuringSave != null) {
            RecordState merged = dev.waitlistdesk.desk.common.Changes.merge(base, desired, colleagueDuringSave).orElseThrow();
            colleagueDuringSave = null;
            records.put(id, merged);
            return new SaveOutcome.Saved(merged);
        }
        records.put(id, desired);
        return new SaveOutcome.Saved(desired);
    }

    @Override
    public long create(RecordState state, List<Long> dealIds) {
        call("create");
        long id = nextId++;
        records.put(id, state);
        deals.put(id, List.copyOf(dealIds));
        return id;
    }

    @Override
    public void delete(long id) {
        call("delete");
        existing(id);
        records.remove(id);
    }

    /** The kinds the list answers along: the portal's booking.v1.clienttype.list. */
    public List<ClientId.Kind> kinds = List.of(ClientId.Kind.CONTACT, ClientId.Kind.COMPANY);

    @Override
    public Map<Long, java.time.LocalDate> createdDays(java.util.Collection<Long> ids, java.time.LocalDate today) {
        // not among the calls: the tests that count them count the list's own
        Map<Long, java.time.LocalDate> days = new LinkedHashMap<>();
        ids.stream().filter(created::containsKey).forEach(id -> days.put(id, created.get(id)));
        return days;
    }
}
