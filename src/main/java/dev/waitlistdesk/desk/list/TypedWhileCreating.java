package dev.waitlistdesk.desk.list;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * What the receptionist types while a new record is being created is meant for that record: Ctrl+N,
 * the note, Enter, and at once Ctrl+F, the caller's name, Enter, Ctrl+S, while the record appears a
 * round trip later. Without this the name fell on the list (lost), or on the record still open: its
 * search, where Enter added the caller to the wrong record, and Ctrl+S saved that one. So the window
 * holds every key until the new record opens, then plays them there, in order, from its client search.
 * A click means the receptionist turned to something else: the keys held so far go. A failed creation
 * drops them too (no record for them; on the open one they would do harm).
 */
final class TypedWhileCreating {

    private final List<InputEvent> held = new ArrayList<>();
    private final EventHandler<InputEvent> hold = this::held;
    private Scene scene;
    private boolean opened;

    /** From now on, the scene's keys are held for the record being created. */
    void start(Scene on) {
        stop();
        scene = on;
        scene.addEventFilter(InputEvent.ANY, hold);
    }

    boolean holding() {
        return scene != null && !opened;
    }

    /**
     * The new record opened: once the event that opened it is done, {@code focusFirst} runs and the
     * keys held until then are played on the focus owner, as if typed there.
     */
    void opened(Runnable focusFirst) {
        opened = true;
        Platform.runLater(() -> {
            Scene on = scene;
            List<InputEvent> keys = List.copyOf(held);
            stop();
            if (on == null) {
                return;
            }
            focusFirst.run();
            for (InputEvent key : keys) {
                Node owner = on.getFocusOwner();
                if (owner != null) {
                    Event.fireEvent(owner, key.copyFor(owner, owner));
                }
            }
        });
    }

    /** The creation ended: unless the record opened, the held keys go. */
    void ended() {
        if (!opened) {
            stop();
        }
    }

    private void stop() {
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, hold);
            scene = null;
        }
        held.clear();
        opened = false;
    }

    private void held(InputEvent event) {
        if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
            stop();
        } else if (event instanceof KeyEvent || event instanceof InputMethodEvent) {
            held.add(event);
            event.consume();
        }
    }
}
