package dev.waitlistdesk;

import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.desk.common.Status.Tone;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxConfig.RateLimit;
import dev.waitlistdesk.sandbox.SandboxConfig.Scale;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several desks saving as fast as they can on one portal whose bucket they share (2 requests/s,
 * burst 50, as {@code --rate 2 --burst 50}): how many errors reach a receptionist's screen, how many
 * requests the portal refused, and how much of its budget (50 + 2 per second) the desks used.
 * Real HTTP, real time, the app's own rate limiter and retries.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.waitlistdesk.BusyPortalBenchmark -Dexec.args="2 150"</pre>
 */
public final class BusyPortalBenchmark {

    public static void main(String[] args) throws Exception {
        int desks = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        Benchmarks.header("BusyPortalBenchmark");
        System.out.printf("%d desks x %d saves, portal at 2 requests/s with a burst of 50%n", desks, saves);
        System.out.println("anchor: the portal's budget, 50 + 2 requests/s over the run (no times)");
        Path folder = Files.createTempDirectory("busy-portal-benchmark");
        SandboxConfig config = new SandboxConfig(folder.resolve("portal.json"), 0, 3,
                new Scale(2_000, 200, 30), new RateLimit(2, 50, true), true);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            List<DeskStack> stacks = new ArrayList<>();
            for (int d = 0; d < desks; d++) {
                stacks.add(new DeskStack(sandbox.webhookUrl(), folder, "desk" + d, true, RestOptions.defaults()));
            }
            Thread.sleep(26_000); // the list loads spent part of the burst: let the bucket drain first
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            List<String> shown = new ArrayList<>();
            long before = sandbox.requestsServed();
            long start = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int d = 0; d < desks; d++) {
                DeskStack desk = stacks.get(d);
                long id = desk.main.rows().get(d).id(); // a record of its own: no conflicts, only the limit
                Thread thread = new Thread(() -> {
                    RecordViewModel record = desk.open(id);
                    for (int i = 0; i < saves; i++) {
                        record.noteProperty().set("save " + i + " of " + id);
                        record.save();
                        if (record.statusProperty().get().tone() == Tone.ERROR) {
                            errors.incrementAndGet();
                            synchronized (shown) {
                                shown.add(record.statusProperty().get().text());
                            }
                        } else {
                            done.incrementAndGet();
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int refused = stacks.stream().mapToInt(DeskStack::refusals).sum();
            long run = sandbox.requestsServed() - before - refused; // the sandbox counts refused ones too
            double budget = 50 + 2 * seconds;
            System.out.printf("saved %d, errors shown %d, in %.0f s; requests run %d = %.0f %% of the budget"
                    + " (50 + 2/s); refused %d%n", done.get(), errors.get(), seconds, run, 100 * run / budget, refused);
            shown.stream().distinct().forEach(text -> System.out.println("  shown: " + text));
        }
    }
}
