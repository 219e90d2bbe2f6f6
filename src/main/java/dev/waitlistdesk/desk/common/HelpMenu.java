package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.common.Texts;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Help menu (F1): Copy diagnostics for a support ticket, and About with the version and the licences. */
public final class HelpMenu {

    private HelpMenu() {
    }

    /**
     * @param diagnostics the redacted diagnostics text, made when asked for
     * @param about       the About box's lines: the version first, then the rest
     * @param notices     the third-party notices shown in the About box, read when it opens
     */
    public static MenuButton create(Texts texts, Supplier<String> diagnostics, Supplier<String[]> about,
                                    Supplier<String> notices) {
        MenuItem copy = new MenuItem(texts.get("help.copyDiagnostics"));
        copy.setId("copyDiagnostics");
        MenuItem aboutItem = new MenuItem(texts.get("help.about"));
        aboutItem.setId("aboutItem");
        // "?" takes the least room (the window must fit 1024 px in German); its
        // name is for screen readers and the tooltip. No mnemonic: Alt+H is "Take theirs" in this window.
        MenuButton menu = new MenuButton("?", null, copy, aboutItem);
        menu.setAccessibleText(texts.get("help.menu"));
        menu.setId("helpMenu");
        menu.setMnemonicParsing(false);
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltips.set(menu, texts.get("help.menu.tooltip"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(diagnostics.get());
            Clipboard.getSystemClipboard().setContent(content);
            Alert done = new Alert(Alert.AlertType.INFORMATION, texts.get("help.copied"),
                    new ButtonType(texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
            show(done, menu, texts.get("help.copied.title"), null);
        });
        aboutItem.setOnAction(e -> showAbout(menu, texts, about.get(), notices.get()));
        menu.sceneProperty().addListener((o, old, scene) -> opensWithF1(scene, menu));
        return menu;
    }

    private static void opensWithF1(Scene scene, MenuButton menu) {
        if (scene != null) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), menu::show);
        }
    }

    private static void showAbout(MenuButton menu, Texts texts, String[] lines, String notices) {
        TextArea licences = new TextArea(notices);
        licences.setId("licences");
        licences.setEditable(false);
        licences.setAccessibleText(texts.get("about.licences"));
        licences.setPrefRowCount(16);
        licences.setPrefColumnCount(90);
        Label text = new Label(lines[1]);
        text.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().setContent(new VBox(10, text, licences));
        alert.getDialogPane().setId("aboutDialog");
        show(alert, menu, texts.get("about.title"), lines[0]);
    }

    private static void show(Alert alert, MenuButton menu, String title, String header) {
        alert.setTitle(title);
        alert.getDialogPane().getStylesheets().add(HelpMenu.class.getResource("app.css").toExternalForm());
        alert.setHeaderText(header);
        Window owner = menu.getScene() == null ? null : menu.getScene().getWindow();
        if (owner != null) {
            alert.initOwner(owner);
            Zoom.likeOwner(alert);
        }
        alert.showAndWait();
    }
}
