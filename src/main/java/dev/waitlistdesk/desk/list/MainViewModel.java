package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.ClientNames;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Drafts;
import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Command;
import dev.waitlistdesk.desk.common.NextSteps;
import dev.waitlistdesk.desk.common.Command;
import dev.waitlistdesk.desk.common.NextSteps;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Status.Tone;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.editor.OpenRecord;
import dev.waitlistdesk.desk.editor.RecordFactory;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.search.ClientSearchViewModel;
import dev.waitlistdesk.port.ClientDirectory;
import dev.waitlistdesk.port.DateRange;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.RecordList;
import dev.waitlistdesk.port.WaitlistStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The main window's list: it loads the waitlist (in two steps) and holds the parts the window shows, the
 * rows and their filters ({@link WaitlistRows}), the open records ({@link OpenRecords}, which the other
 * panels get) and the live refresh ({@link LiveRefresh}).
 */
public final class MainViewModel {

    private final Texts texts;
    private final DialogService dialogs;
    private final Problems problems;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final WaitlistLoader loader;
    private final WaitlistRows rows;
    private final ListStatus status;
    private final OpenRecords records;
    private final LiveRefresh live;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper emptyListText = new ReadOnlyStringWrapper(this, "emptyListText");
    private final ReadOnlyBooleanWrapper practicePortal = new ReadOnlyBooleanWrapper(this, "practicePortal");
    /** What the list's status offers: reading the list again, stopping a slow read, the connection. */
    private final Command refreshList = new Command("refresh-list", this::refresh);
    private final Command cancel = new Command("cancel", this::cancelLoad);
    private final NextSteps nextSteps = new NextSteps(new Command("retry", this::refresh), refreshList,
            new Command("open-settings", this::openSettings));
    private BackgroundRunner.Running load = BackgroundRunner.Running.NONE;
    private Optional<DateRange> loadingRange = Optional.empty();
    private Scheduler.Cancellable cancelOffer;
    /** What the list's status says about the load under way, until something else is shown; null for a quiet load. */
    private Status loadStatus;
    private boolean polling;
    private boolean kindsToRead; // no load on this connection has brought the client kinds yet

    public MainViewModel(WaitlistStore store, ClientDirectory directory, ClientNames names, Drafts drafts,
                         BackgroundRunner runner, Scheduler scheduler, Texts texts, DialogService dialogs,
                         RecordFactory recordFactory, boolean practicePortal) {
        this.texts = texts;
        this.dialogs = dialogs;
        this.problems = new Problems(texts);
        this.runner = runner;
        this.scheduler = scheduler;
        this.practicePortal.set(practicePortal);
        this.loader = new WaitlistLoader(store, names);
        this.rows = new WaitlistRows(store, runner, scheduler, texts);
        this.status = new ListStatus(scheduler);
        ReadOnlyObjectWrapper<RecordViewModel> current = new ReadOnlyObjectWrapper<>(this, "current");
        ClientSearchViewModel search = new ClientSearchViewModel(directory, runner, scheduler, texts, dialogs,
                current.getReadOnlyProperty());
        this.records = new OpenRecords(store, drafts, runner, texts, dialogs, recordFactory, rows, status, search,
                current, new OpenRecords.ListActions() {
                    @Override
                    public void refresh() {
                        MainViewModel.this.refresh();
                    }

                    @Override
                    public void reloadQuietly() {
                        MainViewModel.this.reloadQuietly();
                    }

                    @Override
                    public void active() {
                        live.active();
                    }

                    @Override
                    public NextSteps nextSteps() {
                        return nextSteps;
                    }
                });
        this.live = new LiveRefresh(rows, records, loader, names, runner, scheduler, texts,
                () -> load.underWay());
        emptyListText.bind(Bindings.createStringBinding(this::emptyListWords,
                loading, live.freshnessProperty(), rows.quickFilterProperty()));
        rows.createdFromProperty().addListener((o, old, now) -> refresh());
        rows.createdToProperty().addListener((o, old, now) -> refresh());
        drafts.setAside().ifPresent(file -> dialogs.inform(texts.get("drafts.unreadable.title"),
                texts.get("drafts.unreadable", file.getFileName().toString())));
    }

    /** True from a new record's confirmed note until it opens or its creation fails. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return records.creatingProperty();
    }

    /** The open record and what the panels around it may do with it: what the other view models get. */
    public OpenRecord records() {
        return records;
    }

    /** The rows the quick filter lets through, newest first (or by waiting time, oldest first). */
    public ObservableList<WaitlistRow> rows() {
        return rows.sorted();
    }

    /** Sort by waiting time, the longest-waiting first; records not yet placed go last. The window remembers it. */
    public BooleanProperty oldestFirstProperty() {
        return rows.oldestFirstProperty();
    }

    /** Every row the list holds, whatever its quick filter shows. */
    public ObservableList<WaitlistRow> waitlist() {
        return rows.all();
    }

    /** The creation day of each record placed so far, for a column that follows it. */
    public ObservableMap<Long, LocalDate> createdDays() {
        return rows.createdDays();
    }

    /** "today", "3 days", "since 12 Nov": how long the record has waited; "" while not known. */
    public String waitingSince(WaitlistRow row, LocalDate today) {
        return rows.waitingSince(row, today);
    }

    public StringProperty quickFilterProperty() {
        return rows.quickFilterProperty();
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return rows.createdFromProperty();
    }

    public ObjectProperty<LocalDate> createdToProperty() {
        return rows.createdToProperty();
    }

    /** A day typed into the date filter that is none ("31/2/2026"): the field goes back, and the list says why. */
    public void notADate(String typed, String format) {
        status.set(new Status(Tone.ERROR, texts.get("date.notADate", typed, format), ""));
    }

    /** The receptionist pressed a key or the mouse: the live refresh keeps its pace, or looks again at once when back. */
    public void inUse() {
        live.active();
    }

    /** Set by the view: the window coming to the front counts as use (the live refresh keeps its pace). */
    public BooleanProperty windowFocusedProperty() {
        return live.windowFocusedProperty();
    }

    /** "Updated 10:42": when the list last heard from the portal; empty before the first load. */
    public ReadOnlyStringProperty freshnessProperty() {
        return live.freshnessProperty();
    }

    /** Set by the view: the rows on screen; stale ones scrolled into view are read soon. */
    public void showing(List<Long> ids) {
        live.showing(ids);
    }

    /** One live-refresh poll (the scheduler runs them; tests call it). */
    public void poll() {
        live.poll();
    }

    /**
     * What the table says while it has no rows: "Loading the waitlist…", that nothing matches the filter,
     * that there are no records, or nothing before the portal first answered (the status says why).
     */
    public ReadOnlyStringProperty emptyListTextProperty() {
        return emptyListText.getReadOnlyProperty();
    }

    private String emptyListWords() {
        if (loading.get()) {
            return texts.get("list.loading");
        }
        if (!rows.quickFilterProperty().get().isEmpty()) {
            return texts.get("list.filter.none");
        }
        // until the portal first answered, an empty table knows nothing of its records
        return live.freshnessProperty().get().isEmpty() ? "" : texts.get("list.placeholder");
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the app runs on the built-in practice portal: the window shows a banner. */
    public ReadOnlyBooleanProperty practicePortalProperty() {
        return practicePortal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> listStatusProperty() {
        return status.property();
    }

    /** The record on the right; null until one is opened. */
    public ReadOnlyObjectProperty<RecordViewModel> currentProperty() {
        return records.currentProperty();
    }

    public ClientSearchViewModel search() {
        return records.search();
    }

    /** Opens a record on the right; unsaved work on the one left behind is kept. */
    public void open(WaitlistRow row) {
        records.open(row);
    }

    /** Asks for a note, creates the record and opens it; a quick filter that would hide it is cleared. */
    public void createRecord() {
        records.createRecord();
    }

    /** Deletes the open record after the receptionist confirms. */
    public void deleteCurrent() {
        records.deleteCurrent();
    }

    /** The record became a booking and left the waitlist: its row goes and the list says so. */
    public void booked(long id, String text) {
        records.booked(id, text);
    }

    /** A booking was undone: the record is back on the waitlist under {@code id}; it opens and the list says so. */
    public void unbooked(long id, dev.waitlistdesk.port.RecordContent content, String text) {
        records.unbooked(id, content, text);
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
    public void refresh() {
        Optional<DateRange> within;
        try {
            within = rows.createdWithin();
        } catch (IllegalArgumentException e) {
            status.set(new Status(Tone.ERROR, texts.get("list.badRange"), ""));
            return;
        }
        live.active();
        if (load.underWay()) {
            if (!polling && within.equals(loadingRange)) {
                return;
            }
            load.cancel();
        }
        startLoad(within, false);
    }

    /** After a write whose answer was lost: the list is read again, quietly, unless a load runs already. */
    private void reloadQuietly() {
        if (load.underWay()) {
            return;
        }
        try {
            startLoad(rows.createdWithin(), true);
        } catch (IllegalArgumentException e) {
            // a bad date range: the list stays as it is
        }
    }

    /** Stops a list load that takes too long; what the list showed stays. */
    public void cancelLoad() {
        if (load.underWay()) {
            load.cancel();
            loadFinished();
            status.set(new Status(Tone.INFO, texts.get("list.cancelled"), "", refreshList));
            live.resume();
        }
    }

    private void startLoad(Optional<DateRange> within, boolean quietly) {
        live.listLoadStarts();
        rows.loadStarts();
        polling = quietly;
        loadingRange = within;
        loadStatus = null;
        if (!quietly) {
            loading.set(true);
            loadStatus = Status.busy(texts.get("list.loading"));
            status.set(loadStatus);
            cancelOffer = scheduler.schedule(RecordViewModel.CANCEL_AFTER, () -> {
                if (load.underWay() && !polling && status.get() == loadStatus) { // not on a result shown since
                    loadStatus = loadStatus.with(cancel);
                    status.set(loadStatus);
                }
            });
        }
        load = runner.run(() -> loader.start(within), start -> {
            if (kindsToRead) {
                kindsToRead = false;
                records.search().useKinds(start.kinds());
            }
            if (start.rest().isEmpty()) {
                listLoaded(start.rows(), within, quietly, start.cut());
                return;
            }
            if (rows.isEmpty()) {
                rows.showFirst(start.rows()); // the first screenful now; the rest follows
                if (status.get() == loadStatus) {
                    loadStatus = Status.busy(texts.get("list.loadingRest", start.rows().size(),
                            start.rows().size() + start.rest().size()));
                    status.set(loadStatus);
                }
            }
            load = runner.run(() -> loader.rows(start.rest()), restRows -> {
                List<WaitlistRow> all = new ArrayList<>(start.rows());
                all.addAll(restRows);
                listLoaded(all, within, quietly, start.cut());
            }, failure -> listFailed(failure, quietly));
        }, failure -> listFailed(failure, quietly));
    }

    private void listLoaded(List<WaitlistRow> loaded, Optional<DateRange> within, boolean quietly, boolean cut) {
        boolean changed = loaded(loaded, within.isEmpty() && !cut);
        rows.placeCreatedDays();
        loadFinished(); // after the rows: whoever waits for the load finds them
        if (cut) {
            status.set(Status.info(texts.get("list.cut", RecordList.LIMIT)));
        }
        live.listRead(changed);
    }

    private void listFailed(Failure failure, boolean quietly) {
        loadFinished();
        if (!quietly) {
            status.set(problems.describe(failure, nextSteps));
        }
        live.listNotRead(failure instanceof Failure.Busy);
    }

    private void loadFinished() {
        loading.set(false);
        if (cancelOffer != null) {
            cancelOffer.cancel();
            cancelOffer = null;
        }
    }

    /**
     * Shows a fresh list and tells the open records what the portal holds now. Only a whole list
     * (no date range) proves a record deleted. Returns whether anything differed from before.
     */
    private boolean loaded(List<WaitlistRow> loaded, boolean wholeList) {
        Map<Long, WaitlistRow> fresh = new LinkedHashMap<>();
        rows.withChangesSinceLoad(loaded, wholeList).forEach(row -> fresh.put(row.id(), row));
        records.portalHolds(fresh, wholeList);
        List<WaitlistRow> next = new ArrayList<>(fresh.values());
        if (wholeList) {
            records.keepGoneRecordsWithWork(fresh.keySet(), next);
            next.sort(WaitlistRows.NEWEST_FIRST); // in their place
        }
        boolean changed = rows.show(next);
        rows.read(fresh.keySet(), scheduler.now(), wholeList);
        // the load's own "Loading…" goes, or an earlier failure; a result shown meanwhile ("Record #31 created.") stays
        if (!records.closeIfGone(fresh.keySet()) && (status.get() == loadStatus || status.get().tone() == Tone.ERROR)) {
            status.set(next.isEmpty() ? Status.info(texts.get(wholeList ? "list.empty" : "list.emptyRange"))
                    : Status.NONE);
        }
        return changed;
    }

    /** Stops the live refresh: the window is closing or another portal takes over. */
    public void close() {
        live.close();
        if (load.underWay()) {
            load.cancel();
            loadFinished();
        }
    }

    public void openSettings() {
        dialogs.openSettings();
    }
}
