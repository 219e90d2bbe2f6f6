package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concurrency benchmark, short: 2 and 3 desks (the app's view models over real HTTP) save one
 * record at once for a few seconds, two seeds each, and 5 desks with no delay, where a chain of
 * choices could merge a client away (issue 18). No acknowledged save may be silently lost: each one
 * missing at the end was told to its owner in the record's own words, and no client is wiped.
 */
class ConcurrentSavesTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} desks, seed {1}, {2} ms a request, {3} s")
    @CsvSource({"2, 1, 5, 3", "2, 2, 5, 3", "3, 1, 5, 3", "3, 2, 5, 3", "5, 18, 0, 6"})
    void noAcknowledgedSaveIsSilentlyLost(int desks, long seed, long latencyMillis, long seconds) throws Exception {
        ConcurrentSaves.Result result;
        try (SandboxServer portal = SandboxServer.start(ConcurrentSaves.portal(folder.resolve("portal.json"),
                latencyMillis, false))) {
            result = ConcurrentSaves.run(portal, desks, seed, Duration.ofSeconds(seconds));
        }

        assertTrue(result.acknowledged() > 2, "the desks got work done: " + result.acknowledged());
        assertEquals(List.of(), result.losses(), "silently lost");
        assertEquals(List.of(), result.wipes(), "clients nobody meant to remove, missing at the end");
    }
}
