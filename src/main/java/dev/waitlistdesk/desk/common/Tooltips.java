package dev.waitlistdesk.desk.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A Tooltip is a popup window with a
 * scene of its own; made up front, the window's hundred or so (its buttons', every table cell's) took
 * about a tenth of the time from the first frame to the list (JFR, issue 19). A cell's tooltip, once
 * made, takes the text of each row the cell shows next.
 */
public final class Tooltips {

    private static final String TEXT = "waitlistdesk.tooltip.text";
    private static final EventHandler<MouseEvent> ON_ENTER = entered -> {
        if (entered.getSource() instanceof Control owner) {
            show(owner, (String) owner.getProperties().get(TEXT));
        }
    };

    private Tooltips() {
    }

    /** Shows {@code text} as the owner's tooltip, or none for null or empty text. */
    public static void set(Control owner, String text) {
        boolean first = !owner.getProperties().containsKey(TEXT);
        owner.getProperties().put(TEXT, text);
        if (first) {
            owner.addEventHandler(MouseEvent.MOUSE_ENTERED, ON_ENTER);
        }
        if (owner.getTooltip() != null || text == null || text.isEmpty()) {
            show(owner, text); // one already made follows at once; none is made for no text
        }
    }

    /**
     * Gives every control under {@code root} whose accessible help is set that help as its tooltip. The
     * views' FXML writes tooltips so: screen readers read them too, and none is made before it is wanted.
     */
    public static void fromAccessibleHelp(Node root) {
        if (root instanceof Control control && control.getAccessibleHelp() != null) {
            set(control, control.getAccessibleHelp());
        }
        if (root instanceof SplitPane split) { // its panes are its children only once it has a skin
            split.getItems().forEach(Tooltips::fromAccessibleHelp);
        } else if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Tooltips::fromAccessibleHelp);
        }
    }

    private static void show(Control owner, String text) {
        if (text == null || text.isEmpty()) {
            owner.setTooltip(null);
            return;
        }
        Tooltip tip = owner.getTooltip() != null ? owner.getTooltip() : new Tooltip();
        tip.setText(text);
        owner.setTooltip(tip);
    }
}
