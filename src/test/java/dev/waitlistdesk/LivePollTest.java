package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.portal.booking.RestWaitlistApi;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxConfig.RateLimit;
import dev.waitlistdesk.sandbox.SandboxConfig.Scale;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The live refresh costs one request a poll whatever the list's size, and a colleague's change to a
 * row on screen, a new record and a deletion show by the next poll, 15 s of desk time later. Requests
 * counted by the sandbox over real HTTP; the desk's clock is its own, so nothing here is timed.
 */
class LivePollTest {

    private static final Duration POLL = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {30, 1_000, 10_000})
    void oneRequestAPollShowsAColleaguesChangesOnScreenWithinFifteenSeconds(int records) {
        SandboxConfig config = new SandboxConfig(dir.resolve("portal.json"), 0, 5, new Scale(2_000, 200, records),
                RateLimit.OFF, true);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            DeskStack maria = new DeskStack(sandbox.webhookUrl(), dir, "maria");
            RestWaitlistApi colleague = new RestWaitlistApi(new RestClient(Portal.webhook(sandbox.webhookUrl())));
            List<WaitlistRow> rows = List.copyOf(maria.main.rows());
            assertEquals(records, rows.size());
            // the receptionist scrolled to the middle of the list: twenty rows on screen
            int top = (records - 20) / 2;
            maria.main.showing(rows.subList(top, top + 20).stream().map(WaitlistRow::id).toList());
            long edited = rows.get(top + 5).id();
            long deleted = rows.get(top + 9).id();

            // a colleague edits one row on screen and deletes another
            sandbox.data().updateNote(edited, "Changed by a colleague");
            colleague.delete(deleted);
            long before = sandbox.requestsServed();
            maria.runUntil(maria.elapsed().plus(POLL));

            assertEquals(1, sandbox.requestsServed() - before, "one request for the poll");
            assertEquals("Changed by a colleague", row(maria, edited).orElseThrow().note());
            assertTrue(row(maria, deleted).isEmpty(), "the deleted record left the list");
            assertTrue(maria.main.freshnessProperty().get().startsWith("Updated "));

            // a new record appears at the top with the next poll: its clients cost one request more
            long added = colleague.add("Walk-in, wants Friday");
            before = sandbox.requestsServed();
            maria.runUntil(maria.elapsed().plus(POLL));

            assertEquals(added, maria.main.rows().get(0).id());
            assertEquals(2, sandbox.requestsServed() - before, "the poll and the new record's clients");

            // nothing changed: one request again
            before = sandbox.requestsServed();
            maria.runUntil(maria.elapsed().plus(POLL));
            assertEquals(1, sandbox.requestsServed() - before);
            assertFalse(maria.main.rows().isEmpty());
        }
    }

    private static Optional<WaitlistRow> row(DeskStack desk, long id) {
        return desk.main.rows().stream().filter(r -> r.id() == id).findFirst();
    }
}
