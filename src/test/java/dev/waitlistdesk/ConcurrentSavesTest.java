package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.sandbox.RunningSandbox;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The concurrency benchmark, short: 2 and 3 desks save one record at once over HTTP for a few
 * seconds, two seeds each. No acknowledged client change may be silently lost. A note written by a
 * colleague between two commands of one batch on the server can still be lost (docs/shared-desk.md,
 * the remaining window): at most one such note a run, where the desk before issue 18 lost dozens.
 */
class ConcurrentSavesTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();

    @ParameterizedTest(name = "{0} desks, seed {1}")
    @CsvSource({"2, 1", "2, 2", "3, 1", "3, 2"})
    void noAcknowledgedSaveIsSilentlyLost(int desks, long seed) throws InterruptedException {
        running.server().faults().latency(5);

        ConcurrentSaves.Result result = ConcurrentSaves.run(running.server().webhookUrl(), desks, seed,
                Duration.ofSeconds(3));

        assertTrue(result.acknowledged() > 2, "the desks got work done: " + result.acknowledged());
        List<String> notes = result.losses().stream().filter(loss -> loss.startsWith("NOTE")).toList();
        assertEquals(List.of(), result.losses().stream().filter(loss -> !loss.startsWith("NOTE")).toList(),
                "silently lost");
        assertTrue(notes.size() <= 1, "notes silently lost: " + notes);
    }
}
