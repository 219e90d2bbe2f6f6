package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {

    @TempDir
    Path folder;

    @Test
    void aBurstBeyondTheBucketGets503QueryLimitExceeded() {
        SandboxConfig config = SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(new SandboxConfig.RateLimit(0.5, 5, true));
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(200, RestCall.get(sandbox.webhookUrl() + "scope").status(), "request " + i);
            }
            RestCall.Reply refused = RestCall.get(sandbox.webhookUrl() + "scope");

            assertEquals(503, refused.status());
            assertEquals("QUERY_LIMIT_EXCEEDED", refused.error());
            assertEquals("Too many requests", refused.json().get("error_description").asText());
        }
    }

    @Test
    void theBucketDrainsOverTime() throws InterruptedException {
        SandboxConfig config = SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(new SandboxConfig.RateLimit(1, 2, true));
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            RestCall.get(sandbox.webhookUrl() + "scope");
            RestCall.get(sandbox.webhookUrl() + "scope");
            assertEquals(503, RestCall.get(sandbox.webhookUrl() + "scope").status());

            Thread.sleep(1100); // drains one at 1/s

            assertEquals(200, RestCall.get(sandbox.webhookUrl() + "scope").status());
        }
    }

    @Test
    void aBatchOfManyCommandsCountsAsOneRequest() {
        SandboxConfig config = SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(new SandboxConfig.RateLimit(0.5, 2, true));
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            StringBuilder cmd = new StringBuilder("{\"cmd\":[");
            for (int i = 0; i < 50; i++) {
                cmd.append(i == 0 ? "" : ",").append("\"booking.v1.waitlist.get?id=1\"");
            }
            RestCall.Reply batch = RestCall.postJson(sandbox.webhookUrl() + "batch", cmd.append("]}").toString());

            assertEquals(50, batch.result().get("result").size());
            assertEquals(200, RestCall.get(sandbox.webhookUrl() + "scope").status());
        }
    }

    @Test
    void switchedOffNothingIsRefused() {
        SandboxConfig config = SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(SandboxConfig.RateLimit.OFF);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            for (int i = 0; i < 120; i++) {
                assertEquals(200, RestCall.get(sandbox.webhookUrl() + "scope").status());
            }
        }
    }
}
