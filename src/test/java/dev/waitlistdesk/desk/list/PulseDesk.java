package dev.waitlistdesk.desk.list;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.app.DeskWindow;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RateLimiter;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.settings.Appearance;
import dev.waitlistdesk.desk.settings.Themes;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * One desk of {@link PulseBenchmark}, in a JVM of its own started with the app's JVM options: the real
 * window headless on Monocle against a practice portal that is already running. It goes through the
 * actions twice, in a fresh window each time: cold (the first of each in this JVM: classes, first-time
 * CSS, the first collections of a young heap) and warm. For each action it prints every gap between two
 * pulses, in microseconds, as {@code gaps <cold|warm> <action> <gap> <gap> ...}, and the bytes allocated
 * meanwhile as {@code allocated <cold|warm> <action> <bytes>}.
 *
 * <p>Arguments: the portal's webhook URL, the number of records it holds.
 */
public final class PulseDesk {

    /** Pulse gaps seen since the last reset; touched on the FX thread only. */
    private static final List<Long> GAPS = new ArrayList<>();
    private static long lastPulse;
    private static long pulses;
    /** For -Dpulse.stalls: when the last pulse ran, and the action measured now ("" between actions). */
    private static volatile long pulsedAt = System.nanoTime();
    private static volatile String measuring = "";

    private PulseDesk() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            // the FX thread would keep this JVM alive for ever: end it, so the benchmark reports the failure
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String webhookUrl = args[0];
        int records = Integer.parseInt(args[1]);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.out.println("jvm " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false); // each round closes its window; the toolkit stays for the next
        onFx(() -> Themes.apply(Appearance.LIGHT)); // the app's look: without it every modena lookup fails
        onFx(() -> new AnimationTimer() { // keeps the pulses coming: a gap near 16 ms means nothing blocked
            @Override
            public void handle(long now) {
                pulses++;
                pulsedAt = System.nanoTime();
                if (lastPulse != 0) {
                    GAPS.add(now - lastPulse);
                }
                lastPulse = now;
            }
        }.start());
        if (Boolean.getBoolean("pulse.stalls")) {
            sampleStalls(onFxGet(Thread::currentThread));
        }
        Path folder = Files.createTempDirectory("pulse-desk");
        ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "desk-background");
            thread.setDaemon(true);
            return thread;
        });
        round("cold", folder.resolve("cold"), webhookUrl, records, executor, 0);
        round("warm", folder.resolve("warm"), webhookUrl, records, executor, 1);
        Platform.exit();
        System.exit(0);
    }

    /** One window: the list loads, then F5, open, search and save; then the window left alone for 2 s. */
    private static void round(String phase, Path folder, String webhookUrl, int records, ExecutorService executor,
                              int row) throws Exception {
        Files.createDirectories(folder);
        RestOptions options = RestOptions.defaults().withPlan(new RateLimiter.Plan(1_000, 100_000));
        MainViewModel[] main = new MainViewModel[1];
        Stage stage = onFxGet(() -> {
            Stage shown = new Stage();
            DeskWindow window = new DeskWindow(shown, Texts.load(Locale.ENGLISH), new ObjectMapper(), executor,
                    new ConnectionSettingsStore(folder.resolve("connection.json"), new ObjectMapper()), folder,
                    options, () -> null);
            main[0] = window.show(new RestClient(Portal.webhook(webhookUrl), options), true);
            shown.setWidth(1280);
            shown.setHeight(800);
            shown.show();
            return shown;
        });
        // building and showing the window is start-up (see measure-startup.sh); the load is what follows
        // its first frame, while the rows arrive
        awaitPulses(2);
        MainViewModel desk = main[0];
        measure(phase, "load", () -> { }, () -> !desk.loadingProperty().get() && desk.rows().size() == records);
        measure(phase, "F5", desk::refresh, () -> !desk.loadingProperty().get());
        measure(phase, "open", () -> desk.open(desk.rows().get(row)), () -> desk.currentProperty().get() != null
                && desk.currentProperty().get().id() == desk.rows().get(row).id());
        measure(phase, "search", () -> desk.search().queryProperty().set("ann"),
                () -> !desk.search().results().isEmpty());
        RecordViewModel record = desk.currentProperty().get();
        Client someone = onFxGet(() -> desk.search().results().stream()
                .filter(found -> record.picks().stream().noneMatch(had -> had.id().equals(found.id())))
                .findFirst().orElseThrow());
        measure(phase, "save", () -> {
            record.add(someone);
            record.save();
        }, () -> !record.savingProperty().get() && record.statusProperty().get().text().startsWith("Saved"));
        long idleUntil = System.nanoTime() + 2_000_000_000L;
        measure(phase, "idle", () -> { }, () -> System.nanoTime() > idleUntil);
        onFx(() -> {
            desk.close();
            stage.hide(); // a window left open keeps drawing its caret into the next round's figures
        });
    }

    /**
     * -Dpulse.stalls: while the FX thread has not pulsed for 30 ms, its stack and the renderer's every 3 ms,
     * printed as {@code stall <phase> <action> <FX frames> RENDER <renderer frames>}: what the window was
     * doing in its long gaps (an idle FX thread waits for the renderer to finish the last frame).
     */
    private static void sampleStalls(Thread fx) {
        Thread renderer = Thread.getAllStackTraces().keySet().stream() // started with the toolkit
                .filter(thread -> thread.getName().startsWith("QuantumRenderer")).findFirst().orElse(fx);
        Thread sampler = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    return;
                }
                if (System.nanoTime() - pulsedAt > 30_000_000L && !measuring.isEmpty()) {
                    System.out.println("stall " + measuring + " " + frames(fx) + " RENDER " + frames(renderer));
                }
            }
        }, "stall-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static String frames(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).limit(40)
                .map(frame -> frame.getClassName().replaceAll(".*\\.", "") + "." + frame.getMethodName())
                .collect(Collectors.joining("<"));
    }

    /**
     * Bytes allocated so far by the threads alive now (the desk's threads live through a round). Through
     * reflection: the test classes are compiled into the app's module, which does not read jdk.management.
     */
    private static long allocatedSoFar() throws Exception {
        Object threads = ManagementFactory.getThreadMXBean();
        long[] bytes = (long[]) Class.forName("com.sun.management.ThreadMXBean")
                .getMethod("getThreadAllocatedBytes", long[].class)
                .invoke(threads, (Object) ManagementFactory.getThreadMXBean().getAllThreadIds());
        return Arrays.stream(bytes).filter(b -> b > 0).sum();
    }

    /**
     * Runs the action on the FX thread and prints the pulse gaps until {@code done}, and a few after, and
     * the bytes the JVM's threads allocated meanwhile.
     */
    private static void measure(String phase, String name, Runnable action, BooleanSupplier done) throws Exception {
        measuring = phase + " " + name;
        long allocated = allocatedSoFar();
        onFx(() -> {
            GAPS.clear();
            lastPulse = 0;
            action.run();
        });
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!onFxGet(done::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The action did not finish in 2 minutes");
            }
            Thread.sleep(5);
        }
        awaitPulses(3); // a gap that ends after the last change is counted
        measuring = "";
        List<Long> gaps = onFxGet(() -> List.copyOf(GAPS));
        System.out.println("gaps " + phase + " " + name + " "
                + gaps.stream().map(gap -> Long.toString(gap / 1_000)).collect(Collectors.joining(" ")));
        System.out.println("allocated " + phase + " " + name + " " + (allocatedSoFar() - allocated));
    }

    private static void awaitPulses(int count) throws Exception {
        long until = onFxGet(() -> pulses) + count;
        while (onFxGet(() -> pulses) < until) {
            Thread.sleep(5);
        }
    }

    private static void onFx(Runnable action) throws Exception {
        onFxGet(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFxGet(Callable<T> action) throws Exception {
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
