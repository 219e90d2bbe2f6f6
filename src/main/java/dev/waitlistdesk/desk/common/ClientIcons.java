package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.ClientId;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** Small vector icons for the two client types, so no font or image file is needed. */
public final class ClientIcons {

    private static final String PERSON = "M8 8a3 3 0 1 0 0-6a3 3 0 0 0 0 6zM2 15c0-3.3 2.7-6 6-6s6 2.7 6 6z";
    private static final String BUILDING = "M2 15V2h8v13zM11 15V6h4v9zM4 4h1.5v1.5H4zM6.5 4H8v1.5H6.5zM4 7h1.5"
            + "v1.5H4zM6.5 7H8v1.5H6.5zM4 10h1.5v1.5H4zM6.5 10H8v1.5H6.5zM5 13h2v2H5z";

    private ClientIcons() {
    }

    /**
     * Shows the icon of {@code kind} on {@code label}; one that shows it already keeps it: a cell given
     * another client of the same kind (each search result, each record opened) parses no path again.
     */
    public static void show(Labeled label, ClientId.Kind kind) {
        Node shown = label.getGraphic();
        if (shown == null || shown.getUserData() != kind) {
            label.setGraphic(of(kind));
        }
    }

    private static Node of(ClientId.Kind kind) {
        SVGPath icon = new SVGPath();
        icon.setUserData(kind);
        icon.setContent(kind == ClientId.Kind.COMPANY ? BUILDING : PERSON);
        icon.setFillRule(FillRule.EVEN_ODD);
        icon.getStyleClass().addAll("client-icon", kind == ClientId.Kind.COMPANY ? "company" : "contact");
        return icon;
    }
}
