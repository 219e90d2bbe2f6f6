package dev.waitlistdesk.desk.common;

import javafx.scene.control.ListView;

/** What a list does as the keyboard reaches it. */
public final class ListFocus {

    private ListFocus() {
    }

    /**
     * Tabbed to with nothing chosen, the list chooses its focused (or first) row: Delete and the
     * arrows then act on a row the receptionist sees, instead of on nothing (Delete did nothing).
     * Only when the keyboard brought the focus (focusVisible): after a save the desk itself puts the
     * focus on the clients, and a stray Delete there must not remove one.
     */
    public static void choosesARow(ListView<?> list) {
        list.focusVisibleProperty().addListener((o, was, now) -> {
            if (now && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(Math.max(0, list.getFocusModel().getFocusedIndex()));
            }
        });
    }
}
