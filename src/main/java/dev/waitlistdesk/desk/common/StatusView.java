package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.common.Status.Tone;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The inline outcome of a view, used from FXML as
 * {@code <StatusView name="deal" messages="$resources" spacing="6"/>}: a box in the status's tone with a
 * spinner, a sentence and one button per offered {@link Command} (the first is the default), and the
 * small print under it. The whole view gives up its room while there is no status.
 *
 * <p>A choice the receptionist must make (a conflict) takes the focus, so the keyboard reaches it at
 * once; other statuses move the focus only when the button that had it goes away. The spinner comes
 * only when the work outlasts {@link #SPINNER_AFTER}: a quick save does not flash one; nor, where no
 * status showed, the busy sentence before {@link #BUSY_AFTER}.
 *
 * <p>The parts' ids follow the name: {@code dealStatusBox}, {@code dealSpinner}, {@code dealStatus},
 * {@code dealActions}, {@code dealStatusDetail}, and buttons such as {@code dealAction-retry}.
 */
public final class StatusView extends VBox {

    static final Duration SPINNER_AFTER = Duration.millis(300);
    /**
     * A view with nothing to say shows "Saving…" or "Loading…" only once the work outlasts this: a quick
     * F5 or save does not push the list or the clients down and back up (two layouts and two repaints).
     */
    static final Duration BUSY_AFTER = Duration.millis(150);

    private static final String[] TONE_CLASSES = {"tone-none", "tone-busy", "tone-success", "tone-info",
            "tone-waiting", "tone-error"};

    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label text = new Label();
    private final HBox line = new HBox(10, spinner, text);
    private final VBox box = new VBox(line);
    private final Label detail = new Label();
    private final PauseTransition spinnerDelay = new PauseTransition(SPINNER_AFTER);
    private final PauseTransition busyDelay = new PauseTransition(BUSY_AFTER);
    private Status pendingBusy = Status.NONE;
    private Pane actions; // a row after the sentence, or a wrapping row under it (stacked)
    private String name = "";
    private boolean stacked;
    private Node home;
    private ResourceBundle messages;

    public StatusView() {
        spinner.getStyleClass().add("spinner");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("status-box");
        detail.getStyleClass().add("small-print");
        box.spacingProperty().bind(spacingProperty()); // stacked: the buttons sit as far below as the small print
        getChildren().setAll(box, detail);
        placeActions();
        spinnerDelay.setOnFinished(e -> Nodes.setShown(spinner, true));
        busyDelay.setOnFinished(e -> showNow(pendingBusy));
        show(Status.NONE);
    }

    public String getName() {
        return name;
    }

    /** Names the parts for tests and the layout audit: {@code deal} gives {@code dealStatus} and so on. */
    public void setName(String name) {
        this.name = name;
        box.setId(name + "StatusBox");
        spinner.setId(name + "Spinner");
        text.setId(name + "Status");
        actions.setId(name + "Actions");
        detail.setId(name + "StatusDetail");
    }

    public boolean isStacked() {
        return stacked;
    }

    /**
     * Puts the buttons under the sentence, in a row that wraps (a narrow panel, a long language);
     * otherwise they follow the sentence on its line.
     */
    public void setStacked(boolean stacked) {
        this.stacked = stacked;
        placeActions();
    }

    private void placeActions() {
        String id = actions == null ? null : actions.getId();
        line.getChildren().remove(actions);
        box.getChildren().remove(actions);
        if (stacked) {
            FlowPane wrapping = new FlowPane(6, 6);
            wrapping.setAlignment(Pos.CENTER_LEFT);
            actions = wrapping;
            box.getChildren().add(actions);
        } else {
            HBox row = new HBox(6);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(Region.USE_PREF_SIZE);
            actions = row;
            line.getChildren().add(actions);
        }
        actions.setId(id);
        Nodes.setShown(actions, false);
    }

    public ResourceBundle getMessages() {
        return messages;
    }

    /** Where the buttons' words come from: the FXML's own {@code $resources}. */
    public void setMessages(ResourceBundle messages) {
        this.messages = messages;
    }

    /**
     * Where the focus goes when the action button that had it goes away (Retry pressed, the status
     * changes): the place of the next keystroke, never whatever button happens to come next.
     */
    public void focusAfterAction(Node node) {
        this.home = node;
    }

    public void show(Status status) {
        if (status.tone() == Tone.BUSY && !isVisible()) {
            pendingBusy = status; // a newer busy sentence ("Loading 50 of 1,000…") keeps the first one's time
            if (busyDelay.getStatus() != Animation.Status.RUNNING) {
                spinnerDelay.playFromStart(); // the spinner still comes SPINNER_AFTER from the start of the work
                busyDelay.playFromStart();
            }
            return;
        }
        busyDelay.stop();
        showNow(status);
    }

    private void showNow(Status status) {
        boolean hadFocus = actions.getChildren().stream().anyMatch(Node::isFocused);
        boolean visible = status.tone() != Tone.NONE;
        Nodes.setShown(this, visible);
        if (status.tone() != Tone.BUSY) {
            spinnerDelay.stop();
            Nodes.setShown(spinner, false);
        } else if (!spinner.isVisible() && spinnerDelay.getStatus() != Animation.Status.RUNNING) {
            spinnerDelay.playFromStart();
        }
        text.setText(status.text());
        box.getStyleClass().removeAll(TONE_CLASSES);
        box.getStyleClass().add("tone-" + status.tone().name().toLowerCase(Locale.ROOT));
        actions.getChildren().setAll(status.commands().stream().map(this::button).toList());
        Nodes.setShown(actions, !status.commands().isEmpty());
        detail.setText(status.detail());
        Nodes.setShown(detail, !status.detail().isEmpty());
        if (status.tone() == Tone.WAITING && !actions.getChildren().isEmpty()) {
            actions.getChildren().get(0).requestFocus();
        } else if (hadFocus && home != null) {
            home.requestFocus();
        }
    }

    private Button button(Command command) {
        Button button = new Button(messages.getString(command.labelKey()));
        button.setId(name + "Action-" + command.id());
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(command.enabledProperty().not());
        button.setOnAction(e -> command.run());
        return button;
    }
}
