package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Command;
import dev.waitlistdesk.desk.common.NextSteps;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.editor.OpenRecord;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.BookingResult;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.RecordContent;
import dev.waitlistdesk.port.ResourceDay;
import dev.waitlistdesk.port.Span;
import dev.waitlistdesk.port.UndoResult;

import dev.waitlistdesk.desk.common.Status.Tone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Booking the open waitlist record: resources (searchable, grouped by type), a day (today in the
 * first chosen resource's zone), its free times as day strips, a start and a length (the slot
 * size by default), and Book in the background with the outcome inline. The day reloads when the
 * panel gains focus after {@link #RELOAD_AFTER}, so a time a colleague took is not offered for long.
 */
public final class BookingPanelViewModel {

    /** How old the shown day may get before focusing the panel reloads it. */
    static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

    private final BackgroundRunner runner;
    private final Texts texts;
    private final DialogService dialogs;
    private final Problems problems;
    private final BookingServices services;
    private final OpenRecord main;
    private final BookingWords words;
    private final ClientNotices clientNotices;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper filling = new ReadOnlyBooleanWrapper(this, "filling");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canBook = new ReadOnlyBooleanWrapper(this, "canBook");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper(this, "period", "");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
    /** What the status offers: Retry and Reload read the resources or the day again. */
    private final Command reloadDay = new Command("reload-day", this::reload);
    private final Command undo = new Command("undo", this::undo);
    private final NextSteps nextSteps = new NextSteps(new Command("retry", this::reload),
            new Command("refresh-list", this::refreshList), new Command("open-settings", this::openSettings));
    private final ObservableList<BookableResource> resources = FXCollections.observableArrayList();
    private final FilteredList<BookableResource> shownResources = new FilteredList<>(resources);
    private final ObservableList<BookableResource> chosen = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final IntegerProperty lengthMinutes = new SimpleIntegerProperty(this, "lengthMinutes", 60);
    private final ObservableList<DayStrip> strips = FXCollections.observableArrayList();
    private final ObservableList<StartTime> starts = FXCollections.observableArrayList();
    // one read-only view each: a view made per call would be collected, and its listeners with it
    private final ObservableList<DayStrip> stripsView = FXCollections.unmodifiableObservableList(strips);
    private final ObservableList<StartTime> startsView = FXCollections.unmodifiableObservableList(starts);
    private final ObjectProperty<StartTime> start = new SimpleObjectProperty<>(this, "start");
    private final ReadOnlyStringWrapper nextFree = new ReadOnlyStringWrapper(this, "nextFree", "");
    private final ReadOnlyBooleanWrapper canJump = new ReadOnlyBooleanWrapper(this, "canJump");
    private final NextFreeTime ahead = new NextFreeTime();
    private Instant nextFreeAt;
    /** Ctrl+J came before the next free time was known: the jump waits for it. */
    private boolean jumpWhenKnown;
    private Instant jumpedTo;
    private BackgroundRunner.Running aheadLoad = BackgroundRunner.Running.NONE;
    private final ReadOnlyStringWrapper notices = new ReadOnlyStringWrapper(this, "notices", "");
    private final ObservableList<ContactLink> contactLinks = FXCollections.observableArrayList();
    private final ObservableList<ContactLink> contactLinksView = FXCollections.unmodifiableObservableList(contactLinks);
    /** The last booking this panel made, while it may be undone; what the record held then. */
    private final LastBooking last;

    private Map<Long, ResourceDay> loadedDay = Map.of();
    private Instant dayLoadedAt;
    // one handle per kind of work: a newer day replaces the day on its way, never a booking
    private BackgroundRunner.Running resourcesLoad = BackgroundRunner.Running.NONE;
    private BackgroundRunner.Running dayLoad = BackgroundRunner.Running.NONE;
    private BackgroundRunner.Running booking = BackgroundRunner.Running.NONE;
    /**
     * The record this panel books: the one open when Ctrl+B was pressed. The panel never follows the
     * list to another record by itself (after a booking the list moves on; the panel stays on nothing).
     */
    private RecordViewModel target;
    /** False once a booking was sent: the next needs a start the receptionist picks, none is preselected. */
    private boolean preselect = true;
    /** The target's unsaved changes are being saved; the booking follows once they are. */
    private final SaveFirst savingFirst = new SaveFirst(this::savedFirst);

    public BookingPanelViewModel(BackgroundRunner runner, Scheduler scheduler, Texts texts, DialogService dialogs,
                                 BookingServices services, OpenRecord main) {
        this.runner = runner;
        this.last = new LastBooking(scheduler);
        this.texts = texts;
        this.dialogs = dialogs;
        this.problems = new Problems(texts);
        this.services = services;
        this.main = main;
        this.words = new BookingWords(texts, problems);
        this.clientNotices = new ClientNotices(texts, services.deals());
        filter.addListener((o, old, text) -> shownResources.setPredicate(r -> r.matches(text)));
        day.addListener((o, old, now) -> {
            loadDay();
            showNextFree(); // "next" counts from the day shown
        });
        lengthMinutes.addListener((o, old, now) -> {
            showStarts();
            showNextFree();
        });
        start.addListener((o, old, now) -> update());
        main.currentProperty().addListener((o, old, now) -> {
            if (open.get() && !filling.get() && target != null && now != null && now != target) {
                retarget(now); // the receptionist opened another record: it is chosen, its time not yet
            }
        });
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True when opened to fill a freed time: the time first, then who to offer it to ({@link FillFreedTimeViewModel}). */
    public ReadOnlyBooleanProperty fillingProperty() {
        return filling.getReadOnlyProperty();
    }

    /** True while resources, a day or a booking are on their way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBookProperty() {
        return canBook.getReadOnlyProperty();
    }

    /** "Book record #12", or a hint when no record is open. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The chosen period in words ("Mon 30 Nov 2026, 10:00–11:00 (Europe/Berlin)"), empty until a start is chosen. */
    public ReadOnlyStringProperty periodProperty() {
        return period.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The resources the filter lets through, grouped by type. */
    public ObservableList<BookableResource> resources() {
        return shownResources;
    }

    /** The type heading to show above this resource: its type name if it is the first of its type, else "". */
    public String groupOf(BookableResource resource) {
        int index = shownResources.indexOf(resource);
        boolean first = index <= 0 || !shownResources.get(index - 1).typeName().equals(resource.typeName());
        return first ? resource.typeName() : "";
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The booking's length in minutes; the slot size of the first chosen resource by default. */
    public IntegerProperty lengthMinutesProperty() {
        return lengthMinutes;
    }

    public ObservableList<DayStrip> strips() {
        return stripsView;
    }

    /** Start times at which every chosen resource is free for the length; times already past are left out. */
    public ObservableList<StartTime> starts() {
        return startsView;
    }

    public ObjectProperty<StartTime> startProperty() {
        return start;
    }

    /** "Next free: Mon 7 Dec 2026, 09:30 (Ctrl+J)" from the day shown on, over {@link NextFreeTime#DAYS} days. */
    public ReadOnlyStringProperty nextFreeProperty() {
        return nextFree.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canJumpProperty() {
        return canJump.getReadOnlyProperty();
    }

    /**
     * Ctrl+J: shows the day of the next free time with that time chosen. Pressed while the resources or
     * the days ahead are still loading (Ctrl+B, Ctrl+J typed on a slow portal), it waits for them.
     */
    public void jumpToNextFree() {
        jumpWhenKnown = nextFreeAt == null && open.get() && (resourcesLoad.underWay() || aheadLoad.underWay());
        if (nextFreeAt == null || chosen.isEmpty()) {
            return;
        }
        jumpedTo = nextFreeAt;
        LocalDate target = LocalDate.ofInstant(nextFreeAt, zone());
        if (target.equals(day.get())) {
            showStarts();
        } else {
            day.set(target); // the day's listener loads it; showStarts picks the time
        }
    }

    /**
     * Whether Bitrix24 will message the client of a booking on the chosen resources, and when ("Bitrix24
     * will message the client: …"), from the resources' notification settings; else a suggestion to call.
     */
    public ReadOnlyStringProperty noticesProperty() {
        return notices.getReadOnlyProperty();
    }

    /** When calling is suggested: the phones of the record's clients and their pages in Bitrix24. */
    public ObservableList<ContactLink> contactLinks() {
        return contactLinksView;
    }

    /** Hands a link to the system: the browser, or the dialer for {@code tel:}. */
    public void openLink(ContactLink link) {
        services.browser().accept(link.uri());
    }

    /** True for five minutes after a booking that took its record off the waitlist. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return last.canUndoProperty();
    }

    /**
     * Undo (Ctrl+Z): deletes the last booking and puts its record back on the waitlist, unless someone
     * changed the booking meanwhile. A failure leaves Undo on offer.
     */
    public void undo() {
        if (!last.any() || booking.underWay()) {
            return;
        }
        LastBooking.Undoable undone = last.take().orElseThrow();
        long bookingId = undone.booked().bookingId();
        status.set(Status.busy(texts.get("booking.undoing")));
        booking = start(() -> services.booking().undo(undone.booked(), undone.record().state()), result -> {
            if (result instanceof UndoResult.Back back) {
                String text = texts.get("booking.undone", bookingId, back.recordId());
                status.set(Status.success(text));
                main.unbooked(back.recordId(), undone.record(), text);
                bookAgain(back.recordId());
                loadDay(); // the time is free again
                loadAhead();
            } else {
                status.set(new Status(Tone.ERROR, texts.get(result instanceof UndoResult.Changed
                        ? "booking.undo.changed" : "booking.undo.gone", bookingId), ""));
            }
        }, failure -> {
            last.putBack(undone);
            status.set(problems.words(failure).with(undo));
        });
        update();
    }

    public List<BookableResource> chosen() {
        return List.copyOf(chosen);
    }

    /** Opens the panel for the open record (Ctrl+B); false when no record is open. */
    public boolean open() {
        RecordViewModel record = main.currentProperty().get();
        if (record == null || record.goneProperty().get()) {
            return false; // a record deleted on the portal cannot be booked; its picks can make a new one
        }
        show(record, false);
        return true;
    }

    /**
     * Opens the panel on no record, to fill a freed time: no time is preselected, and the record to
     * book comes only from {@link #offerTo}, never from the list moving on.
     */
    void openToFill() {
        show(null, true);
    }

    private void show(RecordViewModel record, boolean toFill) {
        target = record;
        preselect = !toFill;
        filling.set(toFill);
        open.set(true);
        status.set(Status.NONE);
        if (resources.isEmpty()) {
            loadResources();
        } else {
            loadDay();
            loadAhead();
        }
        update();
    }

    /**
     * Filling a freed time: the receptionist chose this record (null: none) to offer the time to. A
     * record without clients cannot be booked; the panel says so and books nothing.
     */
    void offerTo(RecordViewModel record) {
        if (!filling.get() || record == target) {
            return;
        }
        savingFirst.stop();
        boolean bookable = record != null && !record.goneProperty().get() && !record.shown().clients().isEmpty();
        target = bookable ? record : null;
        if (record != null) {
            status.set(bookable ? Status.NONE : Status.info(texts.get("booking.fill.noClients", record.id())));
        }
        update();
    }

    /** A day typed that is none ("31/2/2026"): the day field goes back, and the panel says why. */
    public void notADate(String typed, String format) {
        status.set(new Status(Tone.ERROR, texts.get("date.notADate", typed, format), ""));
    }

    /** Closes the panel; a booking on its way still finishes and reaches the list. */
    public void close() {
        jumpWhenKnown = false;
        resourcesLoad.cancel();
        dayLoad.cancel();
        aheadLoad.cancel();
        updateBusy();
        savingFirst.stop();
        target = null;
        filling.set(false);
        open.set(false);
    }

    /** The panel gained the focus: a day shown for a while is read again (a colleague may have booked). */
    public void focused() {
        if (open.get() && dayLoadedAt != null && !dayLoad.underWay() && !booking.underWay()
                && !services.clock().instant().isBefore(dayLoadedAt.plus(RELOAD_AFTER))) {
            loadDay();
            loadAhead();
        }
    }

    /** The receptionist chose these resources (one or more, e.g. a room and a specialist). */
    public void choose(List<BookableResource> picked) {
        if (picked.equals(chosen)) {
            return;
        }
        boolean firstChanged = picked.isEmpty() || chosen.isEmpty() || !picked.get(0).equals(chosen.get(0));
        chosen.setAll(picked);
        if (firstChanged && !picked.isEmpty()) {
            lengthMinutes.set((int) picked.get(0).slot().toMinutes());
            if (day.get() == null) {
                day.set(LocalDate.now(services.clock().withZone(picked.get(0).zone())));
                loadAhead();
                return; // the day's listener loads it
            }
        }
        loadDay();
        loadAhead();
    }

    /**
     * Books the panel's record at the chosen start for the chosen length on the chosen resources.
     * Unsaved picks on it are saved first (conflict-checked like any save), so the booking holds them.
     */
    public void book() {
        RecordViewModel record = target;
        if (open.get() && record != null && lengthMinutes.get() <= 0) {
            status.set(new Status(Tone.ERROR, texts.get("booking.badLength"), ""));
        }
        if (!canBook.get() || record == null) {
            return;
        }
        if (record.dirtyProperty().get() || record.savingProperty().get()) {
            saveFirst(record);
            return;
        }
        long recordId = record.id();
        Span span = chosenSpan();
        ZoneId zone = zone();
        List<Long> ids = chosenIds();
        String name = record.saved().note();
        RecordContent content = record.saved();
        status.set(Status.busy(texts.get("booking.booking")));
        preselect = false;
        start.set(null); // Enter books once per chosen time: the next booking needs a new choice
        booking = start(() -> services.booking().book(recordId, ids, span, zone, name), result -> {
            if (result instanceof BookingResult.Booked booked) {
                booked(recordId, booked, content);
            } else if (result instanceof BookingResult.BookedByColleague duplicate) {
                Status said = words.bookedByColleague(duplicate);
                status.set(said);
                leftWaitlist(recordId, said.text()); // the colleague's booking took it
                loadDay();
            } else {
                refused((BookingResult.Refused) result, ids, zone);
            }
        }, failure -> {
            status.set(words.failed(failure, nextSteps, reloadDay));
        });
        update(); // Book is off while this booking runs
    }

    private void refreshList() {
        main.refresh();
    }

    private void openSettings() {
        dialogs.openSettings();
    }

    private void reload() {
        if (resources.isEmpty()) {
            loadResources();
        } else {
            loadDay();
            loadAhead();
        }
    }

    private void saveFirst(RecordViewModel record) {
        if (savingFirst.underWay()) {
            return;
        }
        status.set(Status.busy(texts.get("booking.savingFirst", record.id())));
        savingFirst.start(record);
        update(); // Book is off while the picks are saved
        savingFirst.ifEnded(); // the runner finished the save already
    }

    /** The save before a booking ended: book if it stuck, else say why not and keep the picks. */
    private void savedFirst(RecordViewModel record) {
        if (record != target) {
            return;
        }
        if (record.dirtyProperty().get() || record.goneProperty().get() || record.statusProperty().get().isError()) {
            String why = record.statusProperty().get().text();
            status.set(new Status(Tone.ERROR, texts.get("booking.notSaved", record.id(), why), ""));
            update();
        } else {
            update();
            book();
        }
    }

    /**
     * After an undo the record is back (under a new id) and open: the panel books it again, on a time
     * chosen anew; undone, most likely, because the time was wrong. A panel filling a freed time stays so.
     */
    private void bookAgain(long recordId) {
        RecordViewModel back = main.currentProperty().get();
        if (!filling.get() && back != null && back.id() == recordId) {
            choose(back);
        }
    }

    private void retarget(RecordViewModel record) {
        savingFirst.stop();
        status.set(Status.NONE);
        choose(record);
    }

    /** This record is to be booked; its time is not chosen yet. */
    private void choose(RecordViewModel record) {
        target = record;
        preselect = false;
        start.set(null);
        update();
    }

    // ---- loading

    private void loadResources() {
        if (resourcesLoad.underWay()) {
            return;
        }
        status.set(Status.busy(texts.get("booking.loadingResources")));
        resourcesLoad = start(() -> services.booking().resources(), loaded -> {
            resources.setAll(loaded);
            chosen.retainAll(loaded);
            if (loaded.isEmpty()) {
                status.set(Status.info(texts.get("booking.noResources")));
            } else if (status.get().tone() == Tone.BUSY && !booking.underWay()) {
                status.set(Status.NONE);
            }
            loadDay();
            loadAhead();
        }, failure -> {
            status.set(problems.describe(failure, nextSteps));
        });
    }

    private void loadDay() {
        if (dayLoad.underWay()) {
            dayLoad.cancel(); // a newer choice replaces the day on its way
            updateBusy();
        }
        if (!open.get() || chosen.isEmpty() || day.get() == null) {
            clearDay();
            return;
        }
        LocalDate wanted = day.get();
        List<Long> ids = chosenIds();
        if (status.get().tone() == Tone.NONE) {
            status.set(Status.busy(texts.get("booking.loadingDay")));
        }
        dayLoad = start(() -> services.booking().day(wanted, ids), loaded -> {
            loadedDay = loaded;
            dayLoadedAt = services.clock().instant();
            if (status.get().tone() == Tone.BUSY && !booking.underWay() && !resourcesLoad.underWay()) {
                status.set(Status.NONE);
            }
            showDay();
        }, failure -> {
            status.set(problems.describe(failure, nextSteps));
        });
    }

    /**
     * The chosen resources over the next {@link NextFreeTime#DAYS} days (from today in the first one's
     * zone), for "the next free time": one request on Bitrix24 whatever the number of resources. A
     * failure here only leaves the line empty: the day itself says what went wrong.
     */
    private void loadAhead() {
        if (aheadLoad.underWay()) {
            aheadLoad.cancel();
        }
        ahead.forget();
        showNextFree();
        if (!open.get() || chosen.isEmpty()) {
            return;
        }
        List<Long> ids = chosenIds();
        LocalDate today = LocalDate.now(services.clock().withZone(zone()));
        nextFree.set(texts.get("booking.nextFree.loading"));
        aheadLoad = start(() -> services.booking().days(today, NextFreeTime.DAYS, ids), loaded -> {
            ahead.read(loaded);
            showNextFree();
            boolean jump = jumpWhenKnown;
            jumpWhenKnown = false;
            if (jump) {
                jumpToNextFree();
            }
        }, failure -> {
            nextFree.set("");
            jumpWhenKnown = false;
        });
    }

    /** Runs the work in the background; the panel is busy while it is under way. */
    private <T> BackgroundRunner.Running start(Callable<T> work, Consumer<T> done, Consumer<Failure> failed) {
        busy.set(true);
        return runner.run(work, result -> {
            done.accept(result);
            updateBusy();
            update();
        }, failure -> {
            failed.accept(failure);
            updateBusy();
            update();
        });
    }

    private void updateBusy() {
        busy.set(resourcesLoad.underWay() || dayLoad.underWay() || booking.underWay() || aheadLoad.underWay());
    }

    private void clearDay() {
        loadedDay = Map.of();
        strips.clear();
        showStarts();
    }

    // ---- showing

    private void showDay() {
        strips.setAll(DayTimes.strips(chosen, loadedDay, words, services.clock().instant()));
        showStarts();
    }

    private void showStarts() {
        StartTime was = start.get();
        List<StartTime> next = DayTimes.starts(chosen, loadedDay, lengthMinutes.get(), services.clock().instant(),
                zone());
        starts.setAll(next);
        StartTime jumped = next.stream().filter(t -> t.at().equals(jumpedTo)).findFirst().orElse(null);
        if (jumped != null) {
            jumpedTo = null;
        }
        start.set(jumped != null ? jumped : was != null && next.contains(was) ? was : next.isEmpty() || !preselect ? null : next.get(0));
        Status shown = status.get();
        if (next.isEmpty() && !loadedDay.isEmpty() && shown.tone() == Tone.NONE) {
            status.set(noTimes());
        } else if (!next.isEmpty() && shown.tone() == Tone.INFO && shown.commands().isEmpty()) {
            status.set(Status.NONE); // "no free time" no longer holds
        }
        update();
    }

    /**
     * The first time, from the day shown on (else from now), at which every chosen resource is free
     * for the length, within the days read ahead; the first resource's grid, as for the day.
     */
    private void showNextFree() {
        nextFreeAt = null;
        if (!ahead.known() || chosen.isEmpty() || lengthMinutes.get() <= 0) {
            nextFree.set(aheadLoad.underWay() ? nextFree.get() : "");
            canJump.set(false);
            return;
        }
        Instant now = services.clock().instant();
        Instant shownDay = day.get() == null ? now : day.get().atStartOfDay(zone()).toInstant();
        nextFreeAt = ahead.first(chosenIds(), Duration.ofMinutes(lengthMinutes.get()), shownDay, now);
        nextFree.set(nextFreeAt == null ? texts.get("booking.nextFree.none", NextFreeTime.DAYS)
                : texts.get("booking.nextFree", words.when(nextFreeAt, zone())));
        canJump.set(nextFreeAt != null);
        Status shown = status.get();
        if (starts.isEmpty() && !loadedDay.isEmpty() && shown.tone() == Tone.INFO && shown.commands().isEmpty()) {
            status.set(noTimes()); // "no free time" now says when the next one is
        }
    }

    /** "No free time on this day…", with the next free time once it is known. */
    private Status noTimes() {
        if (lengthMinutes.get() <= 0) {
            return Status.info(texts.get("booking.badLength"));
        }
        return Status.info(texts.get("booking.noTimes") + (nextFreeAt == null ? "" : " " + nextFree.get()));
    }

    private void update() {
        RecordViewModel record = target;
        if (filling.get()) {
            title.set(record == null ? texts.get("booking.fill.title") : texts.get("booking.fill.titleFor", record.id()));
        } else {
            title.set(record == null ? texts.get("booking.noRecord") : texts.get("booking.title", record.id()));
        }
        boolean timed = !chosen.isEmpty() && start.get() != null && lengthMinutes.get() > 0;
        canBook.set(open.get() && timed && record != null && !booking.underWay() && !savingFirst.underWay());
        // filling a freed time, the time comes first: it shows before a record is chosen
        period.set(timed && (record != null || filling.get()) ? words.period(chosenSpan(), zone()) : "");
        showNotices(record);
    }

    /** For the open record, or after booking for the record just booked. */
    private void showNotices(RecordViewModel record) {
        RecordContent content = record != null ? record.saved() : last.record().orElse(null);
        ClientNotices.Said said = clientNotices.about(chosen, content);
        notices.set(said.text());
        if (!said.links().equals(contactLinks)) {
            contactLinks.setAll(said.links());
        }
    }

    private Span chosenSpan() {
        Instant at = start.get().at();
        return new Span(at, at.plus(Duration.ofMinutes(lengthMinutes.get())));
    }

    private ZoneId zone() {
        return chosen.isEmpty() ? services.clock().getZone() : chosen.get(0).zone();
    }

    private List<Long> chosenIds() {
        return chosen.stream().map(BookableResource::id).toList();
    }

    // ---- outcomes

    private void booked(long recordId, BookingResult.Booked booked, RecordContent content) {
        Status said = words.booked(booked, this::name, nextSteps.refreshList());
        status.set(said);
        if (booked.recordLeft()) {
            leftWaitlist(recordId, said.text());
            last.offer(new LastBooking.Undoable(booked, content), () -> {
                Status shown = status.get();
                if (shown.commands().equals(List.of(undo))) {
                    status.set(new Status(shown.tone(), shown.text(), shown.detail()));
                }
            });
            status.set(Status.success(said.text(), undo));
        }
        loadDay(); // the booked time is not offered again
        loadAhead();
    }

    /** The record is off the waitlist: the panel stays on nothing; the list moving on does not move it. */
    private void leftWaitlist(long recordId, String text) {
        if (target != null && target.id() == recordId) {
            target = null;
        }
        main.booked(recordId, text);
    }

    private void refused(BookingResult.Refused refused, List<Long> ids, ZoneId zone) {
        // named while the list still has them
        Status said = words.refused(refused, ids, zone, this::name, nextSteps.refreshList(), reloadDay);
        status.set(said);
        if (refused.reason() == BookingResult.Reason.RESOURCE_GONE) {
            resources.clear();
            loadResources(); // the gone resource leaves the list
            status.set(said);
        } else if (refused.reason() == BookingResult.Reason.TIME_TAKEN) {
            loadDay(); // the taken time is not offered again
            loadAhead();
        }
    }

    private String name(long resourceId) {
        return resources.stream().filter(r -> r.id() == resourceId).map(BookableResource::name).findFirst()
                .orElse(texts.get("booking.resourceNumber", resourceId));
    }
}
