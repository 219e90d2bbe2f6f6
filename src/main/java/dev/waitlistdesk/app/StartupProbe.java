package dev.waitlistdesk.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * {@code --startup-probe}: prints how long the app took from JVM start to its first frame and, when the
 * app's window is probed, to the first rows of the list on screen; then exits with 0, so that
 * start-up can be measured alike from the jar, the app-image and the installed package.
 *
 * <p>"First frame" is the end of the first pulse after the window is shown: WINDOW_SHOWN alone comes
 * before anything is painted (the window is mapped, the scene not yet synced to the renderer); the next
 * pulse lays the scene out and hands it to the render thread. A post-layout pulse listener of the scene
 * marks that moment without polling and without forcing extra frames (an AnimationTimer would).
 *
 * <p>"List visible" is the end of the first pulse in which the table {@code #waitlistTable} shows a row
 * with a record: the data has arrived, the rows are laid out, and the FX thread is free for clicks. It is
 * read from the scene graph only, so the probe knows nothing of the views that build the table.
 */
public final class StartupProbe {

    public static final String FLAG = "--startup-probe";

    /** The node id of the waitlist table. */
    static final String LIST_ID = "#waitlistTable";

    /** How long to wait for the list before reporting that it did not appear. */
    private static final Duration LIST_TIMEOUT = Duration.seconds(30);

    /** How long to wait for a clean exit (stop() of the app, its threads) before forcing it. */
    private static final long EXIT_GRACE_MILLIS = 5_000;

    private StartupProbe() {
    }

    /**
     * Does nothing unless {@code args} holds {@link #FLAG}; call it in start(), before or after stage.show().
     * The window may show a loading state first: the list is awaited in the stage's scene, whose root may change.
     */
    public static void attach(Stage stage, List<String> args) {
        PrintStream out = System.out;
        attach(stage, args, line -> {
            out.println(line);
            out.flush();
        }, StartupProbe::exit, true);
    }

    static void attach(Stage stage, List<String> args, Consumer<String> report, Runnable exit, boolean awaitList) {
        if (!args.contains(FLAG)) {
            return;
        }
        Runnable afterFirstFrame = () -> {
            report.accept(String.format("first frame after %d ms (JVM start to Stage shown)", millisSinceJvmStart()));
            Scene scene = stage.getScene();
            if (scene == null || !awaitList) {
                Platform.runLater(exit);
            } else {
                awaitList(scene, report, exit);
            }
        };
        if (stage.isShowing()) {
            afterPulse(stage.getScene(), () -> true, afterFirstFrame);
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN,
                    shown -> afterPulse(stage.getScene(), () -> true, afterFirstFrame));
        }
    }

    private static void awaitList(Scene scene, Consumer<String> report, Runnable exit) {
        PauseTransition timeout = new PauseTransition(LIST_TIMEOUT);
        Runnable listVisible = () -> {
            timeout.stop();
            report.accept(String.format("list visible after %d ms (JVM start to the first rows laid out)",
                    millisSinceJvmStart()));
            Platform.runLater(exit);
        };
        Runnable listener = afterPulse(scene, () -> showsARecord(scene.lookup(LIST_ID)), listVisible);
        timeout.setOnFinished(done -> {
            scene.removePostLayoutPulseListener(listener);
            report.accept("list not visible after " + (long) LIST_TIMEOUT.toMillis() + " ms");
            exit.run();
        });
        timeout.play();
    }

    /** Whether the table has laid out a visible row that holds a record. */
    private static boolean showsARecord(Node table) {
        return table != null && table.isVisible() && table.lookupAll(".table-row-cell").stream()
                .anyMatch(row -> row.isVisible() && row instanceof IndexedCell<?> cell && !cell.isEmpty());
    }

    /** Runs {@code action} once, at the end of the first pulse (from the next one on) in which {@code done} holds. */
    private static Runnable afterPulse(Scene scene, BooleanSupplier done, Runnable action) {
        if (scene == null) {
            Platform.runLater(action);
            return action;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                if (done.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                }
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
        return once;
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
