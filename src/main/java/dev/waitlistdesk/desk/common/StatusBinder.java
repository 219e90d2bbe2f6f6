package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Status.Action;
import dev.waitlistdesk.desk.common.Status.Tone;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Shows a {@link Status}: a spinner, a sentence, one button per offered action, and a small-print
 * line. A choice the receptionist must make (a conflict) takes the focus, so the keyboard reaches it
 * at once; other statuses move the focus only when the button that had it goes away. The spinner
 * comes only when the work outlasts {@link #SPINNER_AFTER}: a quick save does not flash one.
 */
public final class StatusBinder {

    static final Duration SPINNER_AFTER = Duration.millis(300);

    private static final String[] TONE_CLASSES = {"tone-none", "tone-busy", "tone-success", "tone-info",
            "tone-waiting", "tone-error"};

    private final Region box;
    private final ProgressIndicator spinner;
    private final Label text;
    private final Pane actions;
    private final Label detail;
    private final ResourceBundle messages;
    private final String idPrefix;
    private final Consumer<Action> onAction;
    private final PauseTransition spinnerDelay = new PauseTransition(SPINNER_AFTER);
    private Node home;

    public StatusBinder(Region box, ProgressIndicator spinner, Label text, Pane actions, Label detail,
                 ResourceBundle messages, String idPrefix, Consumer<Action> onAction) {
        this.box = box;
        this.spinner = spinner;
        this.text = text;
        this.actions = actions;
        this.detail = detail;
        this.messages = messages;
        this.idPrefix = idPrefix;
        this.onAction = onAction;
        spinnerDelay.setOnFinished(e -> setShown(spinner, true));
        show(Status.NONE);
    }

    /**
     * Where the focus goes when the action button that had it goes away (Retry pressed, the status
     * changes): the place of the next keystroke, never whatever button happens to come next.
     */
    public void focusAfterAction(Node node) {
        this.home = node;
    }

    public void show(Status status) {
        boolean hadFocus = actions.getChildren().stream().anyMatch(Node::isFocused);
        boolean visible = status.tone() != Tone.NONE;
        setShown(box, visible);
        if (status.tone() != Tone.BUSY) {
            spinnerDelay.stop();
            setShown(spinner, false);
        } else if (!spinner.isVisible()) {
            spinnerDelay.playFromStart();
        }
        text.setText(status.text());
        box.getStyleClass().removeAll(TONE_CLASSES);
        box.getStyleClass().add("tone-" + status.tone().name().toLowerCase(Locale.ROOT));
        actions.getChildren().setAll(status.actions().stream().map(this::button).toList());
        setShown(actions, !status.actions().isEmpty());
        detail.setText(status.detail());
        setShown(detail, visible && !status.detail().isEmpty());
        if (status.tone() == Tone.WAITING && !actions.getChildren().isEmpty()) {
            actions.getChildren().get(0).requestFocus();
        } else if (hadFocus && home != null) {
            home.requestFocus();
        }
    }

    private Button button(Action action) {
        String name = action.name().toLowerCase(Locale.ROOT);
        Button button = new Button(messages.getString("status.action." + name));
        button.setId(idPrefix + "-" + name.replace('_', '-'));
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> onAction.accept(action));
        return button;
    }

    public static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
