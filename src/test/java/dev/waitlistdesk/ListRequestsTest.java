package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxConfig.RateLimit;
import dev.waitlistdesk.sandbox.SandboxConfig.Scale;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole waitlist with every client's name costs at most ⌈N/50⌉ + 3 requests to the portal (what
 * its rate limit counts), counted by the sandbox over real HTTP. Counted, not timed. The waiting
 * times, derived once per record, are left out here: WaitingSinceTest counts them.
 */
class ListRequestsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {30, 50, 200, 1_000})
    void theListCostsAtMostOneRequestPerFiftyRecordsPlusThree(int records) {
        SandboxConfig config = new SandboxConfig(dir.resolve("portal.json"), 0, 5, new Scale(2_000, 200, records),
                RateLimit.OFF, true);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            long before = sandbox.requestsServed();

            DeskStack desk = new DeskStack(sandbox.webhookUrl(), dir, "desk", true, false);

            long requests = sandbox.requestsServed() - before;
            assertEquals(records, desk.main.rows().size());
            assertTrue(requests <= (records + 49) / 50 + 3, requests + " requests for " + records + " records");
            assertTrue(desk.main.rows().stream().allMatch(row -> row.clients().stream()
                    .noneMatch(c -> c.name().startsWith("Client #"))), "every client has a name");
        }
    }

    /**
     * The first batch holds 49 pages and the client types, so 2,500 records take a second list request,
     * which also holds the empty page that proves the end where the portal tells no total (the docs
     * show none): ⌈N/50⌉ + 4 either way. The client types cost nothing of their own.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void twoThousandFiveHundredRecordsCostTheSameWithOrWithoutATotal(boolean portalTellsTotal) {
        int records = 2_500;
        SandboxConfig config = new SandboxConfig(dir.resolve("portal.json"), 0, 5, new Scale(2_000, 200, records),
                RateLimit.OFF, true);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            sandbox.faults().listTotals(portalTellsTotal);
            long before = sandbox.requestsServed();

            DeskStack desk = new DeskStack(sandbox.webhookUrl(), dir, "desk", true, false);

            assertEquals(records, desk.main.rows().size());
            assertEquals(records / 50 + 4, sandbox.requestsServed() - before);
        }
    }
}
