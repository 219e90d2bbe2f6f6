package dev.waitlistdesk.desk.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * A cell's one tooltip, made on first use and given new text after. A Tooltip is a popup window
 * with a scene of its own: a new one on every cell update stalled the FX thread when a list filled.
 */
public final class CellTooltip {

    private Tooltip tip;

    /** Shows {@code text} as the owner's tooltip, or none for null or empty text. */
    public void set(Control owner, String text) {
        if (text == null || text.isEmpty()) {
            owner.setTooltip(null);
            return;
        }
        if (tip == null) {
            tip = new Tooltip();
        }
        tip.setText(text);
        owner.setTooltip(tip);
    }
}
