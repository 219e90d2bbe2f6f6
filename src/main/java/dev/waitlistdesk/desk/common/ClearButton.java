package dev.waitlistdesk.desk.common;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.textfield.CustomTextField;

/** A small "×" inside a text field that empties it: one click instead of select-all and delete. */
public final class ClearButton {

    private ClearButton() {
    }

    public static void attach(CustomTextField field, String tooltip) {
        Button clear = new Button("×");
        clear.getStyleClass().add("clear-button");
        clear.setFocusTraversable(false); // Esc clears from the keyboard; Tab should not stop here
        Tooltips.set(clear, tooltip);
        clear.setAccessibleText(tooltip);
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.setOnAction(e -> {
            field.clear();
            field.requestFocus();
        });
        field.setRight(clear);
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
    }
}
