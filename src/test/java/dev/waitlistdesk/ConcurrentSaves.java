package dev.waitlistdesk;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.BookingWaitlistStore;
import dev.waitlistdesk.desk.common.Changes;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.SaveOutcome;
import dev.waitlistdesk.port.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * K desks saving one record at once, each a stack as the app composes it (its own RestClient and
 * BookingWaitlistStore) over real HTTP. Each reads, thinks 0–100 ms, then adds a contact of its own
 * (60 %), removes one of its own (25 %) or edits the note (15 %); on a conflict it saves again as
 * Merge both (or, when both changed the note, Keep mine) would. A save is <em>acknowledged</em> when
 * it ends saved with the receptionist's change in the record; it is <em>silently lost</em> when its
 * change is missing at the end and nobody who saw it undid it. A watcher reads the record all along:
 * a read that misses clients whose owners never removed them is an incident (a wipe, if large).
 * As the desk does, each desk's next read (and a last one at the end, as the live refresh would)
 * tells the owner of a client change of theirs that someone undid; the owner adds or removes it
 * again. Such a change is <em>told</em>, not silently lost.
 */
final class ConcurrentSaves {

    /** Off (-Dbenchmark.tells=false) for desks from before the desk told the owner (issue 18): a baseline. */
    private static final boolean TELLS = !"false".equals(System.getProperty("benchmark.tells"));
    private static final RestOptions NO_WAITS = RestOptions.defaults().withTime(Clock.systemUTC(), d -> { });

    /** The figures of one run. */
    record Result(int acknowledged, int conflicts, int merges, int told, int lost, int largestIncident,
            List<String> losses) {

        double lostPerThousand() {
            return acknowledged == 0 ? 0 : 1000.0 * lost / acknowledged;
        }
    }

    private enum Op { ADD, REMOVE, NOTE }

    private record Ack(Op op, ClientId client, String note, String baseNote) {
    }

    private final String webhookUrl;
    private final long recordId;
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final Set<ClientId> removalsTried = ConcurrentHashMap.newKeySet();
    private final Set<String> notesSeenAndChanged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger merges = new AtomicInteger();
    private final AtomicInteger told = new AtomicInteger();
    private final AtomicInteger largestIncident = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private ConcurrentSaves(String webhookUrl, long recordId) {
        this.webhookUrl = webhookUrl;
        this.recordId = recordId;
    }

    /** Runs {@code desks} desks on a new record of the portal behind {@code webhookUrl} for {@code length}. */
    static Result run(String webhookUrl, int desks, long seed, Duration length) throws InterruptedException {
        long id = store(webhookUrl).create(RecordState.of("start", List.of(ClientId.company(1), ClientId.company(2))), List.of());
        ConcurrentSaves run = new ConcurrentSaves(webhookUrl, id);
        List<Thread> threads = new ArrayList<>();
        for (int desk = 0; desk < desks; desk++) {
            int number = desk;
            threads.add(new Thread(() -> run.desk(number, new Random(seed * 1_000 + number), length), "desk-" + desk));
        }
        Thread watcher = new Thread(run::watch, "watcher");
        watcher.start();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        run.running.set(false);
        watcher.join();
        for (Desk desk : run.desks) { // each desk's live refresh after the others stopped
            for (int i = 0; i < 20 && run.noticeUndone(desk, desk.store.read(id)); i++) {
                // told, and made again; read again
            }
        }
        RecordState end = store(webhookUrl).read(id);
        return run.result(end);
    }

    private static BookingWaitlistStore store(String webhookUrl) {
        return new BookingWaitlistStore(new RestClient(Portal.webhook(webhookUrl), NO_WAITS));
    }

    /** One desk's store and the changes it saved, which it watches for a colleague undoing them. */
    private record Desk(int number, BookingWaitlistStore store, List<Ack> saved) {
    }

    private final Set<Ack> toldNotes = ConcurrentHashMap.newKeySet();

    private final List<Desk> desks = new CopyOnWriteArrayList<>();

    private void desk(int number, Random random, Duration length) {
        Desk desk = new Desk(number, store(webhookUrl), new ArrayList<>());
        desks.add(desk);
        BookingWaitlistStore store = desk.store();
        long end = System.nanoTime() + length.toNanos();
        int made = 0;
        while (System.nanoTime() < end) {
            try {
                RecordState base = store.read(recordId);
                if (noticeUndone(desk, base)) {
                    continue;
                }
                sleep(random.nextInt(101));
                double dice = random.nextDouble();
                List<ClientId> mine = base.clients().stream().filter(c -> owner(c) == number).toList();
                Set<ClientId> clients = new LinkedHashSet<>(base.clients());
                Ack intent;
                String note = base.note();
                if (dice < 0.60 || (dice < 0.85 && mine.isEmpty())) {
                    ClientId added = ClientId.contact(1_000_000L * (number + 1) + ++made);
                    clients.add(added);
                    intent = new Ack(Op.ADD, added, null, null);
                } else if (dice < 0.85) {
                    ClientId removed = mine.get(random.nextInt(mine.size()));
                    removalsTried.add(removed);
                    clients.remove(removed);
                    intent = new Ack(Op.REMOVE, removed, null, null);
                } else {
                    note = "desk " + number + " note " + ++made;
                    intent = new Ack(Op.NOTE, null, note, null);
                }
                save(desk, base, RecordState.of(note, clients), intent);
            } catch (StoreException e) {
                // a failure is told to the receptionist: not acknowledged, not silent
            }
        }
    }

    /**
     * What the desk tells its receptionist on a read: a client change of theirs someone undid
     * ("Your added … is gone"), which they then add or remove again. True when there was one.
     */
    private boolean noticeUndone(Desk desk, RecordState read) {
        if (!TELLS) {
            return false;
        }
        for (Ack ack : List.copyOf(desk.saved())) {
            if (ack.op() == Op.NOTE) { // told ("Your note was replaced"); the receptionist decides
                if (!read.note().equals(ack.note())) {
                    told.incrementAndGet();
                    toldNotes.add(ack);
                    desk.saved().remove(ack);
                }
                continue;
            }
            boolean undone = ack.op() == Op.ADD ? !read.clients().contains(ack.client()) : read.clients().contains(ack.client());
            if (undone) {
                told.incrementAndGet();
                desk.saved().remove(ack);
                Set<ClientId> clients = new LinkedHashSet<>(read.clients());
                if (ack.op() == Op.ADD) {
                    clients.add(ack.client());
                } else {
                    clients.remove(ack.client());
                }
                save(desk, read, RecordState.of(read.note(), clients), ack);
                return true;
            }
        }
        return false;
    }

    /** Saves, answering conflicts as Merge both (Keep mine when both changed the note) would. */
    private void save(Desk desk, RecordState base, RecordState desired, Ack intent) {
        if (intent.op() == Op.REMOVE) { // its own earlier add is no longer watched
            desk.saved().removeIf(a -> intent.client().equals(a.client()));
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            SaveOutcome outcome = desk.store().save(recordId, base, desired);
            if (outcome instanceof SaveOutcome.Saved saved) {
                if (kept(saved.held(), base, desired)) {
                    if (!saved.held().equals(desired)) {
                        merges.incrementAndGet();
                    }
                    if (intent.op() == Op.NOTE) {
                        notesSeenAndChanged.add(base.note());
                    }
                    Ack ack = intent.op() == Op.NOTE ? new Ack(Op.NOTE, null, desired.note(), base.note()) : intent;
                    if (!acks.contains(ack)) { // made again after being told: one acknowledged save
                        acks.add(ack);
                    }
                    if (ack.op() == Op.NOTE) {
                        desk.saved().removeIf(a -> a.op() == Op.NOTE); // only its newest note is watched
                    }
                    desk.saved().add(ack);
                }
                return;
            }
            conflicts.incrementAndGet();
            RecordState theirs = ((SaveOutcome.Conflict) outcome).theirs();
            // both sides' clients; my note (Merge both, or Keep mine for the note when both changed it)
            RecordState clients = Changes.merge(base, RecordState.of(base.note(), desired.clients()), theirs)
                    .orElseThrow();
            String note = desired.note().equals(base.note()) ? theirs.note() : desired.note();
            desired = RecordState.of(note, clients.clients());
            base = theirs;
        }
    }

    /** Whether {@code held} has everything the receptionist changed from {@code base} to {@code desired}. */
    static boolean kept(RecordState held, RecordState base, RecordState desired) {
        Changes mine = Changes.between(base, desired);
        return held.clients().containsAll(mine.added()) && mine.removed().stream().noneMatch(held.clients()::contains)
                && (!mine.noteChanged() || held.note().equals(desired.note()));
    }

    private static int owner(ClientId client) {
        return (int) (client.id() / 1_000_000L) - 1;
    }

    private void watch() {
        BookingWaitlistStore store = store(webhookUrl);
        Set<ClientId> last = null;
        while (running.get()) {
            try {
                Set<ClientId> now = store.read(recordId).clients();
                if (last != null) {
                    long gone = last.stream().filter(c -> !now.contains(c) && !removalsTried.contains(c)).count();
                    largestIncident.accumulateAndGet((int) gone, Math::max);
                }
                last = now;
                sleep(5);
            } catch (StoreException e) {
                last = null;
            }
        }
    }

    private Result result(RecordState end) {
        List<String> losses = new ArrayList<>();
        for (Ack ack : acks) {
            boolean lost = switch (ack.op()) {
                case ADD -> !end.clients().contains(ack.client()) && !removalsTried.contains(ack.client());
                case REMOVE -> end.clients().contains(ack.client());
                case NOTE -> !end.note().equals(ack.note()) && !notesSeenAndChanged.contains(ack.note())
                        && !toldNotes.contains(ack);
            };
            if (lost) {
                losses.add(ack.op() + " " + (ack.client() == null ? ack.note() : ack.client()));
            }
        }
        return new Result(acks.size(), conflicts.get(), merges.get(), told.get(), losses.size(), largestIncident.get(),
                losses);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
