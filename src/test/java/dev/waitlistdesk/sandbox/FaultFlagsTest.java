package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault modes from the command line, and the append test aid for client.set. */
class FaultFlagsTest {

    @TempDir
    Path folder;

    @Test
    void faultFlagsBecomeTheConfig() {
        SandboxConfig config = SandboxMain.parse(new String[] {"--latency-ms", "40", "--html500-every", "3",
            "--reset-every", "4", "--slow-answers-ms", "500", "--client-set-appends"});

        assertEquals(new SandboxConfig.Faults(40, 3, 4, 500, true), config.faults());
        assertEquals(SandboxConfig.Faults.NONE, SandboxMain.parse(new String[0]).faults());
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--reset-every", "-1"}));
    }

    @Test
    void rateAndBurstFlagsSetTheBucket() {
        assertEquals(new SandboxConfig.RateLimit(0.5, 10, true),
                SandboxMain.parse(new String[] {"--no-rate-limit", "--rate", "0.5", "--burst", "10"}).rateLimit());
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--rate", "fast"}));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--burst", "0"}));
    }

    private SandboxServer start(SandboxConfig.Faults faults) {
        return SandboxServer.start(SandboxConfig.defaults(folder.resolve("p.json"))
                .withRateLimit(SandboxConfig.RateLimit.OFF).withFaults(faults));
    }

    @Test
    void everyThirdRequestGetsTheHtmlPage() {
        try (SandboxServer sandbox = start(new SandboxConfig.Faults(0, 3, 0, 0, false))) {
            List<Integer> statuses = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> RestCall.get(sandbox.webhookUrl() + "scope").status()).toList();

            assertEquals(List.of(200, 200, 500, 200, 200, 500), statuses);
        }
    }

    @Test
    void everySecondRequestIsExecutedThenCut() {
        try (SandboxServer sandbox = start(new SandboxConfig.Faults(0, 0, 2, 0, false))) {
            RestCall.get(sandbox.webhookUrl() + "scope");
            int before = sandbox.data().waitlistCount();

            assertThrows(UncheckedIOException.class, () -> RestCall.postJson(
                    sandbox.webhookUrl() + "booking.v1.waitlist.add", "{\"fields\":{\"note\":\"cut\"}}"));
            assertEquals(before + 1, sandbox.data().waitlistCount(), "executed, then cut");
        }
    }

    @Test
    void clientSetAppendsWhenAskedTo() {
        try (SandboxServer sandbox = start(new SandboxConfig.Faults(0, 0, 0, 0, true))) {
            String set = sandbox.webhookUrl() + "booking.v1.waitlist.client.set";
            long id = sandbox.data().addWaitlist("scratch");
            RestCall.postJson(set, "{\"waitListId\":" + id
                    + ",\"clients\":[{\"id\":1,\"type\":{\"module\":\"crm\",\"code\":\"CONTACT\"}}]}");
            RestCall.postForm(set, "waitListId=" + id
                    + "&clients[0][id]=2&clients[0][type][module]=crm&clients[0][type][code]=CONTACT");

            assertEquals(List.of(Client.contact(1), Client.contact(2)),
                    sandbox.data().waitlist(id).orElseThrow().clients());
        }
    }
}
