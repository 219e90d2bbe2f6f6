package dev.waitlistdesk.app;

import dev.waitlistdesk.desk.common.FxScheduler;
import dev.waitlistdesk.settings.WindowPrefs;
import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's size and place: applied once before the first show (a window manager reads the
 * minimum-size hint and the size when the window maps), read back when it closes.
 */
final class WindowPlacement {

    /** Below this the list and the record no longer fit side by side; 1024×768 is fully usable. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 640;
    /** The content size of a first start, clamped to the screen. */
    static final double DEFAULT_WIDTH = 1240;
    static final double DEFAULT_HEIGHT = 760;
    /**
     * Room for the window manager's frame, unknown before the window maps: a window whose frame does
     * not fit is shrunk by the window manager (openbox: to its minimum), and JavaFX does not follow.
     */
    static final double FRAME_WIDTH = 16;
    static final double FRAME_HEIGHT = 48;
    /** After the window's first focus, when the window manager has placed and sized it. */
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMillis(500);
    private static final FxScheduler FX = new FxScheduler();

    private WindowPlacement() {
    }

    /** The content size to open with: the saved one or the default, its frame within the screen. */
    static double[] contentSize(WindowPrefs prefs, Rectangle2D screen) {
        double width = prefs.width() > 0 ? prefs.width() : DEFAULT_WIDTH;
        double height = prefs.height() > 0 ? prefs.height() : DEFAULT_HEIGHT;
        return new double[] {clamp(width, screen.getWidth() - FRAME_WIDTH, MIN_WIDTH),
                clamp(height, screen.getHeight() - FRAME_HEIGHT, MIN_HEIGHT)};
    }

    private static double clamp(double wanted, double room, double minimum) {
        return Math.max(Math.min(wanted, room), Math.min(minimum, room));
    }

    /** Minimum size, place and maximised state, before the stage is first shown. */
    static void place(Stage stage, WindowPrefs prefs) {
        Rectangle2D screen = screenOf(prefs).getVisualBounds();
        // Once shown, and again once the window manager focuses it, the size and the minimum: openbox
        // maps a JavaFX window at GTK's 200×200 (or at a minimum set before) and JavaFX does not notice.
        EventHandler<WindowEvent> shown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                double width = stage.getScene().getWidth(); // the content size asked for, before any frame
                double height = stage.getScene().getHeight();
                Runnable resize = () -> {
                    if (!stage.isMaximized()) { // the frame's size is known by now
                        stage.setWidth(width + stage.getWidth() - stage.getScene().getWidth());
                        stage.setHeight(height + stage.getHeight() - stage.getScene().getHeight());
                    }
                    stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
                    stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
                };
                Platform.runLater(resize);
                stage.focusedProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                        if (now) {
                            stage.focusedProperty().removeListener(this);
                            Platform.runLater(resize);
                            FX.schedule(ASK_AGAIN_AFTER, () -> askAgain(stage));
                        }
                    }
                });
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        if (prefs.x() != null && prefs.y() != null && !Screen.getScreensForRectangle(prefs.x(), prefs.y(), 1, 1).isEmpty()) {
            stage.setX(Math.max(screen.getMinX(), Math.min(prefs.x(), screen.getMaxX() - MIN_WIDTH / 2)));
            stage.setY(Math.max(screen.getMinY(), Math.min(prefs.y(), screen.getMaxY() - MIN_HEIGHT / 2)));
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.maximized());
    }

    /**
     * Asks for the window's size once more, through one pixel less. JavaFX sends nothing for a size it
     * believes the window has, and openbox may still hold the window at its minimum: seen once in sixteen
     * starts beside other windows, the desk laid out for 1008×720 in a 958×615 window, with Save
     * and the record's status out of sight until the receptionist resized it.
     */
    private static void askAgain(Stage stage) {
        if (stage.isMaximized() || stage.isIconified()) {
            return;
        }
        double width = stage.getWidth();
        double height = stage.getHeight();
        stage.setWidth(width - 1);
        stage.setHeight(height - 1);
        FX.schedule(Duration.ofMillis(100), () -> { // a pulse apart: in the same one JavaFX sends only the last size
            if (!stage.isMaximized()) {
                stage.setWidth(width);
                stage.setHeight(height);
            }
        });
    }

    /** The screen the window was last on, if it is still attached; else the primary one. */
    static Screen screenOf(WindowPrefs prefs) {
        if (prefs.x() != null && prefs.y() != null) {
            return Screen.getScreensForRectangle(prefs.x(), prefs.y(), 1, 1).stream().findFirst()
                    .orElse(Screen.getPrimary());
        }
        return Screen.getPrimary();
    }

    /** What to remember at close: a maximised window keeps its normal size and place from before. */
    static WindowPrefs closing(Stage stage, WindowPrefs prefs, double divider) {
        if (stage.isMaximized() || stage.isIconified()) {
            return prefs.withBounds(prefs.width(), prefs.height(), divider).withPlace(
                    prefs.x() == null ? stage.getX() : prefs.x(), prefs.y() == null ? stage.getY() : prefs.y(),
                    stage.isMaximized());
        }
        // the scene's size, not the stage's: a window manager's frame must not grow the window at every start
        return prefs.withBounds(stage.getScene().getWidth(), stage.getScene().getHeight(), divider)
                .withPlace(stage.getX(), stage.getY(), false);
    }

    /**
     * Keeps the divider where the receptionist left it while the window is narrower than the desk
     * (openbox may lay the desk out at GTK's 200×200 before the window's size): there the split pushes
     * the divider aside to fit its panes, and it would keep that share once the window is wide.
     */
    static void keepDivider(SplitPane split) {
        double narrow = MIN_WIDTH - FRAME_WIDTH;
        double[] kept = {split.getDividerPositions()[0]};
        split.getDividers().get(0).positionProperty().addListener((o, old, now) -> {
            if (split.getWidth() >= narrow) {
                kept[0] = now.doubleValue();
            }
        });
        split.widthProperty().addListener((o, old, now) -> {
            if (old.doubleValue() < narrow && now.doubleValue() >= narrow) {
                split.setDividerPositions(kept[0]);
            }
        });
    }
}
