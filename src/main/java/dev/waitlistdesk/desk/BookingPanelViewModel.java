package dev.waitlistdesk.desk;

import dev.waitlistdesk.desk.Status.Action;
import dev.waitlistdesk.desk.Status.Tone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    private final DeskContext ctx;
    private final BookingServices services;
    private final MainViewModel main;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canBook = new ReadOnlyBooleanWrapper(this, "canBook");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper(this, "period", "");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
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
    private Map<Long, ResourceDay> loadedDay = Map.of();
    private Instant dayLoadedAt;
    private BackgroundRunner.Running loading;

    public BookingPanelViewModel(DeskContext ctx, BookingServices services, MainViewModel main) {
        this.ctx = ctx;
        this.services = services;
        this.main = main;
        filter.addListener((o, old, text) -> shownResources.setPredicate(r -> r.matches(text)));
        day.addListener((o, old, now) -> loadDay());
        lengthMinutes.addListener((o, old, now) -> showStarts());
        start.addListener((o, old, now) -> update());
        main.currentProperty().addListener((o, old, now) -> update());
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
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

    /** The chosen period in words ("Mon 30 Nov, 10:00–11:00, Europe/Berlin"), empty until a start is chosen. */
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

    /** Opens the panel for the open record (Ctrl+B); false when no record is open. */
    public boolean open() {
        if (main.currentProperty().get() == null) {
            return false;
        }
        open.set(true);
        status.set(Status.NONE);
        if (resources.isEmpty()) {
            loadResources();
        } else {
            loadDay();
        }
        update();
        return true;
    }

    public void close() {
        if (loading != null) {
            loading.cancel();
            loadingDone();
        }
        open.set(false);
    }

    /** The panel gained the focus: a day shown for a while is read again (a colleague may have booked). */
    public void focused() {
        if (open.get() && dayLoadedAt != null && loading == null
                && !services.clock().instant().isBefore(dayLoadedAt.plus(RELOAD_AFTER))) {
            loadDay();
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
                return; // the day's listener loads it
            }
        }
        loadDay();
    }

    public List<BookableResource> chosen() {
        return List.copyOf(chosen);
    }

    /** Books the open record at the chosen start for the chosen length on the chosen resources. */
    public void book() {
        update();
        RecordViewModel record = main.currentProperty().get();
        if (!canBook.get() || record == null) {
            if (open.get() && record != null && lengthMinutes.get() <= 0) {
                status.set(new Status(Tone.ERROR, ctx.texts().get("booking.badLength"), ""));
            }
            return;
        }
        long recordId = record.id();
        Span span = chosenSpan();
        ZoneId zone = zone();
        List<Long> ids = chosen.stream().map(BookableResource::id).toList();
        String name = record.saved().note();
        status.set(Status.busy(ctx.texts().get("booking.booking")));
        start(() -> services.booking().book(recordId, ids, span, zone, name), result -> {
            if (result instanceof BookingResult.Booked booked) {
                booked(recordId, booked);
            } else {
                refused((BookingResult.Refused) result);
            }
        }, this::bookFailed);
    }

    /** Carries out an action the status offers. */
    public void act(Action action) {
        switch (action) {
            case REFRESH_LIST -> main.refresh();
            case RELOAD_DAY, RETRY -> {
                if (resources.isEmpty()) {
                    loadResources();
                } else {
                    loadDay();
                }
            }
            case OPEN_SETTINGS -> ctx.dialogs().openSettings();
            default -> { }
        }
    }

    // ---- loading

    private void loadResources() {
        status.set(Status.busy(ctx.texts().get("booking.loadingResources")));
        start(() -> services.booking().resources(), loaded -> {
            resources.setAll(loaded);
            chosen.retainAll(loaded);
            if (loaded.isEmpty()) {
                status.set(Status.info(ctx.texts().get("booking.noResources")));
            } else if (status.get().tone() == Tone.BUSY) {
                status.set(Status.NONE);
            }
            if (!chosen.isEmpty()) {
                loadDay();
            }
        }, failure -> status.set(ctx.problems().describe(failure)));
    }

    private void loadDay() {
        if (loading != null && busyBooking()) {
            return; // the booking's outcome reloads the day
        }
        if (!open.get() || chosen.isEmpty() || day.get() == null) {
            clearDay();
            return;
        }
        LocalDate wanted = day.get();
        List<Long> ids = chosen.stream().map(BookableResource::id).toList();
        if (loading != null) {
            loading.cancel(); // a newer choice replaces the day on its way
            loadingDone();
        }
        Status before = status.get();
        if (before.tone() == Tone.NONE || before.tone() == Tone.BUSY) {
            status.set(Status.busy(ctx.texts().get("booking.loadingDay")));
        }
        start(() -> services.booking().day(wanted, ids), loaded -> {
            loadedDay = loaded;
            dayLoadedAt = services.clock().instant();
            if (status.get().tone() == Tone.BUSY) {
                status.set(Status.NONE);
            }
            showDay();
        }, failure -> status.set(ctx.problems().describe(failure)));
    }

    private boolean busyBooking() {
        return status.get().tone() == Tone.BUSY && status.get().text().equals(ctx.texts().get("booking.booking"));
    }

    private <T> void start(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                           java.util.function.Consumer<Failure> failed) {
        busy.set(true);
        boolean[] finished = {false};
        BackgroundRunner.Running running = ctx.runner().run(work, result -> {
            finished[0] = true;
            loadingDone();
            done.accept(result);
            update();
        }, failure -> {
            finished[0] = true;
            loadingDone();
            failed.accept(failure);
            update();
        });
        if (!finished[0]) { // a runner may have finished the work already
            loading = running;
        }
    }

    private void loadingDone() {
        loading = null;
        busy.set(false);
    }

    private void clearDay() {
        loadedDay = Map.of();
        strips.clear();
        showStarts();
    }

    // ---- showing

    private void showDay() {
        List<Span> working = loadedDay.values().stream().flatMap(d -> d.working().stream()).toList();
        strips.clear();
        if (!working.isEmpty()) {
            Instant from = working.stream().map(Span::start).min(Instant::compareTo).orElseThrow();
            Instant to = working.stream().map(Span::end).max(Instant::compareTo).orElseThrow();
            for (BookableResource resource : chosen) {
                ResourceDay resourceDay = loadedDay.get(resource.id());
                if (resourceDay != null) {
                    strips.add(strip(resource, resourceDay, from, to));
                }
            }
        }
        showStarts();
    }

    private DayStrip strip(BookableResource resource, ResourceDay resourceDay, Instant from, Instant to) {
        double whole = Duration.between(from, to).toSeconds();
        List<DayStrip.Part> parts = new ArrayList<>();
        for (Span working : resourceDay.working()) {
            parts.add(new DayStrip.Part(fraction(from, working.start(), whole), fraction(from, working.end(), whole), false));
        }
        for (Span free : resourceDay.free()) {
            parts.add(new DayStrip.Part(fraction(from, free.start(), whole), fraction(from, free.end(), whole), true));
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(resource.zone());
        String freeTimes = resourceDay.free().stream().map(s -> time.format(s.start()) + "–" + time.format(s.end()))
                .collect(Collectors.joining(", "));
        String summary = resourceDay.free().isEmpty() ? ctx.texts().get("booking.strip.full", resource.name())
                : ctx.texts().get("booking.strip.free", resource.name(), freeTimes);
        return new DayStrip(resource.id(), resource.name(), parts, summary);
    }

    private static double fraction(Instant from, Instant at, double whole) {
        return whole <= 0 ? 0 : Duration.between(from, at).toSeconds() / whole;
    }

    private void showStarts() {
        StartTime was = start.get();
        List<StartTime> next = new ArrayList<>();
        if (lengthMinutes.get() > 0 && !loadedDay.isEmpty() && loadedDay.keySet().containsAll(
                chosen.stream().map(BookableResource::id).toList())) {
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone());
            List<ResourceDay> days = chosen.stream().map(r -> loadedDay.get(r.id())).toList(); // first one's grid
            for (Instant at : ResourceDay.commonStarts(days, Duration.ofMinutes(lengthMinutes.get()),
                    services.clock().instant())) {
                next.add(new StartTime(at, time.format(at)));
            }
        }
        starts.setAll(next);
        start.set(was != null && next.contains(was) ? was : next.isEmpty() ? null : next.get(0));
        if (next.isEmpty() && !loadedDay.isEmpty() && status.get().tone() == Tone.NONE) {
            status.set(Status.info(ctx.texts().get(lengthMinutes.get() > 0 ? "booking.noTimes" : "booking.badLength")));
        } else if (!next.isEmpty() && status.get().tone() == Tone.INFO && status.get().actions().isEmpty()) {
            status.set(Status.NONE);
        }
        update();
    }

    private void update() {
        RecordViewModel record = main.currentProperty().get();
        title.set(record == null ? ctx.texts().get("booking.noRecord") : ctx.texts().get("booking.title", record.id()));
        boolean ready = record != null && !chosen.isEmpty() && start.get() != null && lengthMinutes.get() > 0;
        canBook.set(open.get() && ready && !busy.get());
        period.set(ready ? describe(chosenSpan(), zone()) : "");
    }

    private Span chosenSpan() {
        Instant at = start.get().at();
        return new Span(at, at.plus(Duration.ofMinutes(lengthMinutes.get())));
    }

    private ZoneId zone() {
        return chosen.isEmpty() ? services.clock().getZone() : chosen.get(0).zone();
    }

    private String describe(Span span, ZoneId zone) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(ctx.texts().get("booking.date.pattern"),
                ctx.texts().bundle().getLocale()).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        return ctx.texts().get("booking.period", date.format(span.start()), time.format(span.start()),
                time.format(span.end()), zone.getId());
    }

    // ---- outcomes

    private void booked(long recordId, BookingResult.Booked booked) {
        String names = names(booked.resourceIds());
        String text = ctx.texts().get(booked.recordLeft() ? "booking.booked" : "booking.bookedKept",
                booked.bookingId(), describe(booked.period(), booked.zone()), names);
        status.set(booked.recordLeft() ? Status.success(text) : Status.success(text, Action.REFRESH_LIST));
        if (booked.recordLeft()) {
            main.booked(recordId, text);
        }
        loadDay(); // the booked time is not offered again
    }

    private void refused(BookingResult.Refused refused) {
        String detail = ctx.problems().smallPrint(refused.evidence());
        Status shown;
        // Java 17: a switch over the reason, each with its next step.
        switch (refused.reason()) {
            case RECORD_GONE -> shown = new Status(Tone.ERROR, ctx.texts().get("booking.refused.recordGone"), detail,
                    Action.REFRESH_LIST);
            case RESOURCE_GONE -> {
                shown = new Status(Tone.ERROR, ctx.texts().get("booking.refused.resourceGone",
                        names(refused.missingResourceIds()), refused.missingResourceIds().size()), detail);
                resources.clear();
                loadResources(); // the gone resource disappears from the list
            }
            case NO_RESOURCES -> shown = new Status(Tone.ERROR, ctx.texts().get("booking.refused.noResources"), detail);
            case TIME_TAKEN -> {
                shown = new Status(Tone.ERROR, ctx.texts().get("booking.refused.timeTaken", names(chosen.stream()
                        .map(BookableResource::id).toList()), describeConflicts(refused.conflicts())), detail);
                loadDay();
            }
            default -> shown = new Status(Tone.ERROR, ctx.texts().get("booking.refused.unavailable",
                    names(chosen.stream().map(BookableResource::id).toList())), detail, Action.RELOAD_DAY);
        }
        status.set(shown);
    }

    private String describeConflicts(List<Span> conflicts) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone());
        return conflicts.stream().map(s -> time.format(s.start()) + "–" + time.format(s.end()))
                .collect(Collectors.joining(", "));
    }

    private void bookFailed(Failure failure) {
        if (failure instanceof Failure.RecordGone) {
            status.set(new Status(Tone.ERROR, ctx.texts().get("booking.refused.recordGone"),
                    ctx.problems().smallPrint(failure.evidence()), Action.REFRESH_LIST));
        } else if (failure instanceof Failure.Refused) {
            status.set(new Status(Tone.ERROR, ctx.texts().get("booking.invalidPeriod"),
                    ctx.problems().smallPrint(failure.evidence()), Action.RELOAD_DAY));
        } else {
            Status general = ctx.problems().describe(failure);
            status.set(new Status(general.tone(), ctx.texts().get("booking.notBooked") + " " + general.text(),
                    general.detail(), general.actions()));
        }
    }

    private String names(List<Long> ids) {
        return ids.stream().map(id -> resources.stream().filter(r -> r.id() == id).map(BookableResource::name)
                .findFirst().orElse(ctx.texts().get("booking.resourceNumber", id))).collect(Collectors.joining(", "));
    }
}
