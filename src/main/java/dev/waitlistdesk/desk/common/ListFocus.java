package dev.waitlistdesk.desk.common;

import javafx.scene.control.ListView;

/** What a list does as the keyboard reaches it. */
public final class ListFocus {

    private ListFocus() {
    }

    /**
     * Tabbed to with nothing chosen, the list chooses its focused (or first) row: Delete and the
     * arrows then act on a row the receptionist sees, instead of on nothing (Delete did nothing).
     */
    public static void choosesARow(ListView<?> list) {
        list.focusedProperty().addListener((o, was, now) -> {
            if (now && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(Math.max(0, list.getFocusModel().getFocusedIndex()));
            }
        });
    }
}
