package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Drafts;
import dev.waitlistdesk.desk.common.NextSteps;
import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Status.Tone;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.editor.OpenRecord;
import dev.waitlistdesk.desk.editor.RecordFactory;
import dev.waitlistdesk.desk.editor.RecordHost;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.search.ClientSearchViewModel;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.RecordContent;
import dev.waitlistdesk.port.WaitlistStore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The records this window holds open: the one on the right, and those kept with unsaved work, a save in
 * flight or a deletion to decide on. Opens, creates and deletes records; what the other panels see of
 * the open record.
 */
public final class OpenRecords implements OpenRecord {

    /** What the registry asks of the list around it. */
    interface ListActions {
        void refresh();

        /** Reads the list again without a busy status (after a write whose answer was lost). */
        void reloadQuietly();

        /** The receptionist did something: the live refresh keeps its pace. */
        void active();

        /** What a failed write offers next: the list's own retry, refresh and settings. */
        NextSteps nextSteps();
    }

    private final WaitlistStore store;
    private final Drafts drafts;
    private final BackgroundRunner runner;
    private final Texts texts;
    private final DialogService dialogs;
    private final Problems problems;
    private final RecordFactory factory;
    private final WaitlistRows rows;
    private final ListStatus status;
    private final ClientSearchViewModel search;
    private final ListActions list;
    private final ReadOnlyObjectWrapper<RecordViewModel> current;
    private final Map<Long, RecordViewModel> opened = new HashMap<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating");
    private final RecordHost host = new Host();

    OpenRecords(WaitlistStore store, Drafts drafts, BackgroundRunner runner, Texts texts, DialogService dialogs,
                RecordFactory factory, WaitlistRows rows, ListStatus status, ClientSearchViewModel search,
                ReadOnlyObjectWrapper<RecordViewModel> current, ListActions list) {
        this.store = store;
        this.drafts = drafts;
        this.runner = runner;
        this.texts = texts;
        this.dialogs = dialogs;
        this.problems = new Problems(texts);
        this.factory = factory;
        this.rows = rows;
        this.status = status;
        this.search = search;
        this.current = current;
        this.list = list;
        current.addListener((o, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                search.clear(); // a query typed for one record is not meant for another
            }
        });
    }

    /** The record on the right; null until one is opened. */
    @Override
    public ReadOnlyObjectProperty<RecordViewModel> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True from a new record's confirmed note until it opens or its creation fails. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    @Override
    public ClientSearchViewModel search() {
        return search;
    }

    @Override
    public ObservableList<WaitlistRow> waitlist() {
        return rows.all();
    }

    /** The creation day of each record placed so far, for a column that follows it. */
    @Override
    public ObservableMap<Long, LocalDate> createdDays() {
        return rows.createdDays();
    }

    @Override
    public ReadOnlyIntegerProperty daysPlacedProperty() {
        return rows.daysPlacedProperty();
    }

    @Override
    public void refresh() {
        list.refresh();
    }

    /** The open record with this id, or null. */
    RecordViewModel get(long id) {
        return opened.get(id);
    }

    Collection<RecordViewModel> all() {
        return opened.values();
    }

    boolean isCurrent(long id) {
        return current.get() != null && current.get().id() == id;
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
        list.active();
        status.resultGivesWay();
        current.set(opened.computeIfAbsent(row.id(), id -> {
            // a record deleted while the app was closed: the portal holds nothing, but the receptionist
            // worked from the record as it was, so that is what their changes are applied to
            RecordViewModel vm = factory.open(host, id, row.gone()
                    ? drafts.base(id).orElse(new RecordContent("", List.of())) : row.content());
            if (row.gone()) {
                vm.portalDeleted();
            }
            return vm;
        }));
    }

    /**
     * A fresh list tells the open records what the portal holds now. Only a whole list proves a record
     * deleted; records without work that are not on the right close.
     */
    void portalHolds(Map<Long, WaitlistRow> fresh, boolean wholeList) {
        for (RecordViewModel vm : List.copyOf(opened.values())) {
            WaitlistRow row = fresh.get(vm.id());
            if (row != null) {
                vm.portalHolds(row.content());
            } else if (wholeList && vm.dirtyProperty().get() && !vm.goneProperty().get()) {
                vm.portalDeleted(); // its picks stay reachable; an untouched record just closes
            }
        }
        opened.values().removeIf(vm -> !vm.hasWork() && vm != current.get());
    }

    /** Records deleted on the portal whose picks are still unsaved (opened, or kept as drafts) stay listed. */
    void keepGoneRecordsWithWork(Set<Long> fresh, List<WaitlistRow> next) {
        opened.values().stream().filter(vm -> vm.goneProperty().get() && !fresh.contains(vm.id()))
                .forEach(vm -> next.add(new WaitlistRow(vm.id(), vm.shown(), true)));
        for (long id : drafts.recordIds()) {
            if (!fresh.contains(id) && !opened.containsKey(id)) {
                drafts.get(id).ifPresent(draft -> next.add(new WaitlistRow(id, draft, true)));
            }
        }
    }

    /** The record on the right left the portal with no work on it: it closes and the list says so. */
    boolean closeIfGone(Set<Long> fresh) {
        RecordViewModel shown = current.get();
        if (shown == null || shown.hasWork() || fresh.contains(shown.id())) {
            return false;
        }
        opened.remove(shown.id());
        current.set(null);
        status.showResult(Status.info(texts.get("list.deletedElsewhere", shown.id())));
        return true;
    }

    /** A record answered "not found": one with unsaved picks stays (as deleted), any other leaves. */
    void deletedElsewhere(long id) {
        RecordViewModel vm = opened.get(id);
        if (vm != null && vm.hasWork()) {
            if (!vm.goneProperty().get()) {
                vm.portalDeleted();
            }
            return;
        }
        boolean shown = isCurrent(id);
        forget(id);
        if (shown) {
            status.showResult(Status.info(texts.get("list.deletedElsewhere", id)));
        }
    }

    /** Asks for a note, creates the record and opens it; a quick filter that would hide it is cleared. */
    void createRecord() {
        dialogs.askNewRecordNote().ifPresent(note -> create(new RecordContent(note, List.of()), null));
    }

    private void create(RecordContent content, RecordViewModel replacing) {
        status.set(Status.busy(texts.get("list.creating")));
        creating.set(replacing == null);
        List<Long> deals = replacing == null ? List.of() : replacing.deals();
        runner.run(() -> store.create(content.state(), deals), id -> {
            if (replacing != null) {
                forget(replacing.id());
            }
            WaitlistRow row = new WaitlistRow(id, content, false);
            rows.addOnTop(row);
            rows.createdToday(List.of(id));
            rows.readNow(id);
            open(row); // while still creating: the window hands it what was typed meanwhile
            creating.set(false);
            status.showResult(Status.success(texts.get(replacing == null ? "list.created" : "list.recreated", id)));
        }, failure -> {
            creating.set(false);
            writeFailed(failure);
        });
    }

    /** A create or delete failed; if its answer was lost, the list is read again to show what the portal holds. */
    private void writeFailed(Failure failure) {
        if (!(failure instanceof Failure.OutcomeUnknown)) {
            status.set(problems.describe(failure, list.nextSteps()));
            return;
        }
        status.set(Status.info(texts.get("list.outcomeUnknown")));
        list.reloadQuietly();
    }

    /** Deletes the open record after the receptionist confirms. */
    @Override
    public void deleteCurrent() {
        RecordViewModel vm = current.get();
        if (vm == null || !dialogs.confirm(texts.get("delete.title"),
                texts.get("delete.question", vm.id()), texts.get("delete.confirm"))) {
            return;
        }
        long id = vm.id();
        runner.run(() -> {
            store.delete(id);
            return id;
        }, deleted -> {
            forget(id);
            status.showResult(Status.success(texts.get("list.deleted", id)));
        }, failure -> {
            if (failure instanceof Failure.RecordGone) {
                forget(id);
                status.showResult(Status.info(texts.get("list.alreadyDeleted", id)));
            } else {
                writeFailed(failure);
            }
        });
    }

    private void forget(long id) {
        rows.remove(id);
        opened.remove(id);
        drafts.remove(id);
        if (isCurrent(id)) {
            current.set(null);
        }
    }

    /** The record became a booking and left the waitlist: its row goes and the list says so. */
    @Override
    public void booked(long id, String text) {
        forget(id);
        status.showResult(Status.success(text));
    }

    @Override
    public void unbooked(long id, RecordContent content, String text) {
        WaitlistRow row = new WaitlistRow(id, content, false);
        rows.addOnTop(row);
        rows.createdToday(List.of(id)); // back on the waitlist as a new record, made just now
        rows.readNow(id);
        open(row);
        status.showResult(Status.success(text));
    }

    /** How an open record reaches the list; a small interface instead of loose callbacks. */
    private final class Host implements RecordHost {

        @Override
        public void recordSaved(RecordViewModel record) {
            rows.replace(new WaitlistRow(record.id(), record.saved(), false));
            if (record == current.get()) {
                search.recordSaved();
            }
            if (status.get().tone() == Tone.ERROR) {
                status.set(Status.NONE); // a save just reached the portal: "No connection" is stale
            }
        }

        @Override
        public void recordGone(RecordViewModel record) {
            rows.find(record.id()).filter(row -> !row.gone())
                    .ifPresent(row -> rows.replace(new WaitlistRow(row.id(), record.shown(), true)));
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
            list.refresh();
        }
    }
}
