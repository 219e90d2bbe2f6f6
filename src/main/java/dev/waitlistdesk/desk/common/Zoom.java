package dev.waitlistdesk.desk.common;

import java.util.function.DoubleConsumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The window's text, and its dialogs', larger or smaller: Ctrl+= (or Ctrl++) one step up, Ctrl+- one
 * step down, Ctrl+0 back to the theme's size. The root's font size is scaled, so everything sized in
 * em (all text, most padding) follows. The largest step still lays out whole at 1024×768 in German
 * (LayoutAuditTest).
 */
public final class Zoom {

    public static final double[] STEPS = {1.0, 1.1};
    /** Primer's own root font size, in px. */
    private static final double BASE_PX = 14;

    private Zoom() {
    }

    /** The zoom's keys on this scene; {@code changed} hears the new level (to apply and remember it). */
    public static void keys(Scene scene, java.util.function.DoubleSupplier current, DoubleConsumer changed) {
        Runnable in = () -> changed.accept(step(current.getAsDouble(), 1));
        Runnable out = () -> changed.accept(step(current.getAsDouble(), -1));
        for (KeyCode key : new KeyCode[] {KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD}) {
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), in);
        }
        for (KeyCode key : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), out);
        }
        for (KeyCode key : new KeyCode[] {KeyCode.DIGIT0, KeyCode.NUMPAD0}) {
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN),
                    () -> changed.accept(STEPS[0]));
        }
    }

    /** Shows the scene's text at this level (the nearest step: a hand-edited window.json stays within them). */
    public static void apply(Scene scene, double level) {
        apply(scene.getRoot(), level);
    }

    /**
     * A dialog at its owner's zoom. Called once the dialog has its owner and before it shows: a dialog
     * is sized as it shows, and its buttons keep that width.
     */
    public static void likeOwner(Dialog<?> dialog) {
        Window owner = dialog.getOwner();
        if (owner != null && owner.getScene() != null
                && owner.getScene().getRoot().getProperties().get(Zoom.class) instanceof Double level) {
            apply(dialog.getDialogPane(), level);
        }
    }

    private static void apply(Parent root, double level) {
        double shown = STEPS[nearest(level)];
        root.setStyle(shown == STEPS[0] ? "" : "-fx-font-size: " + BASE_PX * shown + "px;");
        root.getProperties().put(Zoom.class, shown);
    }

    /** The next step up (+1) or down (-1) from {@code level}, staying within the steps. */
    static double step(double level, int direction) {
        return STEPS[Math.max(0, Math.min(STEPS.length - 1, nearest(level) + direction))];
    }

    private static int nearest(double level) {
        int at = 0;
        for (int i = 1; i < STEPS.length; i++) {
            if (Math.abs(STEPS[i] - level) < Math.abs(STEPS[at] - level)) {
                at = i;
            }
        }
        return at;
    }
}
