package dev.waitlistdesk.desk;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Keys typed between a shortcut and the dialog's first frame land in the dialog's first field, in
 * order. A modal dialog disables its owner the moment it shows, and the window system drops keys
 * sent to a disabled window until the window manager focuses the dialog (openbox: 100–250 ms, the
 * first characters of a fast typist). So the dialog is not modal; the owner's scene holds every
 * input instead, and what was typed there goes to the field.
 */
final class TypeAhead {

    private final TextInputControl target;
    private int typed;

    private TypeAhead(TextInputControl target) {
        this.target = target;
    }

    /** Call before the dialog shows: its owner takes no input while it is open; typed text goes to {@code target}. */
    static void into(Dialog<?> dialog, TextInputControl target) {
        Window owner = dialog.getOwner();
        caretAtEndOnFocus(target);
        if (owner == null || owner.getScene() == null) {
            return;
        }
        dialog.initModality(Modality.NONE);
        Scene scene = owner.getScene();
        TypeAhead typeAhead = new TypeAhead(target);
        EventHandler<InputEvent> hold = event -> typeAhead.held(dialog, event);
        scene.addEventFilter(InputEvent.ANY, hold);
        dialog.setOnHidden(e -> scene.removeEventFilter(InputEvent.ANY, hold));
    }

    /** A field the dialog opens with keeps its text: the caret goes to its end instead of selecting all. */
    static void caretAtEndOnFocus(TextInputControl field) {
        field.focusedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    field.focusedProperty().removeListener(this);
                    Platform.runLater(field::end); // after the skin's own select-all on focus
                }
            }
        });
    }

    private void held(Dialog<?> dialog, InputEvent event) {
        event.consume(); // the owner is blocked as a modal dialog would block it
        if (event instanceof InputMethodEvent composed && !composed.getCommitted().isEmpty()) {
            target.appendText(composed.getCommitted()); // a dead key's letter (é), by the input method
            typed += composed.getCommitted().length();
        } else if (event instanceof KeyEvent key) {
            if (key.getEventType() == KeyEvent.KEY_TYPED && printable(key)) {
                target.appendText(key.getCharacter());
                typed++;
            } else if (key.getEventType() == KeyEvent.KEY_PRESSED && key.getCode() == KeyCode.BACK_SPACE && typed > 0) {
                target.deleteText(target.getLength() - 1, target.getLength());
                typed--;
            }
        } else if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                window.requestFocus();
            }
        }
    }

    private static boolean printable(KeyEvent key) {
        String c = key.getCharacter();
        return !key.isControlDown() && !key.isAltDown() && !key.isMetaDown() && !c.isEmpty()
                && !Character.isISOControl(c.charAt(0)) && c != KeyEvent.CHAR_UNDEFINED;
    }
}
