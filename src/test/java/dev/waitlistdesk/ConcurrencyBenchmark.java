package dev.waitlistdesk;

import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Prints how many acknowledged saves are lost when 2, 3 and 5 desks save one record at once over
 * HTTP, against the practice portal with 0, 20, 50 and 100 ms added to every request, and against a
 * portal whose client.set appends ({@link ConcurrentSaves} says what counts). Fixed seed.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.waitlistdesk.ConcurrencyBenchmark [-Dexec.args="SECONDS [SEED [CELL [SECONDS_FOR_5_DESKS]]]"]</pre>
 * CELL runs one row only, e.g. {@code 0ms/5} (practice portal, 0 ms, 5 desks) or {@code appends/3}; {@code all}
 * runs every row.
 */
public final class ConcurrencyBenchmark {

    private static final long DEFAULT_SEED = 18;

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING); // figures, not log lines
        Duration cell = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        String only = args.length > 2 && !args[2].equals("all") ? args[2] : null;
        Duration fiveDesks = args.length > 3 ? Duration.ofSeconds(Long.parseLong(args[3])) : cell;
        Benchmarks.header("ConcurrencyBenchmark");
        System.out.println("seed " + seed + ", " + cell.toSeconds() + " s a cell, " + fiveDesks.toSeconds()
                + " s with 5 desks" + (only == null ? "" : ", only " + only));
        System.out.println("anchor: the saves acknowledged in each row; losses are per 1,000 of them (no times)");
        Path folder = Files.createTempDirectory("concurrency-benchmark");
        System.out.printf("%-32s %5s %6s %9s %7s %6s %6s %9s %9s %6s%n", "portal", "desks", "acked", "conflicts",
                "merges", "told", "lost", "per 1,000", "largest", "wiped");
        for (boolean appends : new boolean[] {false, true}) {
            for (long latency : appends ? new long[] {20} : new long[] {0, 20, 50, 100}) {
                for (int desks : new int[] {2, 3, 5}) {
                    if (only != null && !only.equals((appends ? "appends" : latency + "ms") + "/" + desks)) {
                        continue;
                    }
                    SandboxConfig config = ConcurrentSaves.portal(folder.resolve("portal-" + appends + latency + desks
                            + ".json"), latency, appends);
                    try (SandboxServer sandbox = SandboxServer.start(config)) {
                        ConcurrentSaves.Result r = ConcurrentSaves.run(sandbox, desks, seed,
                                desks == 5 ? fiveDesks : cell);
                        System.out.printf("%-32s %5d %6d %9d %7d %6d %6d %9.0f %9d %6d%n",
                                (appends ? "client.set appends, " : "practice portal, ") + latency + " ms", desks,
                                r.acknowledged(), r.conflicts(), r.merges(), r.told(), r.lost(), r.lostPerThousand(),
                                r.largestIncident(), r.wiped());
                        r.losses().forEach(loss -> System.out.println("    silently lost: " + loss));
                        r.wipes().forEach(wipe -> System.out.println("    wiped: " + wipe));
                    }
                }
            }
        }
    }
}
