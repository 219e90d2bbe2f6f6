package dev.waitlistdesk;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.StoreException;
import dev.waitlistdesk.portal.booking.BookingWaitlistStore;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxConfig.RateLimit;
import dev.waitlistdesk.sandbox.SandboxConfig.Scale;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * K receptionists saving one record at once, each at a desk as the app composes it (its own view
 * models, store, CRM adapter and REST client, {@link DeskStack}) over real HTTP, adding contacts of
 * its own from the portal's CRM. Each looks at the
 * record (the live refresh), thinks 0–100 ms, then adds a contact of its own (60 %), removes one of
 * its own (25 %) or edits the note (15 %) and saves; a conflict it answers with Merge both (when both
 * changed the note: Take theirs, then its note again); "Your added … is gone" with Add again (Remove
 * again likewise); "Your note is gone" it reads and leaves (putting notes back would start a tug of war).
 * <p>
 * A save is <em>acknowledged</em> when the record view shows it saved (no choice open, nothing unsaved)
 * and holds the change. It is <em>told</em> when its owner's record view later said, in the words the
 * receptionist reads, that it was saved over ("Your added Dora 3 Klein is gone", "Your note is gone").
 * It is <em>silently lost</em> when its change is missing at the end, nobody who saw it undid it, and
 * its owner was not told after its last acknowledgement. At the end each desk's live refresh runs
 * until nothing more is told, as it would in the next seconds. A watcher reads the record all along:
 * a read that misses clients their owners never removed is an incident; clients still missing at the
 * end are <em>wiped</em>.
 */
final class ConcurrentSaves {

    private static final RestOptions NO_WAITS = RestOptions.defaults().withTime(Clock.systemUTC(), d -> { });
    /** The contacts each desk adds (its own: only it removes them); past the last it starts again. */
    private static final int CONTACTS_PER_DESK = 100;
    private static final List<String> FIRST_NAMES = List.of("Dora", "Emil", "Frida", "Gero", "Hanna");
    /** "Your added Dora 3 Klein, Dora 5 Klein is gone: …" as the English text says it. */
    private static final Pattern ADDED_GONE = Pattern.compile("Your added (.+?) is gone:");
    private static final Pattern REMOVED_BACK = Pattern.compile("Your removed (.+?) is back:");
    private static final String NOTE_GONE = "Your note is gone:";
    private static final String SAVED_TOGETHER = "Saved together with a colleague";

    /** The figures of one run. */
    record Result(int acknowledged, int conflicts, int merges, int told, int lost, int largestIncident,
            List<String> losses, List<String> wipes) {

        int wiped() {
            return wipes.size();
        }

        double lostPerThousand() {
            return acknowledged == 0 ? 0 : 1000.0 * lost / acknowledged;
        }
    }

    private enum Op { ADD, REMOVE, NOTE }

    /** One change a receptionist meant: a client added or removed, or the note. */
    private record Change(Op op, ClientId client, String note) {
    }

    private final SandboxServer sandbox;
    private final long recordId;
    private final Path folder;
    private final List<Desk> desks = new CopyOnWriteArrayList<>();
    /** Who owns which contact: only its owner ever removes it. */
    private final Map<ClientId, Integer> owners = new ConcurrentHashMap<>();
    private final Set<ClientId> removalsTried = ConcurrentHashMap.newKeySet();
    private final Set<String> notesSeenAndChanged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger merges = new AtomicInteger();
    private final AtomicInteger told = new AtomicInteger();
    private final AtomicInteger largestIncident = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private ConcurrentSaves(SandboxServer sandbox, long recordId, Path folder) {
        this.sandbox = sandbox;
        this.recordId = recordId;
        this.folder = folder;
    }

    /** A portal as the runs use it: little demo data (each write waits for the data file), no rate limit. */
    static SandboxConfig portal(Path dataFile, long latencyMillis, boolean clientSetAppends) {
        return new SandboxConfig(dataFile, 0, 3, new Scale(10, 2, 1), RateLimit.OFF, true,
                new SandboxConfig.Faults(latencyMillis, 0, 0, 0, clientSetAppends));
    }

    /** Each desk's own contacts in the portal's CRM, one name each, made at once (each add waits for the file). */
    private static List<List<Client>> contacts(SandboxServer sandbox, int desks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<List<Client>> all = new ArrayList<>();
            for (int desk = 0; desk < desks; desk++) {
                List<Callable<Client>> adds = new ArrayList<>();
                for (int i = 1; i <= CONTACTS_PER_DESK; i++) {
                    String first = FIRST_NAMES.get(desk % FIRST_NAMES.size());
                    String last = i + " Klein";
                    adds.add(() -> new Client(ClientId.contact(sandbox.data().addContact(first, "", last, "", null,
                            List.of()).id()), first + " " + last, "", ""));
                }
                List<Client> mine = new ArrayList<>();
                for (Future<Client> added : pool.invokeAll(adds)) {
                    mine.add(added.get());
                }
                all.add(mine);
            }
            return all;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The portal did not take the contacts", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Runs {@code desks} desks on a new record of {@code sandbox} for {@code length}. */
    static Result run(SandboxServer sandbox, int desks, long seed, Duration length)
            throws InterruptedException, IOException {
        long id = store(sandbox).create(RecordState.of("start", List.of(ClientId.company(1), ClientId.company(2))), List.of());
        ConcurrentSaves run = new ConcurrentSaves(sandbox, id, Files.createTempDirectory("concurrent-saves"));
        List<List<Client>> contacts = contacts(sandbox, desks);
        for (int number = 0; number < desks; number++) {
            run.desks.add(run.new Desk(number, contacts.get(number), new Random(seed * 1_000 + number)));
        }
        List<Thread> threads = new ArrayList<>();
        for (Desk desk : run.desks) {
            threads.add(new Thread(() -> desk.work(length), "desk-" + desk.number));
        }
        Thread watcher = new Thread(run::watch, "watcher");
        watcher.start();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        run.running.set(false);
        watcher.join();
        // the next seconds of each desk's live refresh, now that nobody else writes
        for (int round = 0; round < 20 && run.desks.stream().map(Desk::settle).toList().contains(true); round++) {
            // a desk told something and made it again: look once more
        }
        return run.result(store(sandbox).read(id));
    }

    private static BookingWaitlistStore store(SandboxServer sandbox) {
        return new BookingWaitlistStore(new RestClient(Portal.webhook(sandbox.webhookUrl()), NO_WAITS));
    }

    /** One receptionist at a desk of their own; used by its own thread, then by the main thread at the end. */
    private final class Desk {

        final int number;
        final Random random;
        final DeskStack stack;
        final RecordViewModel record;
        final List<Client> contacts;
        /** Each acknowledged change and whether its owner was told of it since its last acknowledgement. */
        final Map<Change, Boolean> acknowledged = new HashMap<>();
        /** Every status text the receptionist was shown, for the account of a loss. */
        final List<String> shown = new ArrayList<>();
        int made;

        Desk(int number, List<Client> contacts, Random random) {
            this.number = number;
            this.random = random;
            this.contacts = contacts;
            contacts.forEach(client -> owners.put(client.id(), number));
            stack = new DeskStack(sandbox.webhookUrl(), folder, "desk" + number, true, false);
            record = stack.open(recordId);
            record.statusProperty().addListener((o, old, now) -> heard(now));
        }

        void work(Duration length) {
            long end = System.nanoTime() + length.toNanos();
            while (System.nanoTime() < end) {
                try {
                    stack.main.poll(); // the live refresh: the record view hears what the portal holds
                    if (answer()) {
                        continue;
                    }
                    sleep(random.nextInt(101));
                    change();
                } catch (StoreException e) {
                    // a failure is shown to the receptionist, with the picks kept: not acknowledged, not silent
                }
            }
        }

        /** Makes one change and saves it, answering a conflict as the receptionist would. */
        private void change() {
            double dice = random.nextDouble();
            List<Client> mine = record.picks().stream().filter(c -> owners.get(c.id()) != null
                    && owners.get(c.id()) == number).toList();
            Change change;
            if (dice < 0.60 || (dice < 0.85 && mine.isEmpty())) {
                Client added = contacts.get(made++ % contacts.size());
                acknowledged.keySet().removeIf(c -> added.id().equals(c.client())); // its own new choice
                record.add(added);
                change = new Change(Op.ADD, added.id(), null);
            } else if (dice < 0.85) {
                Client removed = mine.get(random.nextInt(mine.size()));
                removalsTried.add(removed.id());
                acknowledged.keySet().removeIf(c -> removed.id().equals(c.client())); // no longer its add to watch
                record.remove(removed);
                change = new Change(Op.REMOVE, removed.id(), null);
            } else {
                String note = "desk " + number + " note " + ++made;
                notesSeenAndChanged.add(record.noteProperty().get());
                record.noteProperty().set(note);
                change = new Change(Op.NOTE, null, note);
            }
            record.save();
            settleChoice();
            RecordState held = record.saved().state();
            if (!record.dirtyProperty().get() && !record.statusProperty().get().offers("merge") && in(held, change)) {
                acknowledged.put(change, false);
            }
        }

        /**
         * Answers an open choice with Merge both. When both changed the note it takes theirs and types
         * its note again: Keep mine would also take away the clients the colleague added.
         */
        private void settleChoice() {
            for (int attempt = 0; attempt < 10 && record.statusProperty().get().tone() == Status.Tone.WAITING;
                    attempt++) {
                conflicts.incrementAndGet();
                if (record.statusProperty().get().offers("merge")) {
                    record.statusProperty().get().command("merge").run();
                } else {
                    String mine = record.noteProperty().get();
                    record.statusProperty().get().command("take-theirs").run();
                    notesSeenAndChanged.add(record.noteProperty().get());
                    record.noteProperty().set(mine);
                    record.save();
                }
            }
        }

        /** Does what the status asks of the receptionist; true when there was something to do. */
        private boolean answer() {
            Status status = record.statusProperty().get();
            if (status.tone() == Status.Tone.WAITING) {
                settleChoice();
                return true;
            }
            if (status.offers("add-again") || status.offers("remove-again")) {
                status.command(status.offers("add-again") ? "add-again" : "remove-again").run();
                settleChoice();
                reacknowledge();
                return true;
            }
            if (record.dirtyProperty().get()) { // a save that failed: the picks wait on screen
                record.save();
                settleChoice();
                return true;
            }
            return false;
        }

        /** Changes made again after a notice are acknowledged again once the record holds them. */
        private void reacknowledge() {
            if (!record.dirtyProperty().get()) {
                RecordState held = record.saved().state();
                acknowledged.replaceAll((change, wasTold) -> wasTold && in(held, change) ? false : wasTold);
            }
        }

        /** The end: one more look and answer; true when the desk had something to do. */
        boolean settle() {
            try {
                stack.main.poll();
                return answer();
            } catch (StoreException e) {
                return true;
            }
        }

        /** What a status says to the receptionist about their own changes being saved over. */
        private void heard(Status status) {
            String text = status.text();
            shown.add(text);
            List<String> gone = new ArrayList<>();
            for (Pattern pattern : List.of(ADDED_GONE, REMOVED_BACK)) {
                Matcher matcher = pattern.matcher(text);
                if (matcher.find()) {
                    gone.addAll(List.of(matcher.group(1).split(", ")));
                }
            }
            boolean noteGone = text.contains(NOTE_GONE);
            if (text.startsWith(SAVED_TOGETHER)) {
                merges.incrementAndGet();
            }
            if (gone.isEmpty() && !noteGone) {
                return;
            }
            Map<ClientId, String> names = new HashMap<>();
            contacts.forEach(c -> names.put(c.id(), c.name()));
            acknowledged.replaceAll((change, wasTold) -> wasTold || (change.op() == Op.NOTE ? noteGone
                    : gone.contains(names.get(change.client()))));
            told.addAndGet(gone.size() + (noteGone ? 1 : 0));
        }
    }

    /** Whether {@code held} has the change. */
    private static boolean in(RecordState held, Change change) {
        return switch (change.op()) {
            case ADD -> held.clients().contains(change.client());
            case REMOVE -> !held.clients().contains(change.client());
            case NOTE -> held.note().equals(change.note());
        };
    }

    private void watch() {
        BookingWaitlistStore store = store(sandbox);
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
        int acknowledged = 0;
        for (Desk desk : desks) {
            acknowledged += desk.acknowledged.size();
            desk.acknowledged.forEach((change, wasTold) -> {
                boolean missing = switch (change.op()) {
                    case ADD -> !in(end, change) && !removalsTried.contains(change.client());
                    case REMOVE -> !in(end, change);
                    case NOTE -> !in(end, change) && !notesSeenAndChanged.contains(change.note());
                };
                if (missing && !wasTold) {
                    String name = desk.contacts.stream().filter(c -> c.id().equals(change.client())).map(Client::name)
                            .findFirst().orElse(change.note());
                    losses.add(change.op() + " " + name + " (desk " + desk.number + "; it was shown: "
                            + desk.shown.stream().filter(t -> t.contains(name) || t.contains("note")).toList() + ")");
                }
            });
        }
        List<String> wipes = new ArrayList<>();
        owners.forEach((client, owner) -> {
            Desk desk = desks.get(owner);
            Boolean wasTold = desk.acknowledged.get(new Change(Op.ADD, client, null));
            if (!end.clients().contains(client) && !removalsTried.contains(client) && wasTold != null) {
                String name = desk.contacts.stream().filter(c -> c.id().equals(client)).map(Client::name).findFirst()
                        .orElseThrow();
                wipes.add(name + " (contact " + client.id() + ", desk " + owner + (wasTold ? ", told" : ", not told")
                        + "; it was shown: " + desk.shown.stream().filter(t -> t.contains(name)).toList() + ")");
            }
        });
        return new Result(acknowledged, conflicts.get(), merges.get(), told.get(), losses.size(),
                largestIncident.get(), losses, wipes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
