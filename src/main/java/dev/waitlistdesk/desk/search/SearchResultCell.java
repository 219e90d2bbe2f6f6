package dev.waitlistdesk.desk.search;

import dev.waitlistdesk.desk.common.Tooltips;
import dev.waitlistdesk.desk.common.ClientIcons;
import dev.waitlistdesk.desk.common.ClientDetails;

import dev.waitlistdesk.port.Client;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A search result: icon, name, and type with phone or e-mail. */
public final class SearchResultCell extends ListCell<Client> {

    private final ResourceBundle messages;
    private final Label icon = new Label();
    private final Label name = new Label();
    private final Label details = new Label();
    private final HBox row = new HBox(8, icon, name, details);

    public SearchResultCell(ResourceBundle messages) {
        this.messages = messages;
        name.getStyleClass().add("client-name");
        details.getStyleClass().add("client-details");
        row.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(Region.USE_PREF_SIZE); // the details give way first, ending in "…"
        details.setMinWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // the list's width, never wider
    }

    @Override
    protected void updateItem(Client party, boolean empty) {
        super.updateItem(party, empty);
        if (empty || party == null) {
            setGraphic(null);
            Tooltips.set(this, null);
            return;
        }
        ClientIcons.show(icon, party.id().kind());
        name.setText(party.name());
        details.setText(ClientDetails.of(messages, party));
        Tooltips.set(this, party.name() + "\n" + details.getText());
        setGraphic(row);
    }
}
