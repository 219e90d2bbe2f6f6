package dev.waitlistdesk.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the desk learned about each portal it worked with (today: whether client.set replaces or
 * appends), per portal host, in one small owner-only file, so it is learned once, not every start.
 * A file that cannot be read is ignored: the facts are learned again.
 */
public final class PortalFacts {

    private static final System.Logger LOG = System.getLogger(PortalFacts.class.getName());
    private static final TypeReference<TreeMap<String, String>> TYPE = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json;
    private final TreeMap<String, String> clientSet;

    public PortalFacts(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
        this.clientSet = read();
    }

    /** What this portal's client.set does ("REPLACES" or "APPENDS"), if learned. */
    public synchronized Optional<String> clientSet(String portal) {
        return Optional.ofNullable(clientSet.get(portal));
    }

    public synchronized void clientSet(String portal, String mode) {
        if (mode.equals(clientSet.put(portal, mode))) {
            return;
        }
        try {
            PrivateFiles.write(file, json.writeValueAsBytes(clientSet));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot keep what was learned about the portal in {0}: {1}", file, e.getMessage());
        }
    }

    private TreeMap<String, String> read() {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            TreeMap<String, String> read = json.readValue(file.toFile(), TYPE);
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
