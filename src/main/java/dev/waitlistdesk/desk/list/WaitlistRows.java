package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.common.WaitingTime;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.port.DateRange;
import dev.waitlistdesk.port.WaitlistStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The waitlist's rows and what narrows them: the quick filter, the created-date range, the sort by
 * waiting time; and when each row was last read from the portal, which the live refresh goes by.
 */
final class WaitlistRows {

    static final Comparator<WaitlistRow> NEWEST_FIRST = Comparator.comparingLong(WaitlistRow::id).reversed();

    /** Where an open-ended date range starts: before any waitlist existed. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** Above this many changed rows a reload replaces the whole list in one change instead of row by row. */
    private static final int IN_PLACE_AT_MOST = 100;

    /**
     * Up to this many records the rest of a list joins below its first screenful, whose rows stay as
     * they are; above, the sorted view's cost per added row (it grows with the list) outgrows one
     * replace. PulseBenchmark, the first load's longest gap, passes of 3 runs each way: 1,000 records
     * 102–117 → 66–74 ms (3 passes), 2,500 records 64 → 51–54 ms, 10,000 records 68–80 → 88–110 ms.
     */
    private static final int APPEND_AT_MOST = 2_500;

    private final WaitlistStore store;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final Texts texts;
    private final ObservableList<WaitlistRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WaitlistRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<WaitlistRow> shownRows = new FilteredList<>(rows);
    private final SortedList<WaitlistRow> sortedRows = new SortedList<>(shownRows);
    private final TableRows tableRows = new TableRows(sortedRows);
    /** Waiting since: each record's creation day, derived once per record (see WaitlistStore.createdDays). */
    private final ObservableMap<Long, LocalDate> createdDays = FXCollections.observableHashMap();
    private final ObservableMap<Long, LocalDate> createdDaysView = FXCollections.unmodifiableObservableMap(createdDays);
    private final BooleanProperty oldestFirst = new SimpleBooleanProperty(this, "oldestFirst");
    private final StringProperty quickFilter = new SimpleStringProperty(this, "quickFilter", "");
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>(this, "createdFrom");
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>(this, "createdTo");
    /** When each row's data was read from the portal: the live refresh reads the stalest first. */
    private final Map<Long, Instant> readAt = new HashMap<>();
    private final Map<Long, Instant> readAtView = Collections.unmodifiableMap(readAt);
    /** Counts the sets of days placed: the lists sort once per set, not once per day (10,000 sorts at 10,000). */
    private final ReadOnlyIntegerWrapper daysPlaced = new ReadOnlyIntegerWrapper(this, "daysPlaced");
    private boolean placing;
    /** Rows changed here since the last list load began (made, saved or deleted, or read by a poll). */
    private final Set<Long> changedSinceLoad = new HashSet<>();
    /** Of those, the records made here: listed like any record made here, whatever the load's date range. */
    private final Set<Long> madeSinceLoad = new HashSet<>();

    WaitlistRows(WaitlistStore store, BackgroundRunner runner, Scheduler scheduler, Texts texts) {
        this.store = store;
        this.runner = runner;
        this.scheduler = scheduler;
        this.texts = texts;
        quickFilter.addListener((o, old, text) -> shownRows.setPredicate(WaitlistRow.matching(text)));
        oldestFirst.addListener((o, old, on) -> sortByWaiting());
        daysPlaced.addListener((o, old, now) -> sortByWaiting());
    }

    /** The rows the quick filter lets through, newest first (or by waiting time, oldest first). */
    ObservableList<WaitlistRow> sorted() {
        return tableRows;
    }

    /** The rows the quick filter lets through, in list order. */
    List<WaitlistRow> filtered() {
        return shownRows;
    }

    /** Every row, whatever the quick filter shows. */
    ObservableList<WaitlistRow> all() {
        return rowsView;
    }

    ObservableMap<Long, LocalDate> createdDays() {
        return createdDaysView;
    }

    ReadOnlyIntegerProperty daysPlacedProperty() {
        return daysPlaced.getReadOnlyProperty();
    }

    BooleanProperty oldestFirstProperty() {
        return oldestFirst;
    }

    StringProperty quickFilterProperty() {
        return quickFilter;
    }

    ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    /** "today", "3 days", "since 12 Nov": how long the record has waited; "" while not known. */
    String waitingSince(WaitlistRow row, LocalDate today) {
        return WaitingTime.describe(texts, createdDays.get(row.id()), today);
    }

    private void sortByWaiting() {
        sortedRows.setComparator(oldestFirst.get() ? WaitingTime.oldestFirst(createdDays) : null);
    }

    /**
     * Asks for the creation days of rows not placed yet, in the background: once every row is known a
     * live-refresh poll spends no request on it; a new record costs one (today's window).
     */
    void placeCreatedDays() {
        List<Long> unknown = rows.stream().map(WaitlistRow::id).filter(id -> !createdDays.containsKey(id)).toList();
        if (unknown.isEmpty() || placing) {
            return;
        }
        placing = true;
        runner.run(() -> store.createdDays(unknown, LocalDate.now()), found -> {
            placing = false;
            createdDays.putAll(found);
            daysPlaced.set(daysPlaced.get() + 1);
        }, failure -> placing = false); // the column stays empty; the next load tries again
    }

    /**
     * These records were created today: this desk made them, or a poll found them newer than every record
     * a read earlier today saw. Their waiting time shows at once and costs no request.
     */
    void createdToday(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        ids.forEach(id -> createdDays.putIfAbsent(id, today));
        daysPlaced.set(daysPlaced.get() + 1);
    }

    /** The highest record id this desk holds; 0 for none. */
    long newestId() {
        return rows.stream().mapToLong(WaitlistRow::id).max().orElse(0);
    }

    /** The created-date range asked for; empty for the whole list. Throws when "from" is after "to". */
    Optional<DateRange> createdWithin() {
        if (createdFrom.get() == null && createdTo.get() == null) {
            return Optional.empty();
        }
        LocalDate from = createdFrom.get() == null ? EARLIEST : createdFrom.get();
        LocalDate to = createdTo.get() == null ? LocalDate.now() : createdTo.get();
        return Optional.of(new DateRange(from, to));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The first screenful while the rest loads. */
    void showFirst(List<WaitlistRow> first) {
        rows.setAll(first);
    }

    /**
     * Shows a fresh list; returns whether anything differed. When it holds the same records in the same
     * order (an F5 or a reload while nobody added or deleted any), only the rows that changed are replaced,
     * each where it is: the filter, the sort and the table redo one row, not the whole list. The rest of a
     * list after its first screenful is added below it (up to {@link #APPEND_AT_MOST} records).
     */
    boolean show(List<WaitlistRow> next) {
        boolean restOfFirstScreenful = !rows.isEmpty() && next.size() > rows.size() && next.size() <= APPEND_AT_MOST
                && rows.equals(next.subList(0, rows.size()));
        if (restOfFirstScreenful) {
            rows.addAll(next.subList(rows.size(), next.size()));
            return true;
        }
        if (next.size() != rows.size() || !sameRecords(next)) {
            rows.setAll(next);
            return true;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).equals(rows.get(i))) {
                changed.add(i);
            }
        }
        if (changed.size() > IN_PLACE_AT_MOST) {
            rows.setAll(next); // one change for the lot is cheaper than many
        } else {
            changed.forEach(i -> rows.set(i, next.get(i)));
        }
        return !changed.isEmpty();
    }

    private boolean sameRecords(List<WaitlistRow> next) {
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id() != rows.get(i).id()) {
                return false;
            }
        }
        return true;
    }

    /** A list load begins: what changes from now on is newer than its answer. */
    void loadStarts() {
        changedSinceLoad.clear();
        madeSinceLoad.clear();
    }

    /**
     * A loaded list with the rows changed since the load began as they are now: a load answered before
     * a record was made, saved or deleted here must not undo that (nor call the new record deleted by
     * a colleague). A whole list also keeps the records found since, which it could not hold; any list
     * keeps the records made here since.
     */
    List<WaitlistRow> withChangesSinceLoad(List<WaitlistRow> loaded, boolean wholeList) {
        if (changedSinceLoad.isEmpty()) {
            return loaded;
        }
        List<WaitlistRow> merged = new ArrayList<>();
        Set<Long> loadedIds = new HashSet<>();
        for (WaitlistRow row : loaded) {
            loadedIds.add(row.id());
            if (!changedSinceLoad.contains(row.id())) {
                merged.add(row);
            } else {
                find(row.id()).filter(now -> !now.gone()).ifPresent(merged::add);
            }
        }
        rows.stream().filter(row -> (wholeList ? changedSinceLoad : madeSinceLoad).contains(row.id()) && !row.gone()
                && !loadedIds.contains(row.id())).forEach(merged::add);
        merged.sort(NEWEST_FIRST);
        return merged;
    }

    /**
     * Records new to this desk, each in its place among the newest; read {@code now}. One this desk
     * listed meanwhile (it made it, or got it back from a booking) while the poll was out stays as it is.
     */
    void addNew(List<WaitlistRow> added, Instant now) {
        Set<Long> listed = new HashSet<>();
        rows.forEach(row -> listed.add(row.id()));
        List<WaitlistRow> fresh = added.stream().filter(row -> !listed.contains(row.id())).toList();
        if (fresh.isEmpty()) {
            return; // no sort and no whole-list change for rows already there
        }
        List<WaitlistRow> next = new ArrayList<>(fresh);
        next.addAll(rows);
        next.sort(NEWEST_FIRST);
        rows.setAll(next);
        fresh.forEach(row -> {
            readAt.put(row.id(), now);
            changedSinceLoad.add(row.id());
        });
    }

    /** A record this desk just made or got back: on top, and the quick filter cleared if it would hide it. */
    void addOnTop(WaitlistRow row) {
        rows.removeIf(listed -> listed.id() == row.id()); // a poll may have found it while it was being made
        rows.add(0, row);
        changedSinceLoad.add(row.id());
        madeSinceLoad.add(row.id());
        if (!WaitlistRow.matching(quickFilter.get()).test(row)) {
            quickFilter.set("");
        }
    }

    Optional<WaitlistRow> find(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    void replace(WaitlistRow row) {
        changedSinceLoad.add(row.id());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, row); // one change for one row, not one per row of the list
                return;
            }
        }
    }

    void remove(long id) {
        changedSinceLoad.add(id);
        rows.removeIf(row -> row.id() == id);
        readAt.remove(id);
    }

    /** The portal's data for these rows was read {@code now}; a whole list forgets every older reading. */
    void read(Collection<Long> ids, Instant now, boolean wholeList) {
        if (wholeList) {
            readAt.clear();
        }
        ids.forEach(id -> readAt.put(id, now));
    }

    /** The portal's data for this row was just read (by this desk's own write). */
    void readNow(long id) {
        readAt.put(id, scheduler.now());
    }

    void unread(long id) {
        readAt.remove(id);
    }

    /** When each row was last read; only rows read at least once. */
    Map<Long, Instant> readAt() {
        return readAtView;
    }
}
