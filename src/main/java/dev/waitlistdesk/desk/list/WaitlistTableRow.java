package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.Tooltips;

import dev.waitlistdesk.desk.common.WaitlistRow;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A waitlist row; one deleted on the portal but still holding unsaved picks is struck through. */
final class WaitlistTableRow extends TableRow<WaitlistRow> {

    private static final PseudoClass GONE = PseudoClass.getPseudoClass("gone");

    private final ResourceBundle messages;

    WaitlistTableRow(ResourceBundle messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(WaitlistRow row, boolean empty) {
        super.updateItem(row, empty);
        boolean gone = !empty && row != null && row.gone();
        pseudoClassStateChanged(GONE, gone);
        Tooltips.set(this, gone ? messages.getString("list.row.gone") : null);
    }
}
