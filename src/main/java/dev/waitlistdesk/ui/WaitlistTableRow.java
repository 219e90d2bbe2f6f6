package dev.waitlistdesk.ui;

import dev.waitlistdesk.desk.WaitlistRow;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;

/** A waitlist row; one deleted on the portal but still holding unsaved picks is struck through. */
final class WaitlistTableRow extends TableRow<WaitlistRow> {

    private static final PseudoClass GONE = PseudoClass.getPseudoClass("gone");

    private final Tooltip goneTip;

    WaitlistTableRow(ResourceBundle messages) {
        goneTip = new Tooltip(messages.getString("list.row.gone"));
    }

    @Override
    protected void updateItem(WaitlistRow row, boolean empty) {
        super.updateItem(row, empty);
        boolean gone = !empty && row != null && row.gone();
        pseudoClassStateChanged(GONE, gone);
        setTooltip(gone ? goneTip : null);
    }
}
