package dev.waitlistdesk;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxConfig.RateLimit;
import dev.waitlistdesk.sandbox.SandboxConfig.Scale;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Prints what sharing a desk costs in requests (what Bitrix24's 2 requests/s per portal counts):
 * a save without and with a colleague's conflicting change, and the live refresh of an idle desk
 * over one simulated hour (the desk's clock is compressed; the requests are real, over HTTP).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.waitlistdesk.SharedDeskBenchmark</pre>
 */
public final class SharedDeskBenchmark {

    private static final double BUDGET_PER_SECOND = 2.0;
    private static final Duration HOUR = Duration.ofHours(1);

    public static void main(String[] args) throws Exception {
        Benchmarks.header("SharedDeskBenchmark");
        System.out.println("anchor: counts of requests, read against the portal's budget of "
                + BUDGET_PER_SECOND + " requests/s (no times)");
        Path folder = Files.createTempDirectory("shared-desk-benchmark");
        System.out.printf("%-58s %8s %8s%n", "", "30 rec.", "1000 rec.");
        long[][] figures = {measure(folder.resolve("small"), 30), measure(folder.resolve("large"), 1_000)};
        String[] labels = {"requests per save, nobody else changed it",
            "requests per save that meets a colleague's change",
            "requests for Merge both after it",
            "live refresh, idle hour, window focused: requests",
            "live refresh, idle hour, window in background: requests"};
        for (int i = 0; i < labels.length; i++) {
            System.out.printf("%-58s %8d %8d%n", labels[i], figures[0][i], figures[1][i]);
        }
        for (int n = 0; n < 2; n++) {
            double budget = HOUR.toSeconds() * BUDGET_PER_SECOND;
            System.out.printf("poll share of the portal's budget (%s): focused %.2f %%, background %.2f %%%n",
                    n == 0 ? "30 records" : "1000 records", 100 * figures[n][3] / budget, 100 * figures[n][4] / budget);
        }
    }

    private static long[] measure(Path folder, int records) throws Exception {
        Files.createDirectories(folder);
        SandboxConfig config = new SandboxConfig(folder.resolve("portal.json"), 0, 3,
                new Scale(2_000, 200, records), RateLimit.OFF, true);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            DeskStack maria = new DeskStack(sandbox.webhookUrl(), folder, "maria");
            DeskStack pavel = new DeskStack(sandbox.webhookUrl(), folder, "pavel");
            long id = maria.main.rows().get(0).id();
            RecordViewModel mine = maria.open(id);
            RecordViewModel theirs = pavel.open(id);
            Client first = new Client(ClientId.contact(1), "", "", "");
            Client second = new Client(ClientId.contact(2), "", "", "");

            mine.add(first);
            long plain = requests(sandbox, mine::save);
            theirs.add(second);
            long conflicted = requests(sandbox, theirs::save);
            long merge = requests(sandbox, () -> theirs.statusProperty().get().command("merge").run());
            if (!theirs.statusProperty().get().text().startsWith("Saved")) {
                throw new IllegalStateException(theirs.statusProperty().get().text());
            }

            long focused = requests(sandbox, () -> maria.runUntil(HOUR));
            maria.main.windowFocusedProperty().set(false);
            long background = requests(sandbox, () -> maria.runUntil(HOUR.multipliedBy(2)));
            return new long[] {plain, conflicted, merge, focused, background};
        }
    }

    private static long requests(SandboxServer sandbox, Runnable action) {
        long before = sandbox.requestsServed();
        action.run();
        return sandbox.requestsServed() - before;
    }
}
