package dev.waitlistdesk.desk.common;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/**
 * Something done to every window of the app, dialogs and popups included: those open now and those
 * opened later, each once (a dialog's window comes back to the list every time it shows).
 */
public final class EveryWindow {

    private static final Set<Object> KEYS = new HashSet<>();

    private EveryWindow() {
    }

    /** Runs {@code action} once on each window; {@code key} names the action, and a second call with it does nothing. */
    public static void once(Object key, Consumer<Window> action) {
        if (!KEYS.add(key)) {
            return;
        }
        Consumer<Window> first = window -> {
            if (window.getProperties().putIfAbsent(key, true) == null) {
                action.accept(window);
            }
        };
        Window.getWindows().forEach(first);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(first);
            }
        });
    }
}
