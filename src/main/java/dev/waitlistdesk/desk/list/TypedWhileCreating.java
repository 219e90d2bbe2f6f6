package dev.waitlistdesk.desk.list;

import java.util.function.BiConsumer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * What the receptionist types while a new record is being created is meant for its client search:
 * Ctrl+N, the note, Enter, and at once the caller's name, while the record appears a round trip
 * later. Without this the name fell on the list (lost) or on the search of the record still open (a
 * client for the wrong record). Typing, Backspace, Enter and the find shortcut are held; any other
 * key or a click means the receptionist turned to something else, and ends the hold.
 */
final class TypedWhileCreating {

    private final KeyCombination find;
    private final StringBuilder typed = new StringBuilder();
    private final EventHandler<InputEvent> hold = this::held;
    private Scene scene;
    private boolean enter;

    TypedWhileCreating(KeyCombination find) {
        this.find = find;
    }

    /** From now on, the scene's typing is held for the record being created. */
    void start(Scene on) {
        stop();
        scene = on;
        scene.addEventFilter(InputEvent.ANY, hold);
    }

    boolean holding() {
        return scene != null;
    }

    /** The record opened: {@code into} gets what was typed and whether Enter followed it. */
    void handOver(BiConsumer<String, Boolean> into) {
        String text = typed.toString();
        boolean pressedEnter = enter;
        stop();
        into.accept(text, pressedEnter);
    }

    /** The creation failed or the receptionist turned elsewhere: the held typing goes. */
    void stop() {
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, hold);
            scene = null;
        }
        typed.setLength(0);
        enter = false;
    }

    private void held(InputEvent event) {
        if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
            stop();
        } else if (event instanceof InputMethodEvent composed) {
            if (!enter) {
                typed.append(composed.getCommitted()); // a dead key's letter (ã, é), by the input method
            }
            composed.consume();
        } else if (event instanceof KeyEvent key && key.getEventType() == KeyEvent.KEY_TYPED) {
            if (printable(key) && !enter) {
                typed.append(key.getCharacter());
            }
            key.consume();
        } else if (event instanceof KeyEvent key && key.getEventType() == KeyEvent.KEY_PRESSED) {
            if (key.getCode().isModifierKey()) {
                return; // Ctrl on its way to Ctrl+F, Shift for a capital
            } else if (key.getCode() == KeyCode.BACK_SPACE && !enter) {
                typed.setLength(Math.max(0, typed.length() - 1));
            } else if (key.getCode() == KeyCode.ENTER) {
                enter = true;
            } else if (!find.match(key) && !typing(key)) {
                stop(); // Esc, Tab, F5, Ctrl+L...: the receptionist does something else; the key does it
                return;
            }
            key.consume();
        }
    }

    /** A key that types (a letter, a digit, a space or a sign; under any layout), not one that commands. */
    private static boolean typing(KeyEvent key) {
        KeyCode code = key.getCode();
        return !key.isControlDown() && !key.isAltDown() && !key.isMetaDown() && !code.isFunctionKey()
                && !code.isNavigationKey() && !code.isArrowKey() && code != KeyCode.ESCAPE && code != KeyCode.TAB
                && code != KeyCode.DELETE;
    }

    private static boolean printable(KeyEvent key) {
        String c = key.getCharacter();
        return !key.isControlDown() && !key.isAltDown() && !key.isMetaDown() && !c.isEmpty()
                && !Character.isISOControl(c.charAt(0));
    }
}
