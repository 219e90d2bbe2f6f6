package dev.waitlistdesk;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * What every benchmark prints before its figures: when, on how many cores under what load, with which
 * JVM options; and the anchors its figures are read against, measured in the same run, so that a figure
 * is quoted as a ratio and a busy machine does not pass for a slow desk.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Prints the benchmark's name, the time, the cores, the load average and this JVM's options. */
    public static void header(String name) {
        System.out.printf("%s, %s, %d cores, load average %s%n", name, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("JVM options: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** The 1, 5 and 15 minute load averages, where the system tells them. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (no /proc/loadavg)";
        }
    }

    /**
     * The anchor of a benchmark over HTTP: the median time of a plain request ({@code profile}, a few
     * bytes) to the same portal, without the app's client, in ms. Printed, and returned for ratios.
     */
    public static double roundTripAnchor(String webhookUrl) throws IOException {
        URI profile = URI.create(webhookUrl + "profile");
        long[] nanos = new long[41];
        for (int i = -10; i < nanos.length; i++) { // the first ten warm up the connection and the server
            long start = System.nanoTime();
            HttpURLConnection connection = (HttpURLConnection) profile.toURL().openConnection();
            try (InputStream in = connection.getInputStream()) {
                in.readAllBytes();
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        double millis = nanos[nanos.length / 2] / 1e6;
        System.out.printf("anchor: one plain request to the same portal (profile, no app client), median of %d:"
                + " %.2f ms%n", nanos.length, millis);
        return millis;
    }
}
