package dev.waitlistdesk.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Unsaved work per waitlist record, in one small owner-only JSON file, so a closed or crashed app
 * loses nothing. The file is rewritten on every change: it holds a handful of records at most.
 * One file per portal (the caller picks the name), so record 12 of one portal never gets the
 * picks made for record 12 of another.
 */
public final class DraftStore {

    /** One picked client as the receptionist saw it. {@code kind} is "CONTACT" or "COMPANY". */
    public record Pick(String kind, long id, String name, String phone) {
    }

    /**
     * The unsaved note and client list of one record, and what the record held when the edit began
     * (null in files from before it was kept), so only what the receptionist changed is re-applied.
     */
    public record Draft(String note, List<Pick> picks, String baseNote, List<Pick> basePicks) {
        public Draft {
            note = note == null ? "" : note;
            picks = picks == null ? List.of() : List.copyOf(picks);
            basePicks = basePicks == null ? null : List.copyOf(basePicks);
        }

        public Draft(String note, List<Pick> picks) {
            this(note, picks, null, null);
        }
    }

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());
    private static final TypeReference<TreeMap<Long, Draft>> TYPE = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json;
    private final TreeMap<Long, Draft> drafts;
    private Path setAside;

    public DraftStore(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
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

    private void write() {
        try {
            PrivateFiles.write(file, json.writeValueAsBytes(drafts));
        } catch (IOException e) {
            // Losing a draft file must not stop the receptionist; the picks are still on screen.
            LOG.log(Level.WARNING, "Cannot write the drafts to {0}: {1}", file, e.getMessage());
        }
    }
}
