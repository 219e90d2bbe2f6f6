package dev.waitlistdesk.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * {@code --startup-probe}: prints how long the app took from JVM start to its first frame, then exits with 0,
 * so that start-up can be measured alike from the jar, the app-image and the installed package.
 *
 * <p>"First frame" is the end of the first pulse after the window is shown: WINDOW_SHOWN alone comes
 * before anything is painted (the window is mapped, the scene not yet synced to the renderer); the next
 * pulse lays the scene out and hands it to the render thread. A post-layout pulse listener of the scene
 * marks that moment without polling and without forcing extra frames (an AnimationTimer would).
 */
public final class StartupProbe {

    public static final String FLAG = "--startup-probe";

    /** How long to wait for a clean exit (stop() of the app, its threads) before forcing it. */
    private static final long EXIT_GRACE_MILLIS = 5_000;

    private StartupProbe() {
    }

    /** Does nothing unless {@code args} holds {@link #FLAG}; call it in start(), before or after stage.show(). */
    public static void attach(Stage stage, List<String> args) {
        PrintStream out = System.out;
        attach(stage, args, line -> {
            out.println(line);
            out.flush();
        }, StartupProbe::exit);
    }

    static void attach(Stage stage, List<String> args, Consumer<String> report, Runnable exit) {
        if (!args.contains(FLAG)) {
            return;
        }
        Runnable afterFirstFrame = () -> {
            report.accept(String.format("first frame after %d ms (JVM start to Stage shown)", millisSinceJvmStart()));
            Platform.runLater(exit);
        };
        if (stage.isShowing()) {
            afterNextPulse(stage.getScene(), afterFirstFrame);
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> afterNextPulse(stage.getScene(), afterFirstFrame));
        }
    }

    private static void afterNextPulse(Scene scene, Runnable action) {
        if (scene == null) {
            Platform.runLater(action);
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    private static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void exit() {
        Thread forced = new Thread(() -> {
            try {
                Thread.sleep(EXIT_GRACE_MILLIS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        }, "startup-probe-exit");
        forced.setDaemon(true);
        forced.start();
        Platform.exit();
    }
}
