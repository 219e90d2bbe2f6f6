package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.WaitingTime;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.DeskContext;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.editor.OpenRecord;
import dev.waitlistdesk.desk.editor.RecordHost;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.search.ClientSearchViewModel;
import dev.waitlistdesk.port.DateRange;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.RecordContent;
import dev.waitlistdesk.port.RecordList;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.WaitlistStore;

import dev.waitlistdesk.desk.common.Status.Action;
import dev.waitlistdesk.desk.common.Status.Tone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The main window: the waitlist with its filters, the open record, the client search, and the
 * live refresh that follows colleagues' changes.
 */
public final class MainViewModel implements OpenRecord {

    /** How long the rows on screen stay still before those scrolled into view are read. */
    static final Duration SCROLL_PAUSE = Duration.ofMillis(300);

    /** The shortest time between two reads of rows scrolled into view. */
    static final Duration SCROLL_READS_APART = Duration.ofSeconds(3);

    /** How long a result ("Record #20 deleted.") stays when nothing else happens. */
    static final Duration RESULT_SHOWN_FOR = Duration.ofSeconds(20);

    /** Where an open-ended date range starts: before any waitlist existed. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** Above this many changed rows a reload replaces the whole list in one change instead of row by row. */
    private static final int IN_PLACE_AT_MOST = 100;

    private static final Comparator<WaitlistRow> NEWEST_FIRST = Comparator.comparingLong(WaitlistRow::id).reversed();

    private final DeskContext ctx;
    private final ObservableList<WaitlistRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WaitlistRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<WaitlistRow> shownRows = new FilteredList<>(rows);
    /** Waiting since: each record's creation day, derived once per record (see WaitlistStore.createdDays). */
    private final javafx.collections.ObservableMap<Long, LocalDate> createdDays = FXCollections.observableHashMap();
    private final BooleanProperty oldestFirst = new SimpleBooleanProperty(this, "oldestFirst");
    private final javafx.collections.transformation.SortedList<WaitlistRow> sortedRows =
            new javafx.collections.transformation.SortedList<>(shownRows);
    private final javafx.collections.ObservableMap<Long, LocalDate> createdDaysView =
            FXCollections.unmodifiableObservableMap(createdDays);
    /** Counts the sets of days placed: the lists sort once per set, not once per day (10,000 sorts at 10,000). */
    private final javafx.beans.property.ReadOnlyIntegerWrapper daysPlaced = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private boolean placing;
    private final StringProperty quickFilter = new SimpleStringProperty(this, "quickFilter", "");
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>(this, "createdFrom");
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>(this, "createdTo");
    private final BooleanProperty windowFocused = new SimpleBooleanProperty(this, "windowFocused", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper practicePortal = new ReadOnlyBooleanWrapper(this, "practicePortal");
    private final ReadOnlyObjectWrapper<Status> listStatus = new ReadOnlyObjectWrapper<>(this, "listStatus",
            Status.NONE);
    private final ReadOnlyObjectWrapper<RecordViewModel> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** Records with unsaved work, a save in flight, or a deletion to decide on, kept while others are open. */
    private final Map<Long, RecordViewModel> opened = new HashMap<>();
    private final ClientSearchViewModel search;
    private final RecordHost host = new Host();
    private final PollPace pace = new PollPace();
    /** When each row's data was read from the portal: the live refresh reads the stalest first. */
    private final Map<Long, Instant> readAt = new HashMap<>();
    /** The ids of the rows on screen, as the view last told. */
    private List<Long> visible = List.of();
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper(this, "freshness", "");
    private BackgroundRunner.Running load;
    private BackgroundRunner.Running glance;
    private Instant nextPollAt = Instant.MAX;
    private Instant lastLookAt = Instant.MIN;
    private Optional<DateRange> loadingRange = Optional.empty();
    private Scheduler.Cancellable nextPoll;
    private Scheduler.Cancellable cancelOffer;
    /** The result the list shows now, if it shows one: it goes at the next action or after a while. */
    private Status result;
    private Scheduler.Cancellable resultFades;
    private boolean polling;
    private boolean kindsToRead; // no load on this connection has brought the client kinds yet

    public MainViewModel(DeskContext ctx, boolean practicePortal) {
        this.ctx = ctx;
        this.practicePortal.set(practicePortal);
        this.search = new ClientSearchViewModel(ctx, current.getReadOnlyProperty());
        quickFilter.addListener((o, old, text) -> shownRows.setPredicate(row -> row.matches(text)));
        oldestFirst.addListener((o, old, on) -> sortByWaiting());
        daysPlaced.addListener((o, old, now) -> sortByWaiting());
        createdFrom.addListener((o, old, now) -> refresh());
        createdTo.addListener((o, old, now) -> refresh());
        windowFocused.addListener((o, old, now) -> {
            if (now) {
                pace.active(ctx.scheduler().now());
            }
        });
        current.addListener((o, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                search.clear(); // a query typed for one record is not meant for another
            }
        });
        ctx.drafts().setAside().ifPresent(file -> ctx.dialogs().inform(ctx.texts().get("drafts.unreadable.title"),
                ctx.texts().get("drafts.unreadable", file.getFileName().toString())));
    }

    /** The rows the quick filter lets through, newest first (or by waiting time, oldest first). */
    public ObservableList<WaitlistRow> rows() {
        return sortedRows;
    }

    /** Sort by waiting time, the longest-waiting first; records not yet placed go last. The window remembers it. */
    public BooleanProperty oldestFirstProperty() {
        return oldestFirst;
    }

    @Override
    public ObservableList<WaitlistRow> waitlist() {
        return rowsView;
    }

    /** The creation day of each record placed so far, for a column that follows it. */
    @Override
    public javafx.collections.ObservableMap<Long, LocalDate> createdDays() {
        return createdDaysView;
    }

    @Override
    public javafx.beans.property.ReadOnlyIntegerProperty daysPlacedProperty() {
        return daysPlaced.getReadOnlyProperty();
    }

    /** "today", "3 days", "since 12 Nov": how long the record has waited; "" while not known. */
    public String waitingSince(WaitlistRow row, LocalDate today) {
        return WaitingTime.describe(ctx.texts(), createdDays.get(row.id()), today);
    }

    private void sortByWaiting() {
        sortedRows.setComparator(oldestFirst.get() ? WaitingTime.oldestFirst(createdDays) : null);
    }

    /**
     * Asks for the creation days of rows not placed yet, in the background: once every row is known a
     * live-refresh poll spends no request on it; a new record costs one (today's window).
     */
    private void placeCreatedDays() {
        List<Long> unknown = rows.stream().map(WaitlistRow::id).filter(id -> !createdDays.containsKey(id)).toList();
        if (unknown.isEmpty() || placing) {
            return;
        }
        placing = true;
        ctx.runner().run(() -> ctx.store().createdDays(unknown, LocalDate.now()), found -> {
            placing = false;
            createdDays.putAll(found);
            daysPlaced.set(daysPlaced.get() + 1);
        }, failure -> placing = false); // the column stays empty; the next load tries again
    }

    public StringProperty quickFilterProperty() {
        return quickFilter;
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    public ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    /** Set by the view: the window coming to the front counts as use (the live refresh keeps its pace). */
    public BooleanProperty windowFocusedProperty() {
        return windowFocused;
    }

    /** "Updated 10:42": when the list last heard from the portal; empty before the first load. */
    public ReadOnlyStringProperty freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /**
     * Set by the view: the rows on screen. Rows scrolled into view whose data is older than a poll
     * interval are read at once (after a short pause, so a fling reads only where it stops).
     */
    public void showing(List<Long> ids) {
        visible = List.copyOf(ids);
        Instant now = ctx.scheduler().now();
        pace.active(now);
        Instant stale = now.minus(PollPace.FASTEST);
        boolean anyStale = ids.stream().anyMatch(id -> readAt.containsKey(id) && readAt.get(id).isBefore(stale));
        // at most one such read every few seconds, however long the receptionist keeps scrolling
        Instant when = max(now.plus(SCROLL_PAUSE), lastLookAt.plus(SCROLL_READS_APART));
        if (anyStale && nextPollAt.isAfter(when)) {
            schedulePoll(Duration.between(now, when));
        }
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the app runs on the built-in practice portal: the window shows a banner. */
    public ReadOnlyBooleanProperty practicePortalProperty() {
        return practicePortal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> listStatusProperty() {
        return listStatus.getReadOnlyProperty();
    }

    /** The record on the right; null until one is opened. */
    @Override
    public ReadOnlyObjectProperty<RecordViewModel> currentProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public ClientSearchViewModel search() {
        return search;
    }

    /** The first load on a connection: the list, with which client kinds the portal takes in its first request. */
    public void start() {
        kindsToRead = true;
        refresh();
    }

    /**
     * Loads the list, the clients of every record and their names. Pressing F5 again while the same
     * list loads does not start another load; a new date range replaces the running one.
     */
    @Override
    public void refresh() {
        Optional<DateRange> within;
        try {
            within = createdWithin();
        } catch (IllegalArgumentException e) {
            listStatus.set(new Status(Tone.ERROR, ctx.texts().get("list.badRange"), ""));
            return;
        }
        pace.active(ctx.scheduler().now());
        if (load != null) {
            if (!polling && within.equals(loadingRange)) {
                return;
            }
            load.cancel();
        }
        startLoad(within, false);
    }

    /** Stops a list load that takes too long; what the list showed stays. */
    public void cancelLoad() {
        if (load != null) {
            load.cancel();
            loadFinished();
            listStatus.set(new Status(Tone.INFO, ctx.texts().get("list.cancelled"), "", Action.REFRESH_LIST));
            schedulePoll();
        }
    }

    /**
     * The live refresh, on the pace {@link PollPace} sets: one request reads the newest records, the
     * open ones, the rows on screen and, in the room left, the rows read longest ago, so the whole
     * list is refreshed bit by bit in the background. New records and names not seen before cost a
     * second request, only when there are some.
     */
    public void poll() {
        nextPoll = null;
        nextPollAt = Instant.MAX;
        if (load != null || glance != null || opened.values().stream().anyMatch(vm -> vm.savingProperty().get())) {
            schedulePoll();
            return;
        }
        Optional<DateRange> within;
        try {
            within = createdWithin();
        } catch (IllegalArgumentException e) {
            return;
        }
        List<Long> ids = toRead();
        lastLookAt = ctx.scheduler().now();
        Set<Long> known = new HashSet<>(readAt.keySet());
        WaitlistLoader loader = new WaitlistLoader(ctx);
        glance = ctx.runner().runTracked(() -> loader.look(within, ids, known), this::looked, failure -> {
            glance = null;
            pace.polled(false, failure instanceof Failure.Busy);
            schedulePoll();
        });
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The records a poll reads, most wanted first: open ones, those on screen, then the stalest. */
    private List<Long> toRead() {
        Set<Long> ids = new LinkedHashSet<>();
        if (current.get() != null && !current.get().goneProperty().get()) {
            ids.add(current.get().id());
        }
        opened.values().stream().filter(vm -> !vm.goneProperty().get()).forEach(vm -> ids.add(vm.id()));
        Comparator<Long> stalest = Comparator.comparing(id -> readAt.getOrDefault(id, Instant.MIN));
        List<Long> onScreen = visible.isEmpty() // not told yet: the top of the list
                ? shownRows.stream().limit(WaitlistStore.GLANCE_RECORDS).map(WaitlistRow::id).toList() : visible;
        onScreen.stream().filter(readAt::containsKey).sorted(stalest).forEach(ids::add);
        readAt.keySet().stream().sorted(stalest).limit(WaitlistStore.GLANCE_RECORDS).forEach(ids::add);
        return ids.stream().limit(WaitlistStore.GLANCE_RECORDS).toList();
    }

    /** What a poll found: rows changed in place, new ones on top, gone ones out. */
    private void looked(WaitlistLoader.Look look) {
        glance = null;
        Instant now = ctx.scheduler().now();
        boolean changed = false;
        for (Map.Entry<Long, RecordState> state : look.glance().states().entrySet()) {
            changed |= portalHolds(state.getKey(), state.getValue(), now);
        }
        for (long id : look.glance().gone()) {
            changed |= deletedElsewhere(id);
        }
        if (!look.added().isEmpty()) {
            List<WaitlistRow> next = new ArrayList<>(look.added());
            next.addAll(rows);
            next.sort(NEWEST_FIRST);
            rows.setAll(next);
            look.added().forEach(row -> readAt.put(row.id(), now));
            changed = true;
        }
        updated(now);
        pace.polled(changed, false);
        schedulePoll();
    }

    /** A record as the portal holds it now: its row changes in place, an open record hears of it. */
    private boolean portalHolds(long id, RecordState state, Instant now) {
        readAt.put(id, now);
        Optional<WaitlistRow> row = findRow(id);
        List<RecordContent> seen = row.map(r -> List.of(r.content())).orElse(List.of());
        RecordContent content = ctx.names().nameKnown(state, seen);
        RecordViewModel vm = opened.get(id);
        if (vm != null) {
            vm.portalHolds(content);
        }
        if (row.isEmpty() || row.get().gone() || row.get().content().equals(content)) {
            return false;
        }
        replaceRow(new WaitlistRow(id, content, false));
        return true;
    }

    /** A record answered "not found": one with unsaved picks stays (as deleted), any other leaves. */
    private boolean deletedElsewhere(long id) {
        readAt.remove(id);
        RecordViewModel vm = opened.get(id);
        if (vm != null && vm.hasWork()) {
            if (!vm.goneProperty().get()) {
                vm.portalDeleted();
            }
            return true;
        }
        boolean shown = current.get() != null && current.get().id() == id;
        forget(id);
        if (shown) {
            showResult(Status.info(ctx.texts().get("list.deletedElsewhere", id)));
        }
        return true;
    }

    private void updated(Instant now) {
        freshness.set(ctx.texts().get("list.updated", Date.from(now)));
    }

    private void startLoad(Optional<DateRange> within, boolean quietly) {
        if (nextPoll != null) {
            nextPoll.cancel();
            nextPoll = null;
        }
        polling = quietly;
        loadingRange = within;
        if (!quietly) {
            loading.set(true);
            listStatus.set(Status.busy(ctx.texts().get("list.loading")));
            cancelOffer = ctx.scheduler().schedule(RecordViewModel.CANCEL_AFTER, () -> {
                if (load != null && !polling) {
                    listStatus.set(listStatus.get().with(Action.CANCEL));
                }
            });
        }
        WaitlistLoader loader = new WaitlistLoader(ctx);
        load = ctx.runner().runTracked(() -> loader.start(within), start -> {
            if (kindsToRead) {
                kindsToRead = false;
                search.useKinds(start.kinds());
            }
            if (start.rest().isEmpty()) {
                listLoaded(start.rows(), within, quietly, start.cut());
                return;
            }
            if (rows.isEmpty()) {
                rows.setAll(start.rows()); // the first screenful now; the rest follows
                listStatus.set(Status.busy(ctx.texts().get("list.loadingRest", start.rows().size(),
                        start.rows().size() + start.rest().size())));
            }
            load = ctx.runner().runTracked(() -> loader.rows(start.rest()), restRows -> {
                List<WaitlistRow> all = new ArrayList<>(start.rows());
                all.addAll(restRows);
                listLoaded(all, within, quietly, start.cut());
            }, failure -> listFailed(failure, quietly));
        }, failure -> listFailed(failure, quietly));
    }

    private void listLoaded(List<WaitlistRow> loaded, Optional<DateRange> within, boolean quietly, boolean cut) {
        loadFinished();
        boolean changed = loaded(loaded, within.isEmpty() && !cut, quietly);
        placeCreatedDays();
        if (cut) {
            listStatus.set(Status.info(ctx.texts().get("list.cut", RecordList.LIMIT)));
        }
        pace.polled(changed, false);
        updated(ctx.scheduler().now());
        schedulePoll();
    }

    private void listFailed(Failure failure, boolean quietly) {
        loadFinished();
        pace.polled(false, failure instanceof Failure.Busy);
        if (!quietly) {
            listStatus.set(ctx.problems().describe(failure));
        }
        schedulePoll();
    }

    private void loadFinished() {
        load = null;
        loading.set(false);
        if (cancelOffer != null) {
            cancelOffer.cancel();
            cancelOffer = null;
        }
    }

    private void schedulePoll() {
        schedulePoll(pace.next(ctx.scheduler().now()));
    }

    private void schedulePoll(Duration wait) {
        if (nextPoll != null) {
            nextPoll.cancel();
        }
        nextPollAt = ctx.scheduler().now().plus(wait);
        nextPoll = ctx.scheduler().schedule(wait, this::poll);
    }

    /** Stops the live refresh: the window is closing or another portal takes over. */
    public void close() {
        if (nextPoll != null) {
            nextPoll.cancel();
            nextPoll = null;
        }
        if (glance != null) {
            glance.cancel();
            glance = null;
        }
        if (load != null) {
            load.cancel();
            loadFinished();
        }
    }

    private Optional<DateRange> createdWithin() {
        if (createdFrom.get() == null && createdTo.get() == null) {
            return Optional.empty();
        }
        LocalDate from = createdFrom.get() == null ? EARLIEST : createdFrom.get();
        LocalDate to = createdTo.get() == null ? LocalDate.now() : createdTo.get();
        return Optional.of(new DateRange(from, to));
    }

    /**
     * Shows a fresh list and tells the open records what the portal holds now. Only a whole list
     * (no date range) proves a record deleted. Returns whether anything differed from before.
     */
    private boolean loaded(List<WaitlistRow> loaded, boolean wholeList, boolean quietly) {
        Map<Long, WaitlistRow> fresh = new LinkedHashMap<>();
        loaded.forEach(row -> fresh.put(row.id(), row));
        for (RecordViewModel vm : List.copyOf(opened.values())) {
            WaitlistRow row = fresh.get(vm.id());
            if (row != null) {
                vm.portalHolds(row.content());
            } else if (wholeList && vm.dirtyProperty().get() && !vm.goneProperty().get()) {
                vm.portalDeleted(); // its picks stay reachable; an untouched record just closes
            }
        }
        opened.values().removeIf(vm -> !vm.hasWork() && vm != current.get());
        List<WaitlistRow> next = new ArrayList<>(fresh.values());
        if (wholeList) {
            keepGoneRecordsWithWork(fresh, next);
            next.sort(NEWEST_FIRST); // in their place
        }
        boolean changed = show(next);
        Instant now = ctx.scheduler().now();
        if (wholeList) {
            readAt.clear();
        }
        fresh.keySet().forEach(id -> readAt.put(id, now));
        RecordViewModel shown = current.get();
        if (shown != null && !shown.hasWork() && !fresh.containsKey(shown.id())) {
            opened.remove(shown.id());
            current.set(null);
            showResult(Status.info(ctx.texts().get("list.deletedElsewhere", shown.id())));
        } else if (!quietly || listStatus.get().tone() == Tone.ERROR) {
            listStatus.set(next.isEmpty() ? Status.info(ctx.texts().get(wholeList ? "list.empty" : "list.emptyRange"))
                    : Status.NONE);
        }
        return changed;
    }

    /**
     * Shows a fresh list; returns whether anything differed. When it holds the same records in the same
     * order (an F5 or a reload while nobody added or deleted any), only the rows that changed are replaced,
     * each where it is: the filter, the sort and the table redo one row, not the whole list.
     */
    private boolean show(List<WaitlistRow> next) {
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

    /** Records deleted on the portal whose picks are still unsaved (opened, or kept as drafts) stay listed. */
    private void keepGoneRecordsWithWork(Map<Long, WaitlistRow> fresh, List<WaitlistRow> next) {
        opened.values().stream().filter(vm -> vm.goneProperty().get() && !fresh.containsKey(vm.id()))
                .forEach(vm -> next.add(new WaitlistRow(vm.id(), vm.shown(), true)));
        for (long id : ctx.drafts().recordIds()) {
            if (!fresh.containsKey(id) && !opened.containsKey(id)) {
                ctx.drafts().get(id).ifPresent(draft -> next.add(new WaitlistRow(id, draft, true)));
            }
        }
    }

    private Optional<WaitlistRow> findRow(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    /** Opens a record on the right; unsaved work on the one left behind is kept. */
    @Override
    public void open(WaitlistRow row) {
        RecordViewModel previous = current.get();
        if (previous != null && previous.id() == row.id() && opened.containsKey(row.id())) {
            return;
        }
        if (previous != null && !previous.hasWork()) {
            opened.remove(previous.id());
        }
        pace.active(ctx.scheduler().now());
        if (listStatus.get() == result) {
            listStatus.set(Status.NONE); // the last result gives way to what the receptionist does next
        }
        current.set(opened.computeIfAbsent(row.id(), id -> {
            // a record deleted while the app was closed: the portal holds nothing, but the receptionist
            // worked from the record as it was, so that is what their changes are applied to
            RecordViewModel vm = new RecordViewModel(ctx, host, id, row.gone()
                    ? ctx.drafts().base(id).orElse(new RecordContent("", List.of())) : row.content());
            if (row.gone()) {
                vm.portalDeleted();
            }
            return vm;
        }));
    }

    /** Asks for a note, creates the record and opens it; a quick filter that would hide it is cleared. */
    public void createRecord() {
        ctx.dialogs().askNewRecordNote().ifPresent(note -> create(new RecordContent(note, List.of()), null));
    }

    private void create(RecordContent content, RecordViewModel replacing) {
        listStatus.set(Status.busy(ctx.texts().get("list.creating")));
        List<Long> deals = replacing == null ? List.of() : replacing.deals();
        ctx.runner().run(() -> ctx.store().create(content.state(), deals), id -> {
            if (replacing != null) {
                forget(replacing.id());
            }
            WaitlistRow row = new WaitlistRow(id, content, false);
            rows.add(0, row);
            readAt.put(id, ctx.scheduler().now());
            if (!row.matches(quickFilter.get())) {
                quickFilter.set("");
            }
            open(row);
            showResult(Status.success(ctx.texts().get(replacing == null ? "list.created" : "list.recreated", id)));
        }, this::writeFailed);
    }

    /** A create or delete failed; if its answer was lost, the list is read again to show what the portal holds. */
    private void writeFailed(Failure failure) {
        if (!(failure instanceof Failure.OutcomeUnknown)) {
            listStatus.set(ctx.problems().describe(failure));
            return;
        }
        listStatus.set(Status.info(ctx.texts().get("list.outcomeUnknown")));
        if (load == null) {
            try {
                startLoad(createdWithin(), true);
            } catch (IllegalArgumentException e) {
                // a bad date range: the list stays as it is
            }
        }
    }

    /** Deletes the open record after the receptionist confirms. */
    @Override
    public void deleteCurrent() {
        RecordViewModel vm = current.get();
        if (vm == null || !ctx.dialogs().confirm(ctx.texts().get("delete.title"),
                ctx.texts().get("delete.question", vm.id()), ctx.texts().get("delete.confirm"))) {
            return;
        }
        long id = vm.id();
        ctx.runner().run(() -> {
            ctx.store().delete(id);
            return id;
        }, deleted -> {
            forget(id);
            showResult(Status.success(ctx.texts().get("list.deleted", id)));
        }, failure -> {
            if (failure instanceof Failure.RecordGone) {
                forget(id);
                showResult(Status.info(ctx.texts().get("list.alreadyDeleted", id)));
            } else {
                writeFailed(failure);
            }
        });
    }

    private void forget(long id) {
        rows.removeIf(row -> row.id() == id);
        readAt.remove(id);
        opened.remove(id);
        ctx.drafts().remove(id);
        if (current.get() != null && current.get().id() == id) {
            current.set(null);
        }
    }

    /** The record became a booking and left the waitlist: its row goes and the list says so. */
    @Override
    public void booked(long id, String text) {
        forget(id);
        showResult(Status.success(text));
    }

    @Override
    public void unbooked(long id, RecordContent content, String text) {
        WaitlistRow row = new WaitlistRow(id, content, false);
        rows.add(0, row);
        if (!row.matches(quickFilter.get())) {
            quickFilter.set("");
        }
        open(row);
        showResult(Status.success(text));
    }

    /** A result of what the receptionist did: it gives way at their next action, or fades after a while. */
    private void showResult(Status shown) {
        result = shown;
        listStatus.set(shown);
        if (resultFades != null) {
            resultFades.cancel();
        }
        resultFades = ctx.scheduler().schedule(RESULT_SHOWN_FOR, () -> {
            if (listStatus.get() == shown) {
                listStatus.set(Status.NONE);
            }
        });
    }

    private void replaceRow(WaitlistRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, row); // one change for one row, not one per row of the list
                return;
            }
        }
    }

    public void openSettings() {
        ctx.dialogs().openSettings();
    }

    /** Carries out an action the list's status offers. */
    public void act(Action action) {
        switch (action) {
            case REFRESH_LIST, RETRY -> refresh();
            case OPEN_SETTINGS -> openSettings();
            case CANCEL -> cancelLoad();
            default -> { }
        }
    }

    /** How an open record reaches the list; a small interface instead of loose callbacks. */
    private final class Host implements RecordHost {

        @Override
        public void recordSaved(RecordViewModel record) {
            replaceRow(new WaitlistRow(record.id(), record.saved(), false));
            if (record == current.get()) {
                search.recordSaved();
            }
            if (listStatus.get().tone() == Tone.ERROR) {
                listStatus.set(Status.NONE); // a save just reached the portal: "No connection" is stale
            }
        }

        @Override
        public void recordGone(RecordViewModel record) {
            findRow(record.id()).filter(row -> !row.gone())
                    .ifPresent(row -> replaceRow(new WaitlistRow(row.id(), record.shown(), true)));
        }

        @Override
        public void recreate(RecordViewModel record) {
            create(record.shown(), record);
        }

        @Override
        public void discarded(RecordViewModel record) {
            forget(record.id());
        }

        @Override
        public void refreshList() {
            refresh();
        }
    }
}
