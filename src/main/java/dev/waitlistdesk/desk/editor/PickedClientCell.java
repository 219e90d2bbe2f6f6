package dev.waitlistdesk.desk.editor;

import dev.waitlistdesk.desk.common.ClientDetails;

import dev.waitlistdesk.desk.common.Tooltips;
import dev.waitlistdesk.desk.common.ClientIcons;

import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.Client;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One client of the open record: icon, name, type and phone, and a remove button. */
public final class PickedClientCell extends ListCell<Client> {

    private final ResourceBundle messages;
    private final Label name = new Label();
    private final Label details = new Label();
    private final Button remove = new Button("✕");
    private final HBox row;

    PickedClientCell(ResourceBundle messages, Consumer<Client> onRemove) {
        this.messages = messages;
        name.getStyleClass().add("client-name");
        details.getStyleClass().add("client-details");
        remove.getStyleClass().add("remove-button");
        remove.setFocusTraversable(false); // the keyboard removes with Delete on the list
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> onRemove.accept(getItem()));
        // The name and details give way (ending in "…") so the ✕ stays in view at any width.
        VBox text = new VBox(2, name, details);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        row = new HBox(10, new Label(), text, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // the list's width, never wider: no horizontal scroll bar
    }

    @Override
    protected void updateItem(Client party, boolean empty) {
        super.updateItem(party, empty);
        if (empty || party == null) {
            setGraphic(null);
            setText(null);
            Tooltips.set(this, null);
            return;
        }
        ClientIcons.show((Label) row.getChildren().get(0), party.id().kind());
        name.setText(party.name());
        details.setText(ClientDetails.of(messages, party));
        String removeText = MessageFormat.format(messages.getString("record.remove.tooltip"), party.name());
        Tooltips.set(remove, removeText);
        remove.setAccessibleText(removeText);
        Tooltips.set(this, party.name() + "\n" + details.getText()); // the whole text when it is cut
        setGraphic(row);
    }

}
