package dev.waitlistdesk.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The waitlist as the desk needs it (the port that the booking adapter implements). Every method
 * blocks on the network: call it in the background. Failures are {@link StoreException}.
 */
public interface WaitlistStore {

    /**
     * Every record's id and note, newest first, in as few requests as batch allows (2,500 records per
     * request), and the kinds of client the waitlist takes, in the first of them.
     */
    RecordList records(Optional<DateRange> createdWithin);

    /** The clients of these records, 50 records per request; records deleted meanwhile are absent. */
    Map<Long, RecordState> clientsOf(List<RecordHeader> records);

    /** The most records one {@link #glance} reads: what fits in one request beside the newest pages. */
    int GLANCE_RECORDS = 23;

    /**
     * One request: the newest records (ids and notes) and what {@code ids} (at most {@link #GLANCE_RECORDS})
     * hold now; ids that answer "not found" are in {@link Glance#gone()}.
     */
    Glance glance(Optional<DateRange> createdWithin, Collection<Long> ids);

    /** What the record holds now; fails with {@link Failure.RecordGone} when it was deleted. */
    RecordState read(long id);

    /**
     * Makes the record hold {@code desired}, but only if it still holds {@code base} (what this desk
     * loaded): read, compare, write, read back. A record holding {@code desired} already counts as saved.
     */
    SaveOutcome save(long id, RecordState base, RecordState desired);

    /** Creates a record with this note, these clients and links to these deals; returns its id. */
    long create(RecordState state, List<Long> dealIds);

    void delete(long id);

    /**
     * The day each of these records was created (the API shows no date: derived once, then kept);
     * records that cannot be placed are absent. This default knows none.
     */
    default Map<Long, java.time.LocalDate> createdDays(Collection<Long> ids, java.time.LocalDate today) {
        return Map.of();
    }
}
