package dev.waitlistdesk.desk.common;

import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+N, Ctrl+S, Ctrl+C and the other letter shortcuts on the same keys under a Cyrillic keyboard
 * layout. On Linux, with a layout that has no Latin group (Russian alone, or Russian first), JavaFX
 * gives Ctrl+т no key code (UNDEFINED, text "т"), so no shortcut matched it: Ctrl+N, Ctrl+S and even
 * Ctrl+C in a field did nothing. Such a press goes on as the Latin key in the same place, N for т, as
 * Windows and layouts with a Latin group already report it (those presses have a code and pass as they are).
 */
public final class LayoutShortcuts {

    /** The Russian letters (ЙЦУКЕН), Ukrainian і and Belarusian ў, and the Latin key each sits on. */
    private static final String CYRILLIC = "йцукенгшщзфывапролдячсмитьіў";
    private static final String LATIN = "QWERTYUIOPASDFGHJKLZXCVBNMSO";

    private LayoutShortcuts() {
    }

    /** On every window of the app, dialogs included, from now on. Call on the FX thread. */
    public static void everywhere() {
        EveryWindow.once(LayoutShortcuts.class,
                window -> window.addEventFilter(KeyEvent.KEY_PRESSED, LayoutShortcuts::byPlace));
    }

    private static void byPlace(KeyEvent press) {
        if (!press.isShortcutDown() || press.getCode() != KeyCode.UNDEFINED || press.getText().length() != 1) {
            return;
        }
        int at = CYRILLIC.indexOf(Character.toLowerCase(press.getText().charAt(0)));
        if (at < 0) {
            return;
        }
        String latin = LATIN.substring(at, at + 1);
        press.consume();
        Event.fireEvent(press.getTarget(), new KeyEvent(press.getSource(), press.getTarget(), KeyEvent.KEY_PRESSED,
                press.getCharacter(), press.isShiftDown() ? latin : latin.toLowerCase(), KeyCode.getKeyCode(latin),
                press.isShiftDown(), press.isControlDown(), press.isAltDown(), press.isMetaDown()));
    }
}
