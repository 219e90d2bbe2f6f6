package dev.waitlistdesk.desk.common;

import javafx.scene.Node;

/** Small helpers for nodes the controllers show and hide. */
public final class Nodes {

    private Nodes() {
    }

    /** Shows or hides a node; a hidden node also gives up its room in the layout. */
    public static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
