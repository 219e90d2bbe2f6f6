package dev.waitlistdesk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.CallLimits;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.bitrix.RetryPolicy;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check-portal} against the sandbox: normal, faulty and append-style. */
class PortalCheckTest {

    /** Retries without real waiting, and a read timeout short enough for the slow-answer fault. */
    private static final RestOptions QUICK = RestOptions.defaults()
            .withTime(Clock.systemUTC(), duration -> { })
            .withRetry(new RetryPolicy(3, 2, Duration.ofMillis(1), Duration.ofSeconds(1), () -> 0.5))
            .withLimits(new CallLimits(Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofSeconds(5), 1 << 20));

    @TempDir
    Path folder;
    private SandboxServer sandbox;
    private String output = "";

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private void start(SandboxConfig.Faults faults) {
        sandbox = SandboxServer.start(SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(SandboxConfig.RateLimit.OFF).withFaults(faults));
    }

    private int check(String address, String... options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = PortalCheckCommand.run(Optional.of(address), List.of(options).contains("--write-test"),
                url -> new RestClient(Portal.webhook(url.orElseThrow()), QUICK), new PrintStream(bytes, true,
                        StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private String lastLine() {
        List<String> lines = output.lines().toList();
        return lines.get(lines.size() - 1);
    }

    private void assertNoSecretPrinted() {
        String code = sandbox.webhookUrl().replaceAll(".*/rest/1/([^/]+)/", "$1");
        assertFalse(output.contains(code), output);
        assertFalse(output.contains(sandbox.accessToken()), output);
    }

    @Test
    void aHealthyPortalPassesAndItsClientSetReplaces() {
        start(SandboxConfig.Faults.NONE);
        int records = sandbox.data().waitlistCount();

        int status = check(sandbox.webhookUrl(), "--write-test");

        assertEquals(0, status, output);
        assertTrue(output.contains("scopes        booking ok, crm ok"), output);
        assertTrue(output.contains("first page: 30 records"), output);
        assertTrue(output.contains("client.set REPLACES"), output);
        assertTrue(output.contains("record deleted"), output);
        assertEquals("Result: OK: Waitlist Desk will work with this portal.", lastLine());
        assertEquals(records, sandbox.data().waitlistCount(), "the scratch record is gone");
        assertNoSecretPrinted();
    }

    @Test
    void anAppendingPortalIsReportedAsSuch() {
        start(new SandboxConfig.Faults(0, 0, 0, 0, true));

        int status = check(sandbox.webhookUrl(), "--write-test");

        assertEquals(0, status, output);
        assertTrue(output.contains("client.set APPENDS"), output);
    }

    @Test
    void anOccasionalServerErrorOnAReadIsRetriedAndCounted() {
        start(SandboxConfig.Faults.NONE);
        sandbox.faults().html500(1); // the first request only

        int status = check(sandbox.webhookUrl());

        assertEquals(0, status, output);
        assertTrue(output.contains("refused (503 QUERY_LIMIT_EXCEEDED): 0, paused (429 OPERATION_TIME_LIMIT): 0,"
                + " retried: 1;"), output);
    }

    @Test
    void aPortalThatFailsOneCallInFive_isNotOk_withTheShare() {
        start(new SandboxConfig.Faults(0, 5, 0, 0, false));

        int status = check(sandbox.webhookUrl());

        assertEquals(1, status, output);
        assertTrue(lastLine().matches("Result: NOT OK: \\d+ of \\d+ requests failed or had to be retried \\(\\d+ %\\).*"),
                lastLine());
    }

    @Test
    void refusalsOfTheSharedRateLimitAreReported() {
        start(SandboxConfig.Faults.NONE);
        sandbox.faults().burst503(2);

        assertEquals(0, check(sandbox.webhookUrl()), output);
        assertTrue(output.contains("refused (503 QUERY_LIMIT_EXCEEDED): 2,"), output);
    }

    @Test
    void aServerErrorOnABatchOfReadsIsRetriedAndSaidSo() {
        start(SandboxConfig.Faults.NONE);
        sandbox.faults().html500Every(5); // the batch is the 5th request

        check(sandbox.webhookUrl());

        assertTrue(output.contains("batch         ok"), output);
        assertTrue(output.contains("retried: "), output);
    }

    @Test
    void connectionsCutAfterEveryAnswerFailWithTheReasonLast() {
        start(new SandboxConfig.Faults(0, 0, 1, 0, false));

        int status = check(sandbox.webhookUrl());

        assertEquals(1, status, output);
        assertTrue(lastLine().startsWith("Result: NOT OK: "), output);
        assertTrue(lastLine().contains("broke off"), lastLine());
    }

    @Test
    void answersHeldBeyondTheReadTimeoutFail() {
        start(new SandboxConfig.Faults(0, 0, 0, 1_500, false));

        assertEquals(1, check(sandbox.webhookUrl()), output);
        assertTrue(lastLine().contains("did not answer"), lastLine());
    }

    @Test
    void aWrongWebhookCodeFailsWithoutPrintingAnyCode() {
        start(SandboxConfig.Faults.NONE);
        String wrong = sandbox.webhookUrl().replaceAll("/rest/1/[^/]+/", "/rest/1/wr0ngc0de/");

        int status = check(wrong);

        assertEquals(1, status, output);
        assertTrue(lastLine().contains("refused the credentials"), output);
        assertFalse(output.contains("wr0ngc0de"), output);
        assertNoSecretPrinted();
    }

    @Test
    void aBadAddressIsExplained() {
        start(SandboxConfig.Faults.NONE);

        assertEquals(1, check("http://portal.example/rest/1/abc/"));
        assertTrue(lastLine().contains("must start with https://"), output);
    }

    @Test
    void withoutAnAddressTheStoredConnectionIsAskedFor() {
        start(SandboxConfig.Faults.NONE);
        Optional<String>[] asked = new Optional[1];

        PortalCheckCommand.run(Optional.empty(), false, url -> {
            asked[0] = url;
            return new RestClient(Portal.webhook(sandbox.webhookUrl()), QUICK);
        }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), asked[0]);
    }
}
