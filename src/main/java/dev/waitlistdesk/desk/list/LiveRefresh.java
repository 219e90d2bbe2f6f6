package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.ClientNames;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.port.DateRange;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.RecordContent;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.WaitlistStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The live refresh, on the pace {@link PollPace} sets: one request reads the newest records, the open
 * ones, the rows on screen and, in the room left, the rows read longest ago, so the whole list is
 * refreshed bit by bit in the background. New records and names not seen before cost a second request,
 * only when there are some.
 */
final class LiveRefresh {

    /** How long the rows on screen stay still before those scrolled into view are read. */
    static final Duration SCROLL_PAUSE = Duration.ofMillis(300);

    /** The shortest time between two reads of rows scrolled into view. */
    static final Duration SCROLL_READS_APART = Duration.ofSeconds(3);

    private final WaitlistRows rows;
    private final OpenRecords records;
    private final WaitlistLoader loader;
    private final ClientNames names;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final Texts texts;
    /** True while the list loads: a poll waits for it. */
    private final BooleanSupplier listLoading;
    private final PollPace pace = new PollPace();
    private final BooleanProperty windowFocused = new SimpleBooleanProperty(this, "windowFocused", true);
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper(this, "freshness", "");
    /** The ids of the rows on screen, as the view last told. */
    private List<Long> visible = List.of();
    private BackgroundRunner.Running glance = BackgroundRunner.Running.NONE;
    private Instant nextPollAt = Instant.MAX;
    private Instant lastLookAt = Instant.MIN;
    /** The day the last read of the newest records (a list load or a poll) started, and of the load under way. */
    private LocalDate newestReadOn;
    private LocalDate loadStartedOn;
    private Scheduler.Cancellable nextPoll;

    LiveRefresh(WaitlistRows rows, OpenRecords records, WaitlistLoader loader, ClientNames names,
                BackgroundRunner runner, Scheduler scheduler, Texts texts, BooleanSupplier listLoading) {
        this.rows = rows;
        this.records = records;
        this.loader = loader;
        this.names = names;
        this.runner = runner;
        this.scheduler = scheduler;
        this.texts = texts;
        this.listLoading = listLoading;
        windowFocused.addListener((o, old, now) -> {
            if (now) {
                active();
            }
        });
    }

    /** Set by the view: the window coming to the front counts as use (the live refresh keeps its pace). */
    BooleanProperty windowFocusedProperty() {
        return windowFocused;
    }

    /** "Updated 10:42": when the list last heard from the portal; empty before the first load. */
    ReadOnlyStringProperty freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /**
     * The receptionist did something: the pace quickens, and a desk back in use after minutes alone
     * looks now instead of at its slowed next poll, up to 5 minutes away, with what it shows that old.
     */
    void active() {
        Instant now = scheduler.now();
        boolean back = !pace.inUse(now);
        pace.active(now);
        if (back && nextPoll != null) {
            Instant due = max(lastLookAt.plus(pace.next(now)), now.plus(SCROLL_PAUSE));
            if (nextPollAt.isAfter(due)) {
                schedulePoll(Duration.between(now, due));
            }
        }
    }

    /**
     * Set by the view: the rows on screen. Rows scrolled into view whose data is older than a poll
     * interval are read at once (after a short pause, so a fling reads only where it stops).
     */
    void showing(List<Long> ids) {
        visible = List.copyOf(ids);
        Instant now = scheduler.now();
        pace.active(now);
        Map<Long, Instant> readAt = rows.readAt();
        Instant stale = now.minus(PollPace.FASTEST);
        boolean anyStale = ids.stream().anyMatch(id -> readAt.containsKey(id) && readAt.get(id).isBefore(stale));
        // at most one such read every few seconds, however long the receptionist keeps scrolling
        Instant when = max(now.plus(SCROLL_PAUSE), lastLookAt.plus(SCROLL_READS_APART));
        if (anyStale && nextPollAt.isAfter(when)) {
            schedulePoll(Duration.between(now, when));
        }
    }

    /** One poll; a load or a save under way puts it off to the next. */
    void poll() {
        nextPoll = null;
        nextPollAt = Instant.MAX;
        if (listLoading.getAsBoolean() || glance.underWay()
                || records.all().stream().anyMatch(vm -> vm.savingProperty().get())) {
            schedulePoll();
            return;
        }
        Optional<DateRange> within;
        try {
            within = rows.createdWithin();
        } catch (IllegalArgumentException e) {
            return;
        }
        List<Long> ids = toRead();
        lastLookAt = scheduler.now();
        Set<Long> known = new HashSet<>(rows.readAt().keySet());
        LocalDate today = LocalDate.now();
        long newest = rows.newestId();
        glance = runner.run(() -> loader.look(within, ids, known), look -> {
            // newer than all a read earlier today saw: made since then, so today (no request to place it)
            if (today.equals(newestReadOn)) {
                rows.createdToday(look.added().stream().map(WaitlistRow::id).filter(id -> id > newest).toList());
            }
            newestReadOn = today;
            looked(look);
        }, failure -> {
            pace.polled(false, failure instanceof Failure.Busy);
            schedulePoll();
        });
    }

    /** A list load started: it reads everything, so the next poll waits until it ends. */
    void listLoadStarts() {
        loadStartedOn = LocalDate.now();
        if (nextPoll != null) {
            nextPoll.cancel();
            nextPoll = null;
        }
    }

    /** A list load brought the list; {@code changed}: it differed from before. */
    void listRead(boolean changed) {
        newestReadOn = loadStartedOn;
        pace.polled(changed, false);
        updated(scheduler.now());
        schedulePoll();
    }

    /** A list load failed or was cancelled; {@code busy}: the portal asked to slow down. */
    void listNotRead(boolean busy) {
        pace.polled(false, busy);
        schedulePoll();
    }

    /** A list load was stopped: polls go on. */
    void resume() {
        schedulePoll();
    }

    /** Stops the live refresh: the window is closing or another portal takes over. */
    void close() {
        if (nextPoll != null) {
            nextPoll.cancel();
            nextPoll = null;
        }
        glance.cancel();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The records a poll reads, most wanted first: open ones, those on screen, then the stalest. */
    private List<Long> toRead() {
        Set<Long> ids = new LinkedHashSet<>();
        RecordViewModel current = records.currentProperty().get();
        if (current != null && !current.goneProperty().get()) {
            ids.add(current.id());
        }
        records.all().stream().filter(vm -> !vm.goneProperty().get()).forEach(vm -> ids.add(vm.id()));
        Map<Long, Instant> readAt = rows.readAt();
        Comparator<Long> stalest = Comparator.comparing(id -> readAt.getOrDefault(id, Instant.MIN));
        List<Long> onScreen = visible.isEmpty() // not told yet: the top of the list
                ? rows.filtered().stream().limit(WaitlistStore.GLANCE_RECORDS).map(WaitlistRow::id).toList() : visible;
        onScreen.stream().filter(readAt::containsKey).sorted(stalest).forEach(ids::add);
        readAt.keySet().stream().sorted(stalest).limit(WaitlistStore.GLANCE_RECORDS).forEach(ids::add);
        return ids.stream().limit(WaitlistStore.GLANCE_RECORDS).toList();
    }

    /** What a poll found: rows changed in place, new ones on top, gone ones out. */
    private void looked(WaitlistLoader.Look look) {
        Instant now = scheduler.now();
        boolean changed = false;
        for (Map.Entry<Long, RecordState> state : look.glance().states().entrySet()) {
            changed |= portalHolds(state.getKey(), state.getValue(), now);
        }
        for (long id : look.glance().gone()) {
            rows.unread(id);
            records.deletedElsewhere(id);
            changed = true;
        }
        if (!look.added().isEmpty()) {
            rows.addNew(look.added(), now);
            changed = true;
        }
        updated(now);
        pace.polled(changed, false);
        schedulePoll();
    }

    /** A record as the portal holds it now: its row changes in place, an open record hears of it. */
    private boolean portalHolds(long id, RecordState state, Instant now) {
        rows.read(List.of(id), now, false);
        Optional<WaitlistRow> row = rows.find(id);
        List<RecordContent> seen = row.map(r -> List.of(r.content())).orElse(List.of());
        RecordContent content = names.nameKnown(state, seen);
        RecordViewModel vm = records.get(id);
        if (vm != null) {
            vm.portalHolds(content);
        }
        if (row.isEmpty() || row.get().gone() || row.get().content().equals(content)) {
            return false;
        }
        rows.replace(new WaitlistRow(id, content, false));
        return true;
    }

    private void updated(Instant now) {
        freshness.set(texts.get("list.updated", Date.from(now)));
    }

    private void schedulePoll() {
        schedulePoll(pace.next(scheduler.now()));
    }

    private void schedulePoll(Duration wait) {
        if (nextPoll != null) {
            nextPoll.cancel();
        }
        nextPollAt = scheduler.now().plus(wait);
        nextPoll = scheduler.schedule(wait, this::poll);
    }
}
