package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.settings.Themes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.app.DeskWindow;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RateLimiter;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.desk.settings.Appearance;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.sandbox.SandboxMain;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Prints the longest gap between two pulses of the JavaFX thread (what a receptionist sees as a
 * freeze) while the real window loads the list, opens a record, searches and saves, at 30, 1,000 and
 * 10,000 records, headless on Monocle against the practice portal (in a JVM of its own) over HTTP.
 * An AnimationTimer keeps the pulses coming; a gap near 16 ms means nothing blocked the thread. The
 * first row, the window left alone, is the baseline of the same run: on a busy machine the pulse
 * timer itself waits for a core. Run it with the packaged app's JVM options (C1 only, serial GC:
 * jlink-config/app-image.args), as a receptionist's desk runs:
 *
 * <pre>MAVEN_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" mvn -q test-compile exec:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=dev.waitlistdesk.desk.list.PulseBenchmark</pre>
 */
public final class PulseBenchmark {

    private static final AtomicLong LAST = new AtomicLong();
    private static final AtomicLong LONGEST = new AtomicLong();
    private static final AtomicLong PULSES = new AtomicLong();

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false); // each run closes its window; the toolkit stays for the next
        onFx(() -> Themes.apply(Appearance.LIGHT)); // the app's look: without it every modena lookup fails
        onFx(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                PULSES.incrementAndGet();
                long last = LAST.getAndSet(now);
                if (last != 0) {
                    LONGEST.accumulateAndGet(now - last, Math::max);
                }
            }
        }.start());
        System.out.println("JVM options: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        Path folder = Files.createTempDirectory("pulse-benchmark");
        // The first run pays for loading classes and first-time CSS, as a receptionist's first minute
        // does: it is its own column, and the three sizes after it run warm.
        long[][] gaps = {run(folder.resolve("cold"), 30, 2_000), run(folder.resolve("a"), 30, 2_000),
            run(folder.resolve("b"), 1_000, 2_000), run(folder.resolve("c"), 10_000, 100_000)};
        System.out.printf("%-28s %10s %10s %10s %10s%n", "longest pulse gap (ms)", "30 (cold)", "30", "1000",
                "10000");
        String[] actions = {"idle for 2 s (baseline)", "load the list", "open a record", "search a client", "save"};
        for (int i = 0; i < actions.length; i++) {
            System.out.printf("%-28s %10.1f %10.1f %10.1f %10.1f%n", actions[i], gaps[0][i] / 1e6, gaps[1][i] / 1e6,
                    gaps[2][i] / 1e6, gaps[3][i] / 1e6);
        }
        Platform.exit();
        System.exit(0);
    }

    private static long[] run(Path folder, int records, int contacts) throws Exception {
        Files.createDirectories(folder);
        ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "pulse-background");
            thread.setDaemon(true);
            return thread;
        });
        try (PracticePortal sandbox = PracticePortal.start(folder.resolve("portal.json"), contacts, records)) {
            RestOptions options = RestOptions.defaults().withPlan(new RateLimiter.Plan(1_000, 100_000));
            MainViewModel[] main = new MainViewModel[1];
            Stage[] shown = new Stage[1];
            measure(() -> {
                Stage stage = new Stage();
                shown[0] = stage;
                DeskWindow window = new DeskWindow(stage, Texts.load(Locale.ENGLISH), new ObjectMapper(), executor,
                        new ConnectionSettingsStore(folder.resolve("connection.json"), new ObjectMapper()), folder,
                        options, () -> null);
                main[0] = window.show(new RestClient(Portal.webhook(sandbox.webhookUrl()), options), true);
                stage.setWidth(1280);
                stage.setHeight(800);
                stage.show();
            }, () -> main[0] != null && !main[0].loadingProperty().get() && main[0].rows().size() == records);
            long idleUntil = System.nanoTime() + 2_000_000_000L;
            long idle = measure(() -> { }, () -> System.nanoTime() > idleUntil);
            long load = measure(main[0]::refresh, () -> !main[0].loadingProperty().get());
            long open = measure(() -> main[0].open(main[0].rows().get(0)), () -> main[0].currentProperty().get() != null);
            long search = measure(() -> main[0].search().queryProperty().set("ann"),
                    () -> !main[0].search().results().isEmpty());
            RecordViewModel record = main[0].currentProperty().get();
            Client someone = onFxGet(() -> main[0].search().results().get(0));
            long save = measure(() -> {
                record.add(someone);
                record.save();
            }, () -> !record.savingProperty().get() && record.statusProperty().get().text().startsWith("Saved"));
            onFx(() -> {
                main[0].close();
                shown[0].hide(); // a window left open keeps drawing its caret into the next run's figures
            });
            return new long[] {idle, load, open, search, save};
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * The practice portal in a JVM of its own, as a real portal is on a server of its own: at 100,000
     * contacts its heap would otherwise be collected in the desk's JVM, and those pauses are no part
     * of the desk.
     */
    private static final class PracticePortal implements AutoCloseable {

        private final Process process;
        private final String webhookUrl;

        private PracticePortal(Process process, String webhookUrl) {
            this.process = process;
            this.webhookUrl = webhookUrl;
        }

        /**
         * The class path this benchmark's classes came from. Under {@code exec:java} that is the class
         * loader Maven built, not {@code java.class.path} (which is Maven's own launcher).
         */
        private static String classPath() throws Exception {
            if (SandboxMain.class.getClassLoader() instanceof URLClassLoader loader) {
                List<String> entries = new ArrayList<>();
                for (URL url : loader.getURLs()) {
                    entries.add(Path.of(url.toURI()).toString());
                }
                return String.join(File.pathSeparator, entries);
            }
            return System.getProperty("java.class.path");
        }

        static PracticePortal start(Path dataFile, int contacts, int records) throws Exception {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath(), SandboxMain.class.getName(), "--port", "0",
                    "--data", dataFile.toString(), "--seed", "11", "--scale", contacts + "," + records + ",200",
                    "--reset", "--no-rate-limit").redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.trim().startsWith("webhook URL:")) {
                    Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "portal-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new PracticePortal(process, line.substring(line.indexOf(':') + 1).trim());
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("The practice portal did not start");
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

    /** Runs the action on the FX thread and returns the longest pulse gap until {@code done}. */
    private static long measure(Runnable action, BooleanSupplier done) throws Exception {
        onFx(() -> {
            LONGEST.set(0);
            LAST.set(0);
        });
        onFx(action);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!onFxGet(done::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The action did not finish in 2 minutes");
            }
            Thread.sleep(5);
        }
        long pulses = PULSES.get();
        while (PULSES.get() < pulses + 3) { // a few pulses after the last change: a gap up to it is counted
            Thread.sleep(5);
        }
        return LONGEST.get();
    }

    private static void onFx(Runnable action) throws Exception {
        onFxGet(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
