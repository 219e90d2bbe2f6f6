package dev.waitlistdesk.desk;

import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.port.NewContact;
import dev.waitlistdesk.desk.settings.SettingsViewModel;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.common.Zoom;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The dialogs the view models ask for, owned by the main window. */
public final class FxDialogs implements DialogService {

    private static final double HINT_WIDTH = 320;

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
        ButtonType no = cancel();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        prepare(alert, title, null);
        // What is confirmed cannot be undone: Enter or Space must not confirm by accident.
        Button confirm = (Button) alert.getDialogPane().lookupButton(yes);
        Button cancel = (Button) alert.getDialogPane().lookupButton(no);
        confirm.setDefaultButton(false);
        // Cancel answers Enter, and looks it, unless the receptionist moved the focus to the confirm
        // button: then Cancel is no longer blue, and Enter no longer cancels behind their back.
        cancel.defaultButtonProperty().bind(confirm.focusedProperty().not());
        confirm.getStyleClass().add("danger");
        focusWhenShown(alert, cancel);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public int choose(String title, String question, List<String> answers) {
        List<ButtonType> buttons = answers.stream().map(answer -> new ButtonType(answer, ButtonData.OTHER)).toList();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question);
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(cancel());
        prepare(alert, title, null);
        // the answers in the order given, the first the default, whatever the platform's button order
        ((ButtonBar) alert.getDialogPane().lookup(".button-bar")).setButtonOrder(ButtonBar.BUTTON_ORDER_NONE);
        for (ButtonType answer : buttons) { // each as wide as its words: an answer is never cut to "Use the…"
            Button button = (Button) alert.getDialogPane().lookupButton(answer);
            ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Button first = (Button) alert.getDialogPane().lookupButton(buttons.get(0));
        first.setDefaultButton(true);
        focusWhenShown(alert, first);
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message,
                new ButtonType(texts.get("dialog.ok"), ButtonData.OK_DONE));
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
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel());
        dialog.setResultConverter(button -> button == create ? note.getText().strip() : null);
        // Create only with a note: Enter in the field creates, a stray Space never makes an empty record.
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(
                Bindings.createBooleanBinding(() -> note.getText().isBlank(), note.textProperty()));
        focusWhenShown(dialog, note);
        TypeAhead.into(dialog, note);
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
        Label missing = new Label(texts.get("newContact.missing"));
        missing.getStyleClass().add("hint");
        missing.setWrapText(true); // beside the fields' width, in as many lines as it takes
        missing.setPrefWidth(HINT_WIDTH);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(form(new Label(texts.get("newContact.name")), name,
                new Label(texts.get("newContact.lastName")), lastName, new Label(texts.get("newContact.phone")), phone,
                new Label(texts.get("newContact.email")), email, new Label(), missing));
        dialog.getDialogPane().getButtonTypes().setAll(add, cancel());
        // Add only with something to add: the hint says what is missing while the button is off.
        BooleanBinding empty = Bindings.createBooleanBinding(() -> name.getText().isBlank()
                        && lastName.getText().isBlank() && phone.getText().isBlank() && email.getText().isBlank(),
                name.textProperty(), lastName.textProperty(), phone.textProperty(), email.textProperty());
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(empty);
        missing.visibleProperty().bind(empty);
        dialog.setResultConverter(button -> button != add ? null : new NewContact(name.getText().strip(),
                lastName.getText().strip(), phone.getText().strip(), email.getText().strip()));
        focusWhenShown(dialog, name);
        TypeAhead.into(dialog, name);
        return dialog.showAndWait();
    }

    @Override
    public void openSettings() {
        SettingsViewModel vm = settings.get();
        ButtonType save = new ButtonType(texts.get("settings.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("settings.cancel"), ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, texts.get("settings.title"), null);
        Parent form = Views.settingsForm(vm, texts.bundle());
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId("settingsSave");
        vm.doneProperty().addListener((o, old, done) -> dialog.close());
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.save()) {
                e.consume(); // keep the dialog open; the form says what is missing
            }
        });
        Node first = form.lookup(vm.oauthProperty().get() ? "#endpointField" : "#webhookField");
        focusWhenShown(dialog, first);
        if (first instanceof javafx.scene.control.TextInputControl field) {
            TypeAhead.caretAtEndOnFocus(field); // modal still: its confirmations must stay on top of it
        }
        dialog.showAndWait();
        vm.closed();
    }

    /**
     * Puts the focus on {@code target} once the dialog shows. A window manager may focus the window
     * only after the shown event (openbox does), and then the dialog would focus its default button:
     * so the first time the window gets the focus, the target takes it again.
     */
    private static void focusWhenShown(Dialog<?> dialog, Node target) {
        dialog.setOnShown(e -> {
            target.requestFocus();
            ReadOnlyBooleanProperty focused = dialog.getDialogPane().getScene().getWindow().focusedProperty();
            focused.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        focused.removeListener(this);
                        focusAgain(target);
                    }
                }
            });
        });
    }

    /**
     * Off the field and back, once its window has the keyboard: JavaFX sets up the window system's input
     * method (dead keys: ´ then e is é) for a field as it gains the focus in a focused window, and the
     * first field of a dialog gained it before (seen under openbox, with GTK's input method and with X's).
     * The caret stays at the end, as when the field first took the focus.
     */
    private static void focusAgain(Node target) {
        if (target instanceof TextInputControl field && field.getParent() != null) {
            field.getParent().requestFocus();
            TypeAhead.caretAtEndOnFocus(field);
        }
        target.requestFocus();
    }

    /** In the desk's language: JavaFX's own ButtonType.CANCEL reads "Cancel" in Russian and Polish. */
    private ButtonType cancel() {
        return new ButtonType(texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    private void prepare(Dialog<?> dialog, String title, String header) {
        dialog.initOwner(owner.get());
        Zoom.likeOwner(dialog);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(Views.class.getResource("common/app.css").toExternalForm());
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
                label.setMinWidth(Region.USE_PREF_SIZE); // the field gives way, never the label's words
            }
            grid.addRow(i / 2, labelsAndFields[i], labelsAndFields[i + 1]);
        }
        return grid;
    }
}
