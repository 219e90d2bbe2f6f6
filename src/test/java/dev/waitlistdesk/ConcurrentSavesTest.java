package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.sandbox.RunningSandbox;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The concurrency benchmark, short: 2 and 3 desks save one record at once over HTTP for a few
 * seconds, two seeds each. No acknowledged save may be silently lost.
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
        assertEquals(0, result.lost(), "silently lost: " + result.losses());
    }
}
