package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The drafts writer is built in the background once the first list has arrived, and only then. */
class FirstSaveWarmUpTest {

    @Test
    void theDraftsWriterIsBuiltOnceWhenTheFirstLoadEnds() {
        ObjectMapper json = new ObjectMapper();
        SimpleBooleanProperty loading = new SimpleBooleanProperty(true);
        List<Runnable> queued = new ArrayList<>();
        FirstSaveWarmUp.afterFirstLoad(loading, json, queued::add);
        assertTrue(queued.isEmpty(), "nothing while the list loads: start-up keeps both cores");

        loading.set(false);
        loading.set(true);
        loading.set(false);

        assertEquals(1, queued.size(), "once, after the first load");
        int before = serializers(json);
        queued.get(0).run();
        assertTrue(serializers(json) > before, "Jackson's writers for the drafts are built and kept");
    }

    private static int serializers(ObjectMapper json) {
        return ((DefaultSerializerProvider) json.getSerializerProvider()).cachedSerializersCount();
    }
}
