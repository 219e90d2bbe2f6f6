package dev.waitlistdesk.portal.booking;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.settings.PrivateFiles;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the desk learned about one portal where the docs are silent: whether its client.set replaces
 * a record's clients or adds to them (bitrix24-api.md §5.8), learned once from proof, and which client
 * types its waitlist takes. Kept in one owner-only file per portal, so it is learned once, not every
 * start; Copy diagnostics shows it. A file that cannot be read is ignored: the facts are learned again.
 */
public final class PortalFacts {

    /** What the portal's client.set does to the clients a record already has. */
    public enum ClientSet { REPLACES, APPENDS }

    private static final System.Logger LOG = System.getLogger(PortalFacts.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_SET = "client.set";
    private static final String CLIENT_TYPES = "client types";

    private final Path file;
    private final TreeMap<String, String> facts;

    private PortalFacts(Path file, TreeMap<String, String> facts) {
        this.file = file;
        this.facts = facts;
    }

    /** Known for as long as the object lives: for tests and tools that keep no files. */
    public static PortalFacts inMemory() {
        return new PortalFacts(null, new TreeMap<>());
    }

    /** The facts in this portal's file, kept there as they are learned. */
    public static PortalFacts keptIn(Path file) {
        return new PortalFacts(file, read(file));
    }

    /** What this portal's client.set does; empty until a save or the portal check proved it. */
    public synchronized Optional<ClientSet> clientSet() {
        try {
            return Optional.ofNullable(facts.get(CLIENT_SET)).map(ClientSet::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a file from a later version: learned again
        }
    }

    /** Keeps what a write proved. */
    public void learned(ClientSet mode) {
        keep(CLIENT_SET, mode.name());
    }

    /** Keeps the client types the portal listed, exactly as listed. */
    public void learned(List<ClientType> types) {
        keep(CLIENT_TYPES, types.stream().map(t -> t.module() + ":" + t.code()).sorted().toList().toString());
    }

    /** Every fact in words, by name, for Copy diagnostics. */
    public synchronized Map<String, String> described() {
        Map<String, String> words = new TreeMap<>(facts);
        clientSet().ifPresent(mode -> words.put(CLIENT_SET,
                mode == ClientSet.REPLACES ? "replaces the list" : "appends to the list"));
        return words;
    }

    /** Writes the file only when the fact is new or changed: a save that proves it again costs nothing. */
    private synchronized void keep(String name, String value) {
        if (value.equals(facts.put(name, value)) || file == null) {
            return;
        }
        try {
            PrivateFiles.write(file, JSON.writeValueAsBytes(facts));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot keep what was learned about the portal in {0}: {1}", file, e.getMessage());
        }
    }

    private static TreeMap<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            TreeMap<String, String> read = JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() { });
            if (read != null) {
                read.values().removeIf(v -> v == null);
                return read;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read {0} ({1}); what it held is learned again", file,
                    e.getClass().getSimpleName());
        }
        return new TreeMap<>();
    }
}
