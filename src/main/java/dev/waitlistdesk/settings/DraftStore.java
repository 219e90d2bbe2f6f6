package dev.waitlistdesk.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Unsaved work per waitlist record, in one small owner-only JSON file, so a closed or crashed app
 * loses nothing. The file is rewritten on every change (it holds a handful of records at most), by a
 * thread of its own, so the FX thread never waits for the disk.
 * One file per portal (the caller picks the name), so record 12 of one portal never gets the
 * picks made for record 12 of another.
 */
public final class DraftStore {

    /** One picked client as the receptionist saw it. {@code kind} is "CONTACT" or "COMPANY". */
    public record Pick(String kind, long id, String name, String phone) {
    }

    /**
     * The unsaved note and client list of one record, and what the record held when the edit began
     * (null in files from before it was kept), so only what the receptionist changed is re-applied;
     * and the deal ids the record linked when last read, so a record deleted on the portal is re-created
     * with its deal links even after a restart (empty in older files).
     */
    public record Draft(String note, List<Pick> picks, String baseNote, List<Pick> basePicks, List<Long> deals) {
        public Draft {
            note = note == null ? "" : note;
            picks = picks == null ? List.of() : List.copyOf(picks);
            basePicks = basePicks == null ? null : List.copyOf(basePicks);
            deals = deals == null ? List.of() : List.copyOf(deals);
        }

        public Draft(String note, List<Pick> picks) {
            this(note, picks, null, null, null);
        }
    }

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());
    private static final Duration FLUSH_WAIT = Duration.ofSeconds(10);
    private static final TypeReference<TreeMap<Long, Draft>> TYPE = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json;
    private final TreeMap<Long, Draft> drafts;
    private Path setAside;
    /** The newest drafts not yet taken by the writer; null when nothing waits. */
    private final AtomicReference<Map<Long, Draft>> pending = new AtomicReference<>();
    /** Runs the writes one after another: a thread of the store's own, or the caller's in tests. */
    private final Executor writer;

    public DraftStore(Path file, ObjectMapper json) {
        this(file, json, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "drafts-writer");
            thread.setDaemon(true); // close() writes what is pending; a daemon never holds the app open
            return thread;
        }));
    }

    /** Writing with {@code writer}, which must run the writes in order ({@code Runnable::run} does, at once). */
    public DraftStore(Path file, ObjectMapper json, Executor writer) {
        this.file = file;
        this.json = json;
        this.writer = writer;
        this.drafts = read();
    }

    /** Where an unreadable drafts file was moved at start, so nothing in it is overwritten; empty otherwise. */
    public Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    public Optional<Draft> get(long recordId) {
        return Optional.ofNullable(drafts.get(recordId));
    }

    public Map<Long, Draft> all() {
        return Map.copyOf(drafts);
    }

    public void put(long recordId, Draft draft) {
        if (!draft.equals(drafts.put(recordId, draft))) {
            write();
        }
    }

    public void remove(long recordId) {
        if (drafts.remove(recordId) != null) {
            write();
        }
    }

    /** Returns once every change so far is on disk (or failed to get there, which is logged). */
    public void flush() {
        try {
            CompletableFuture.runAsync(() -> { }, writer).get(FLUSH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.log(Level.WARNING, "The drafts in {0} may not all be written: {1}", file, e.toString());
        }
    }

    /** Writes what is pending and stops the writer: called as the app closes or leaves this portal. */
    public void close() {
        if (writer instanceof ExecutorService thread && !thread.isShutdown()) {
            flush();
            thread.shutdown();
        }
    }

    private TreeMap<Long, Draft> read() {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            TreeMap<Long, Draft> read = json.readValue(file.toFile(), TYPE);
            if (read == null || read.containsValue(null)) {
                throw new IOException("the file holds null"); // as unreadable: kept aside, told once
            }
            return read;
        } catch (IOException | RuntimeException e) {
            // Never log the content: a parser's message quotes it. Keep the file for a person to look at.
            setAside = file.resolveSibling(file.getFileName() + ".unreadable-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()));
            LOG.log(Level.WARNING, "Cannot read the drafts in {0} ({1}); moved aside to {2}", file,
                    e.getClass().getSimpleName(), setAside.getFileName());
            try {
                Files.move(file, setAside);
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "Cannot move {0} aside: {1}", file, moveFailed.getMessage());
            }
            return new TreeMap<>();
        }
    }

    /**
     * The drafts as they are now, turned into JSON and written by the writer thread, off the caller's (the
     * FX) thread: the caller only copies the map (drafts are immutable). One thread writes in order; a write
     * that a newer one overtook before it started is skipped, so the file ends with the last change.
     */
    private void write() {
        if (pending.getAndSet(new TreeMap<>(drafts)) != null) {
            return; // a write is queued: it takes these newer drafts
        }
        try {
            writer.execute(() -> {
                try {
                    PrivateFiles.write(file, json.writeValueAsBytes(pending.getAndSet(null)));
                } catch (IOException e) {
                    // Losing a draft file must not stop the receptionist; the picks are still on screen.
                    LOG.log(Level.WARNING, "Cannot write the drafts to {0}: {1}", file, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "The drafts in {0} changed after they were closed", file);
        }
    }
}
