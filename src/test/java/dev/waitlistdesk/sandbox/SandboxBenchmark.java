package dev.waitlistdesk.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prints how the sandbox scales: seeding, a name search by crm.item.list and a client.set (which
 * waits for its save) at the demo size and at 100,000 contacts, as ratios from the same run.
 * Not a test (surefire skips it); how to run it: docs/sandbox.md.
 */
public final class SandboxBenchmark {

    private static final String SEARCH = "{\"entityTypeId\":3,\"select\":[\"id\",\"name\",\"lastName\",\"phone\"],"
            + "\"filter\":{\"0\":{\"logic\":\"OR\",\"0\":{\"%name\":\"ann\"},\"1\":{\"%lastName\":\"ann\"}}},"
            + "\"order\":{\"lastName\":\"ASC\",\"name\":\"ASC\"},\"start\":0}";

    private SandboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        dev.waitlistdesk.Benchmarks.header("SandboxBenchmark");
        System.out.println("anchor: the 2,000-contact portal; the ratio column reads 100,000 against it");
        Path folder = Files.createTempDirectory("sandbox-benchmark");
        run(folder, SandboxConfig.Scale.DEMO, 200); // warm-up: let the JIT compile the hot paths
        Figures small = run(folder, SandboxConfig.Scale.DEMO, 40);
        Figures large = run(folder, SandboxConfig.Scale.BENCHMARK, 40);
        System.out.printf("%-38s %12s %12s %8s%n", "", "2,000", "100,000", "ratio");
        print("seed data in memory (ms)", small.seedMillis, large.seedMillis);
        print("start incl. first save (ms)", small.startMillis, large.startMillis);
        print("data file size (MB)", small.fileMegabytes, large.fileMegabytes);
        print("crm.item.list name search, median (ms)", small.searchMillis, large.searchMillis);
        print("@id lookup of 50 contacts, index (ms)", small.indexMillis, large.indexMillis);
        print("the same as a scan (nested block) (ms)", small.scanMillis, large.scanMillis);
        print("client.set incl. save, median (ms)", small.writeMillis, large.writeMillis);
        print("8 writers at once: ms per client.set", small.concurrentWriteMillis, large.concurrentWriteMillis);
    }

    private static void print(String label, double small, double large) {
        System.out.printf("%-38s %12.1f %12.1f %7.1fx%n", label, small, large, large / small);
    }

    private record Figures(double seedMillis, double startMillis, double fileMegabytes, double searchMillis,
                           double indexMillis, double scanMillis, double writeMillis, double concurrentWriteMillis) {
    }

    private static Figures run(Path folder, SandboxConfig.Scale scale, int rounds) throws Exception {
        long t0 = System.nanoTime();
        DemoData.seed(1, scale, "code", null, System.currentTimeMillis() / 1000);
        double seed = (System.nanoTime() - t0) / 1e6;
        Path file = folder.resolve("portal-" + scale.contacts() + ".json");
        long t1 = System.nanoTime();
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults(file).withScale(scale)
                .withReset(true).withRateLimit(SandboxConfig.RateLimit.OFF))) {
            double start = (System.nanoTime() - t1) / 1e6;
            double[] search = new double[rounds];
            double[] write = new double[rounds];
            double[] index = new double[rounds];
            double[] scan = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long s = System.nanoTime();
                RestCall.postJson(sandbox.webhookUrl() + "crm.item.list", SEARCH);
                search[i] = (System.nanoTime() - s) / 1e6;
                String ids = idsSpreadOver(scale.contacts(), i);
                long x = System.nanoTime();
                RestCall.postJson(sandbox.webhookUrl() + "crm.item.list", "{\"entityTypeId\":3,\"select\":[\"id\",\"name\"],"
                        + "\"filter\":{\"@id\":" + ids + "},\"start\":-1}");
                index[i] = (System.nanoTime() - x) / 1e6;
                long y = System.nanoTime(); // a nested block is not read for ids: every contact is tested, as before the index
                RestCall.postJson(sandbox.webhookUrl() + "crm.item.list", "{\"entityTypeId\":3,\"select\":[\"id\",\"name\"],"
                        + "\"filter\":{\"0\":{\"@id\":" + ids + "}},\"start\":-1}");
                scan[i] = (System.nanoTime() - y) / 1e6;
                long w = System.nanoTime();
                RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set", "{\"waitListId\":4,"
                        + "\"clients\":[{\"id\":" + (i + 1) + ",\"type\":{\"module\":\"crm\",\"code\":\"CONTACT\"}}]}");
                write[i] = (System.nanoTime() - w) / 1e6;
            }
            double concurrent = concurrentWrites(sandbox, 8, rounds / 4);
            return new Figures(seed, start, Files.size(file) / 1e6, median(search), median(index), median(scan),
                    median(write), concurrent);
        }
    }

    /** 50 ids spread over all contacts, different each round. */
    private static String idsSpreadOver(int contacts, int round) {
        StringBuilder ids = new StringBuilder("[");
        for (int k = 0; k < 50; k++) {
            ids.append(k == 0 ? "" : ",").append(1 + (round * 7919L + k * (long) (contacts / 50)) % contacts);
        }
        return ids.append(']').toString();
    }

    /** Wall time per write while {@code threads} clients write at once: the saves are shared. */
    private static double concurrentWrites(SandboxServer sandbox, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int record = t + 1;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set", "{\"waitListId\":"
                            + record + ",\"clients\":[{\"id\":" + (i + 1) + ",\"type\":{\"module\":\"crm\",\"code\":\"CONTACT\"}}]}");
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e6 / (threads * each);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
