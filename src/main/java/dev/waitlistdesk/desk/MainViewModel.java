package dev.waitlistdesk.desk;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.booking.CreatedWithin;
import dev.waitlistdesk.booking.WaitlistRecord;
import dev.waitlistdesk.crm.CrmParty;
import dev.waitlistdesk.desk.Status.NextStep;
import dev.waitlistdesk.desk.Status.Tone;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The main window: the waitlist with its filters, the open record, and the client search. */
public final class MainViewModel {

    /** Where an open-ended date range starts: before any waitlist existed. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /**
     * booking.v1.waitlist.list answers at most 50 at once (bitrix24-api.md §5.4). The client pages on
     * with {@code start}, but a portal that ignores it leaves exactly 50: the one count that may be short.
     */
    static final int ONE_PAGE = 50;

    private final DeskContext ctx;
    private final ObservableList<WaitlistRow> rows = FXCollections.observableArrayList();
    private final FilteredList<WaitlistRow> shownRows = new FilteredList<>(rows);
    private final StringProperty quickFilter = new SimpleStringProperty(this, "quickFilter", "");
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>(this, "createdFrom");
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>(this, "createdTo");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper practicePortal = new ReadOnlyBooleanWrapper(this, "practicePortal");
    private final ReadOnlyObjectWrapper<Status> listStatus = new ReadOnlyObjectWrapper<>(this, "listStatus",
            Status.NONE);
    private final ReadOnlyObjectWrapper<RecordViewModel> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** Records with unsaved work or a save in flight, kept while the receptionist looks at others. */
    private final Map<Long, RecordViewModel> opened = new HashMap<>();
    private final ClientSearchViewModel search;
    private long loadTicket;

    public MainViewModel(DeskContext ctx, boolean practicePortal) {
        this.ctx = ctx;
        this.practicePortal.set(practicePortal);
        this.search = new ClientSearchViewModel(ctx, this::pickForCurrent);
        quickFilter.addListener((o, old, text) -> shownRows.setPredicate(row -> row.matches(text)));
        createdFrom.addListener((o, old, now) -> refresh());
        createdTo.addListener((o, old, now) -> refresh());
        current.addListener((o, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                search.clear(); // a query typed for one record is not meant for another
            }
        });
    }

    /** The rows the quick filter lets through, newest first. */
    public ObservableList<WaitlistRow> rows() {
        return shownRows;
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
    public ReadOnlyObjectProperty<RecordViewModel> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ClientSearchViewModel search() {
        return search;
    }

    /** Loads the list, the clients of every record (batched) and their names (batched). */
    public void refresh() {
        Optional<CreatedWithin> within;
        try {
            within = createdWithin();
        } catch (IllegalArgumentException e) {
            listStatus.set(new Status(Tone.ERROR, ctx.texts().get("list.badRange"), "", NextStep.NONE));
            return;
        }
        long ticket = ++loadTicket;
        loading.set(true);
        listStatus.set(Status.busy(ctx.texts().get("list.loading")));
        ctx.runner().run(() -> new WaitlistLoader(ctx).load(within), loaded -> {
            if (ticket == loadTicket) {
                loaded(loaded);
                if (within.isEmpty() && loaded.size() < ONE_PAGE) { // only a whole list proves a record gone
                    forgetDraftsOfDeletedRecords();
                }
            }
        }, failure -> {
            if (ticket == loadTicket) {
                loading.set(false);
                listStatus.set(ctx.problems().describe(failure));
            }
        });
    }

    private Optional<CreatedWithin> createdWithin() {
        if (createdFrom.get() == null && createdTo.get() == null) {
            return Optional.empty();
        }
        LocalDate from = createdFrom.get() == null ? EARLIEST : createdFrom.get();
        LocalDate to = createdTo.get() == null ? LocalDate.now() : createdTo.get();
        return Optional.of(CreatedWithin.days(from, to));
    }

    private void loaded(List<WaitlistRow> loaded) {
        loading.set(false);
        rows.setAll(loaded);
        listStatus.set(loaded.isEmpty() ? Status.info(ctx.texts().get("list.empty"))
                : loaded.size() == ONE_PAGE ? Status.info(ctx.texts().get("list.onePage", ONE_PAGE))
                : Status.NONE);
        opened.values().removeIf(vm -> !hasWork(vm) && vm != current.get());
        RecordViewModel shown = current.get();
        if (shown != null && !hasWork(shown)) {
            // Show the fresh server state; a record that is gone stays on screen with its message.
            findRow(shown.id()).ifPresent(row -> {
                opened.remove(row.id());
                open(row);
            });
        }
    }

    /** A draft of a record that is gone can never be saved; one still on screen stays until closed. */
    private void forgetDraftsOfDeletedRecords() {
        ctx.drafts().all().keySet().stream()
                .filter(id -> findRow(id).isEmpty() && !opened.containsKey(id))
                .forEach(ctx.drafts()::remove);
    }

    private static boolean hasWork(RecordViewModel vm) {
        return vm.dirtyProperty().get() || vm.savingProperty().get();
    }

    private Optional<WaitlistRow> findRow(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    /** Opens a record on the right; unsaved work on the one left behind is kept. */
    public void open(WaitlistRow row) {
        RecordViewModel previous = current.get();
        if (previous != null && previous.id() == row.id() && opened.containsKey(row.id())) {
            return;
        }
        if (previous != null && !hasWork(previous)) {
            opened.remove(previous.id());
        }
        current.set(opened.computeIfAbsent(row.id(),
                id -> new RecordViewModel(ctx, row.record(), row.clients(), this::refresh, this::recordSaved)));
    }

    private void recordSaved(RecordViewModel vm) {
        WaitlistRow updated = new WaitlistRow(new WaitlistRecord(vm.id(), vm.savedNote()), vm.savedClients());
        rows.replaceAll(row -> row.id() == vm.id() ? updated : row);
        if (vm == current.get()) {
            search.recordSaved();
        }
    }

    private boolean pickForCurrent(CrmParty party) {
        RecordViewModel vm = current.get();
        return vm != null && vm.add(party);
    }

    /** Asks for a note, creates the record and opens it. */
    public void createRecord() {
        ctx.dialogs().askNewRecordNote().ifPresent(note -> ctx.runner().run(() -> ctx.api().add(note), id -> {
            WaitlistRow row = new WaitlistRow(new WaitlistRecord(id, note), List.of());
            rows.add(0, row);
            open(row);
            listStatus.set(Status.success(ctx.texts().get("list.created", id)));
        }, failure -> listStatus.set(ctx.problems().describe(failure))));
    }

    /** Deletes the open record after the receptionist confirms. */
    public void deleteCurrent() {
        RecordViewModel vm = current.get();
        if (vm == null || !ctx.dialogs().confirm(ctx.texts().get("delete.title"),
                ctx.texts().get("delete.question", vm.id()), ctx.texts().get("delete.confirm"))) {
            return;
        }
        long id = vm.id();
        ctx.runner().run(() -> {
            ctx.api().delete(id);
            return id;
        }, deleted -> {
            removed(id);
            listStatus.set(Status.success(ctx.texts().get("list.deleted", id)));
        }, failure -> {
            if (failure instanceof RestException rest && rest.kind() == RestException.Kind.NOT_FOUND) {
                removed(id);
                listStatus.set(Status.info(ctx.texts().get("list.alreadyDeleted", id)));
            } else {
                listStatus.set(ctx.problems().describe(failure));
            }
        });
    }

    private void removed(long id) {
        rows.removeIf(row -> row.id() == id);
        opened.remove(id);
        ctx.drafts().remove(id);
        if (current.get() != null && current.get().id() == id) {
            current.set(null);
        }
    }

    public void openSettings() {
        ctx.dialogs().openSettings();
    }

    /** The action offered next to a list error. */
    public void runListNextStep() {
        switch (listStatus.get().nextStep()) {
            case REFRESH_LIST, RETRY -> refresh();
            case OPEN_SETTINGS -> openSettings();
            case NONE -> { }
        }
    }
}
