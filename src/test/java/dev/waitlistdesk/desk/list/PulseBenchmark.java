package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.Benchmarks;
import dev.waitlistdesk.app.Main;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints how long the JavaFX thread stalls (the gaps between two pulses, what a receptionist sees as a
 * freeze) while the real window loads the list, reloads it (F5), opens a record, searches and saves, at
 * 30, 1,000 and 10,000 records: p50, p95 and the longest gap over all runs, for the first time each
 * action runs in a JVM (cold) and the second time (warm). The window left alone for 2 s is the anchor:
 * on a busy machine the pulse timer itself waits for a core.
 *
 * <p>Each desk is a JVM of its own started with the app's JVM options, read from
 * {@code jlink-config/app-image.args} (the options that only make sense in the app-image are left out:
 * its CDS archive and the module exports), so the heap and collector are the ones a receptionist's desk
 * has. Each practice portal is a JVM of its own too, as a real portal is on a server: its heap is no part
 * of the desk's pauses. Run from the project folder:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.waitlistdesk.desk.list.PulseBenchmark
 *     [-Dexec.args="RUNS [RECORDS...]"]   (default: 9 runs of 30, 1000 and 10000 records)</pre>
 *
 * {@code -Dpulse.jvm="-Xmn200m ..."} adds JVM options to the desks' (to try a lever before it goes into
 * the app's options); {@code -Dpulse.gcLog=DIR} writes each desk's GC log there; {@code -Dpulse.stalls=true}
 * prints what the FX thread was doing in each gap over 30 ms.
 */
public final class PulseBenchmark {

    /** The app-image's JVM options, one source for the launcher, {@code mvn javafx:run} and this benchmark. */
    static final Path APP_OPTIONS = Path.of("jlink-config", "app-image.args");

    private static final Pattern JAVA_OPTION = Pattern.compile("^--java-options\\s+\"(.*)\"\\s*$");
    private static final List<String> ACTIONS = List.of("load", "F5", "open", "search", "save");

    private PulseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        List<Integer> sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).map(Integer::valueOf).toList()
                : List.of(30, 1_000, 10_000);
        List<String> jvm = new ArrayList<>(appJvmOptions());
        String extra = System.getProperty("pulse.jvm", "").strip();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        Benchmarks.header("PulseBenchmark");
        System.out.println("anchor: the window left alone for 2 s (idle), in each desk's JVM");
        System.out.println("desk JVM options (" + APP_OPTIONS + (extra.isEmpty() ? "" : " + pulse.jvm") + "): " + jvm);
        Path folder = Files.createTempDirectory("pulse-benchmark");
        Map<String, List<Long>> gaps = new TreeMap<>();
        for (int run = 1; run <= runs; run++) {
            for (int records : sizes) {
                Path data = folder.resolve(records + "-" + run);
                try (PracticePortal portal = PracticePortal.start(data, contactsFor(records), records)) {
                    desk(jvm, portal.webhookUrl(), records, data, run, gaps);
                }
            }
            System.out.println("run " + run + " of " + runs + " done, load average " + Benchmarks.loadAverage());
        }
        System.out.println("Finished " + Instant.now() + ", load average " + Benchmarks.loadAverage());
        print(sizes, runs, gaps);
    }

    /** Runs one desk JVM and adds its gaps, keyed "records phase action", in microseconds. */
    private static void desk(List<String> jvm, String webhookUrl, int records, Path folder, int run,
                             Map<String, List<Long>> gaps) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(jvm);
        if (Boolean.getBoolean("pulse.stalls")) {
            command.add("-Dpulse.stalls=true");
        }
        String gcLog = System.getProperty("pulse.gcLog");
        if (gcLog != null) {
            Files.createDirectories(Path.of(gcLog));
            command.add("-Xlog:gc*:file=" + Path.of(gcLog, "gc-" + records + "-" + run + ".log").toAbsolutePath());
        }
        command.addAll(List.of("-Dwaitlistdesk.dataDir=" + folder.resolve("desk"), "-cp", classPath(),
                PulseDesk.class.getName(), webhookUrl, Integer.toString(records)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] words = line.split(" ");
                if (words[0].equals("allocated")) {
                    gaps.computeIfAbsent(records + " " + words[1] + " " + words[2] + " allocated",
                            key -> new ArrayList<>()).add(Long.valueOf(words[3]));
                } else if (words[0].equals("gaps")) {
                    List<Long> into = gaps.computeIfAbsent(records + " " + words[1] + " " + words[2],
                            key -> new ArrayList<>());
                    Arrays.stream(words, 3, words.length).map(Long::valueOf).forEach(into::add);
                } else if (words[0].equals("stall")) {
                    System.out.println(records + " " + line);
                } else if (words[0].equals("jvm") && run == 1) {
                    System.out.println("desk " + records + ": " + line);
                } else {
                    other.add(line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The desk at " + records + " records failed:\n" + String.join("\n", other));
        }
    }

    /** As many contacts as a business with that waitlist might have: 2,000 up to 1,000 records, 100,000 at 10,000. */
    private static int contactsFor(int records) {
        return records >= 10_000 ? 100_000 : 2_000;
    }

    private static void print(List<Integer> sizes, int runs, Map<String, List<Long>> gaps) {
        System.out.printf("%nPulse gaps in ms over %d runs: p50 / p95 / max (the max as a multiple of the idle"
                + " max of the same size)%n", runs);
        System.out.printf("%-8s %-7s %-28s %-28s%n", "records", "action", "cold", "warm");
        for (int records : sizes) {
            double anchor = percentile(gaps.get(records + " warm idle"), 100);
            for (String action : concat(ACTIONS, "idle")) {
                System.out.printf("%-8d %-7s %-28s %-28s%n", records, action,
                        cell(gaps.get(records + " cold " + action), anchor),
                        cell(gaps.get(records + " warm " + action), anchor));
            }
        }
        System.out.printf("%nAllocated while each action ran, MB, median over %d runs (all threads of the desk's JVM)%n",
                runs);
        System.out.printf("%-8s %-7s %8s %8s%n", "records", "action", "cold", "warm");
        for (int records : sizes) {
            for (String action : ACTIONS) {
                System.out.printf("%-8d %-7s %8.1f %8.1f%n", records, action,
                        percentile(gaps.get(records + " cold " + action + " allocated"), 50) / 1000,
                        percentile(gaps.get(records + " warm " + action + " allocated"), 50) / 1000);
            }
        }
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private static String cell(List<Long> micros, double anchor) {
        if (micros == null || micros.isEmpty()) {
            return "-";
        }
        double max = percentile(micros, 100);
        return String.format("%5.1f / %5.1f / %6.1f (%.1fx)", percentile(micros, 50), percentile(micros, 95), max,
                max / anchor);
    }

    /** The nearest-rank percentile, in ms. */
    static double percentile(List<Long> micros, double p) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    /** The {@code --java-options} of the app-image that apply on a class path, as a desk's JVM starts. */
    static List<String> appJvmOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(APP_OPTIONS)) {
            Matcher option = JAVA_OPTION.matcher(line.strip());
            if (option.matches() && !option.group(1).contains("$APPDIR") && !option.group(1).startsWith("--add-")) {
                options.add(option.group(1));
            }
        }
        return options;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The class path this benchmark's classes came from. Under {@code exec:java} that is the class
     * loader Maven built, not {@code java.class.path} (which is Maven's own launcher).
     */
    private static String classPath() throws Exception {
        if (PulseBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** The practice portal in a JVM of its own, with fresh data, as a real portal is on a server of its own. */
    private static final class PracticePortal implements AutoCloseable {

        private final Process process;
        private final String webhookUrl;

        private PracticePortal(Process process, String webhookUrl) {
            this.process = process;
            this.webhookUrl = webhookUrl;
        }

        static PracticePortal start(Path folder, int contacts, int records) throws Exception {
            Files.createDirectories(folder);
            Process process = new ProcessBuilder(javaCommand(), "-Dwaitlistdesk.dataDir=" + folder.resolve("portal"),
                    "-cp", classPath(), Main.class.getName(), "--sandbox", "--port", "0",
                    "--data", folder.resolve("portal.json").toString(), "--seed", "11",
                    "--scale", contacts + "," + records + ",200", "--reset", "--no-rate-limit")
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> said = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
                if (line.strip().startsWith("webhook URL:")) {
                    Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "portal-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new PracticePortal(process, line.substring(line.indexOf(':') + 1).strip());
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("The practice portal did not start:\n" + String.join("\n", said));
        }

        String webhookUrl() {
            return webhookUrl;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
