package dev.waitlistdesk.ui;

import dev.waitlistdesk.desk.DialogService;
import dev.waitlistdesk.desk.NewContact;
import dev.waitlistdesk.desk.SettingsViewModel;
import dev.waitlistdesk.desk.Texts;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The dialogs the view models ask for, owned by the main window. */
public final class FxDialogs implements DialogService {

    private final Supplier<Window> owner;
    private final Texts texts;
    private final Supplier<SettingsViewModel> settings;

    public FxDialogs(Supplier<Window> owner, Texts texts, Supplier<SettingsViewModel> settings) {
        this.owner = owner;
        this.texts = texts;
        this.settings = settings;
    }

    @Override
    public boolean confirm(String title, String question, String confirmButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, ButtonType.CANCEL);
        prepare(alert, title, null);
        // Deleting cannot be undone: Enter must not confirm by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        prepare(alert, title, null);
        alert.showAndWait();
    }

    @Override
    public Optional<String> askNewRecordNote() {
        TextField note = field("newRecordNote");
        ButtonType create = new ButtonType(texts.get("newRecord.create"), ButtonData.OK_DONE);
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, texts.get("newRecord.title"), texts.get("newRecord.header"));
        dialog.getDialogPane().setContent(form(new Label(texts.get("newRecord.note")), note));
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == create ? note.getText().strip() : null);
        dialog.setOnShown(e -> note.requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public Optional<NewContact> askNewContact(NewContact prefill) {
        TextField name = field("newContactName", prefill.name());
        TextField lastName = field("newContactLastName", prefill.lastName());
        TextField phone = field("newContactPhone", prefill.phone());
        TextField email = field("newContactEmail", prefill.email());
        ButtonType add = new ButtonType(texts.get("newContact.create"), ButtonData.OK_DONE);
        Dialog<NewContact> dialog = new Dialog<>();
        prepare(dialog, texts.get("newContact.title"), texts.get("newContact.header"));
        Label missing = new Label();
        missing.getStyleClass().add("hint");
        dialog.getDialogPane().setContent(form(new Label(texts.get("newContact.name")), name,
                new Label(texts.get("newContact.lastName")), lastName, new Label(texts.get("newContact.phone")), phone,
                new Label(texts.get("newContact.email")), email, new Label(), missing));
        dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(add).addEventFilter(ActionEvent.ACTION, e -> {
            if (name.getText().isBlank() && lastName.getText().isBlank() && phone.getText().isBlank()
                    && email.getText().isBlank()) {
                missing.setText(texts.get("newContact.missing"));
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button != add ? null : new NewContact(name.getText().strip(),
                lastName.getText().strip(), phone.getText().strip(), email.getText().strip()));
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public void openSettings() {
        SettingsViewModel vm = settings.get();
        ButtonType save = new ButtonType(texts.get("settings.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("settings.cancel"), ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, texts.get("settings.title"), null);
        dialog.getDialogPane().setContent(Views.settingsForm(vm, texts.bundle()));
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId("settingsSave");
        vm.doneProperty().addListener((o, old, done) -> dialog.close());
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.save()) {
                e.consume(); // keep the dialog open; the form says what is missing
            }
        });
        dialog.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String title, String header) {
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(Views.class.getResource("app.css").toExternalForm());
    }

    private static TextField field(String id) {
        return field(id, "");
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    private static GridPane form(Node... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-form");
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            if (labelsAndFields[i] instanceof Label label && labelsAndFields[i + 1] instanceof TextField field) {
                label.setLabelFor(field);
            }
            grid.addRow(i / 2, labelsAndFields[i], labelsAndFields[i + 1]);
        }
        return grid;
    }
}
