package dev.waitlistdesk.portal.booking;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The creation days found so far, one JSON file per portal ({@code {"12": "2026-11-30", …}}): a
 * record's creation day never changes, so it is derived once. Unreadable or absent: empty; a write
 * that fails only costs the derivation again next time.
 */
public final class CreatedDaysFile {

    private static final System.Logger LOG = System.getLogger(CreatedDaysFile.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<Long, LocalDate> days = new HashMap<>();

    public CreatedDaysFile(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                Map<String, String> stored = JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() { });
                stored.forEach((id, day) -> days.put(Long.parseLong(id), LocalDate.parse(day)));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Creation days in {0} could not be read ({1}); they are derived again",
                    file, e.getClass().getSimpleName());
            days.clear();
        }
    }

    public synchronized Map<Long, LocalDate> known(Collection<Long> ids) {
        Map<Long, LocalDate> known = new HashMap<>();
        ids.stream().filter(days::containsKey).forEach(id -> known.put(id, days.get(id)));
        return known;
    }

    public synchronized void add(Map<Long, LocalDate> found) {
        if (found.isEmpty()) {
            return;
        }
        days.putAll(found);
        Map<String, String> stored = new TreeMap<>();
        days.forEach((id, day) -> stored.put(Long.toString(id), day.toString()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), stored);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Creation days could not be kept in {0}: {1}", file, e.getMessage());
        }
    }
}
