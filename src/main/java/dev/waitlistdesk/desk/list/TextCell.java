package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.common.Tooltips;
import javafx.scene.control.TableCell;

/** A table cell with one line of text; a cut text ends in "…" and the tooltip shows all of it. */
public final class TextCell extends TableCell<WaitlistRow, String> {

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean blank = empty || text == null || text.isEmpty();
        setText(blank ? null : text);
        Tooltips.set(this, blank ? null : text);
    }
}
