package dev.waitlistdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.settings.DraftStore;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Builds, in the background, what the first save would otherwise build while the receptionist waits:
 * Jackson's writer for the drafts file (looking at the draft records' classes takes 100-250 ms the
 * first time on a 2-core machine, 5-30 ms once built). It runs once the first list has arrived, so it
 * takes no core from the start-up.
 */
final class FirstSaveWarmUp {

    private static final System.Logger LOG = System.getLogger(FirstSaveWarmUp.class.getName());

    private FirstSaveWarmUp() {
    }

    /** Runs the warm-up on {@code executor} the first time {@code loading} turns false. */
    static void afterFirstLoad(ObservableValue<Boolean> loading, ObjectMapper json, Executor executor) {
        loading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (!now) {
                    value.removeListener(this);
                    executor.execute(() -> draftsWriter(json));
                }
            }
        });
    }

    /** Writes a draft to nowhere with the same mapper the drafts file uses: its serializers stay built. */
    static void draftsWriter(ObjectMapper json) {
        try {
            json.writeValueAsBytes(new TreeMap<>(Map.of(0L, new DraftStore.Draft("",
                    List.of(new DraftStore.Pick("CONTACT", 0, "", "")), "", List.of(), List.of(0L)))));
        } catch (JsonProcessingException e) {
            LOG.log(Level.DEBUG, "Warming up the drafts writer failed: {0}", e.getMessage()); // the save builds it then
        }
    }
}
