package dev.waitlistdesk;

import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxConfig.RateLimit;
import dev.waitlistdesk.sandbox.SandboxConfig.Scale;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;

/**
 * Prints what loading the waitlist costs through the real view models, store and REST client over
 * HTTP to the sandbox: requests against the ⌈N/50⌉ + 3 bound, the time until the first screenful is
 * on the list and until the whole list is, and a second load (F5) right after the first as a ratio.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.waitlistdesk.ListBenchmark</pre>
 */
public final class ListBenchmark {

    public static void main(String[] args) throws Exception {
        Benchmarks.header("ListBenchmark");
        System.out.println("anchor: a plain request to the same portal, in each row (ms)");
        Path folder = Files.createTempDirectory("list-benchmark");
        measure(folder.resolve("warm-up"), 200, 2_000, false, false); // the JIT's first pass is not the desk's cost
        System.out.printf("%8s %9s %6s %8s %9s %10s %10s %12s %12s%n", "records", "contacts", "total", "requests",
                "bound", "first (ms)", "all (ms)", "F5/first", "anchor (ms)");
        int[][] scales = {{30, 2_000}, {200, 2_000}, {1_000, 2_000}, {2_500, 2_000}, {2_500, 20_000},
            {10_000, 100_000}};
        for (int[] scale : scales) {
            measure(folder.resolve("n" + scale[0] + "-" + scale[1]), scale[0], scale[1], false, true);
        }
        // 2,500 records fill one batch of pages: a portal that tells the list's total spares the empty page
        measure(folder.resolve("n2500-total"), 2_500, 2_000, true, true);
    }

    private static void measure(Path folder, int records, int contacts, boolean totals, boolean print)
            throws Exception {
        Files.createDirectories(folder);
        SandboxConfig config = new SandboxConfig(folder.resolve("portal.json"), 0, 9,
                new Scale(contacts, contacts / 10, records), RateLimit.OFF, true);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            sandbox.faults().listTotals(totals);
            double anchor = print ? Benchmarks.roundTripAnchor(sandbox.webhookUrl()) : 0;
            DeskStack desk = new DeskStack(sandbox.webhookUrl(), folder, "bench", false);
            long[] firstRows = {0};
            desk.main.rows().addListener((ListChangeListener<WaitlistRow>) change -> {
                if (firstRows[0] == 0) {
                    firstRows[0] = System.nanoTime();
                }
            });
            long before = sandbox.requestsServed();
            long start = System.nanoTime();
            desk.main.refresh();
            long all = System.nanoTime() - start;
            long requests = sandbox.requestsServed() - before;
            long again = System.nanoTime();
            desk.main.refresh();
            long second = System.nanoTime() - again;
            if (!print) {
                return;
            }
            System.out.printf("%8d %9d %6s %8d %9d %10.0f %10.0f %12.2f %12.2f%n", records, contacts,
                    totals ? "yes" : "no", requests, (records + 49) / 50 + 3, (firstRows[0] - start) / 1e6,
                    all / 1e6, (double) second / all, anchor);
        }
    }
}
