package dev.waitlistdesk.ui;

import dev.waitlistdesk.desk.Status;
import dev.waitlistdesk.desk.Status.Tone;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;

/** Shows a {@link Status} in a spinner, a sentence, a next-step button and a small-print line. */
final class StatusBinder {

    private static final String[] TONE_CLASSES = {"tone-none", "tone-busy", "tone-success", "tone-info",
            "tone-waiting", "tone-error"};

    private final Region box;
    private final ProgressIndicator spinner;
    private final Label text;
    private final Button nextStep;
    private final Label detail;
    private final ResourceBundle messages;

    StatusBinder(Region box, ProgressIndicator spinner, Label text, Button nextStep, Label detail,
                 ResourceBundle messages) {
        this.box = box;
        this.spinner = spinner;
        this.text = text;
        this.nextStep = nextStep;
        this.detail = detail;
        this.messages = messages;
        show(Status.NONE);
    }

    void show(Status status) {
        boolean visible = status.tone() != Tone.NONE;
        setShown(box, visible);
        setShown(spinner, status.tone() == Tone.BUSY || status.tone() == Tone.WAITING);
        text.setText(status.text());
        box.getStyleClass().removeAll(TONE_CLASSES);
        box.getStyleClass().add("tone-" + status.tone().name().toLowerCase());
        setShown(nextStep, status.nextStep() != Status.NextStep.NONE);
        nextStep.setText(switch (status.nextStep()) {
            case REFRESH_LIST -> messages.getString("status.next.refresh");
            case RETRY -> messages.getString("status.next.retry");
            case OPEN_SETTINGS -> messages.getString("status.next.settings");
            case NONE -> "";
        });
        detail.setText(status.detail());
        setShown(detail, visible && !status.detail().isEmpty());
    }

    static void setShown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
