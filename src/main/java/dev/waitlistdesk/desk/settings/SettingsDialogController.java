package dev.waitlistdesk.desk.settings;

import dev.waitlistdesk.desk.common.Nodes;
import dev.waitlistdesk.desk.common.StatusView;

import dev.waitlistdesk.desk.settings.Appearance;
import dev.waitlistdesk.desk.settings.Languages;
import dev.waitlistdesk.desk.settings.SettingsViewModel;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** The connection form: secrets masked unless shown, a connection test, its result; theme and language. */
public final class SettingsDialogController {

    private final SettingsViewModel vm;

    @FXML private RadioButton webhookMode;
    @FXML private RadioButton oauthMode;
    @FXML private ToggleButton showSecrets;
    @FXML private GridPane webhookForm;
    @FXML private GridPane oauthForm;
    @FXML private Label webhookLabel;
    @FXML private PasswordField webhookField;
    @FXML private TextField endpointField;
    @FXML private PasswordField accessTokenField;
    @FXML private PasswordField refreshTokenField;
    @FXML private TextField clientIdField;
    @FXML private PasswordField clientSecretField;
    @FXML private Button testButton;
    @FXML private Button practiceButton;
    @FXML private StatusView status;
    @FXML private Label themeLabel;
    @FXML private ComboBox<String> themeChoice;
    @FXML private Label languageLabel;
    @FXML private ComboBox<String> languageChoice;
    @FXML private Label languageNote;
    @FXML private Label lockedNote;
    @FXML private Label proxyLabel;
    @FXML private TextField proxyField;
    @FXML private ResourceBundle resources;

    public SettingsDialogController(SettingsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        ToggleGroup modes = new ToggleGroup();
        webhookMode.setToggleGroup(modes);
        oauthMode.setToggleGroup(modes);
        modes.selectToggle(vm.oauthProperty().get() ? oauthMode : webhookMode);
        modes.selectedToggleProperty().addListener((o, old, now) -> vm.oauthProperty().set(now == oauthMode));
        showForm(webhookForm, vm.oauthProperty().not().get());
        showForm(oauthForm, vm.oauthProperty().get());
        vm.oauthProperty().addListener((o, old, oauth) -> {
            showForm(webhookForm, !oauth);
            showForm(oauthForm, oauth);
            fitWindow(); // the dialog fits the chosen form, so neither leaves a gap
        });
        webhookLabel.setLabelFor(webhookField);

        endpointField.textProperty().bindBidirectional(vm.clientEndpointProperty());
        clientIdField.textProperty().bindBidirectional(vm.clientIdProperty());
        revealable(webhookField, vm.webhookUrlProperty());
        revealable(accessTokenField, vm.accessTokenProperty());
        revealable(refreshTokenField, vm.refreshTokenProperty());
        revealable(clientSecretField, vm.clientSecretProperty());
        // the switch says what pressing it does: Show while the secrets are masked, Hide while shown
        showSecrets.textProperty().bind(javafx.beans.binding.Bindings.when(showSecrets.selectedProperty())
                .then(resources.getString("settings.hide")).otherwise(resources.getString("settings.show")));
        Nodes.setShown(practiceButton, vm.isConnected());
        practiceButton.setFocusTraversable(false); // destructive: never where the focus falls by itself

        // The settings' statuses offer no actions: the form itself is the next step.
        status.show(vm.statusProperty().get());
        vm.statusProperty().addListener((o, old, now) -> {
            status.show(now);
            fitWindow();
        });
        proxyLabel.setLabelFor(proxyField);
        proxyField.textProperty().bindBidirectional(vm.proxyProperty());
        showLock(vm.lockedByProperty().get());
        bindAppearance(vm.appearance());
    }

    /** IT's locked machine-wide connection: shown, not changeable, its secret not revealable. */
    private void showLock(String file) {
        boolean locked = !file.isEmpty();
        Nodes.setShown(lockedNote, locked);
        if (!locked) {
            return;
        }
        lockedNote.setText(MessageFormat.format(resources.getString("settings.locked"), file));
        for (Node part : List.of(webhookMode, oauthMode, showSecrets, webhookForm, oauthForm, proxyField)) {
            part.setDisable(true);
        }
        Nodes.setShown(practiceButton, false);
    }

    private void fitWindow() {
        Platform.runLater(() -> {
            if (webhookForm.getScene() != null) {
                webhookForm.getScene().getWindow().sizeToScene();
            }
        });
    }

    private static void showForm(GridPane form, boolean shown) {
        Nodes.setShown(form, shown);
    }

    /** A masked field with a plain twin in the same place; the Show switch decides which one is seen. */
    private void revealable(PasswordField masked, StringProperty text) {
        masked.textProperty().bindBidirectional(text);
        TextField plain = new TextField();
        plain.setId(masked.getId() + "Shown");
        plain.setPromptText(masked.getPromptText());
        plain.textProperty().bindBidirectional(text);
        plain.visibleProperty().bind(showSecrets.selectedProperty());
        masked.visibleProperty().bind(showSecrets.selectedProperty().not());
        showSecrets.selectedProperty().addListener((o, old, shown) -> {
            TextField from = shown ? masked : plain;
            TextField to = shown ? plain : masked;
            if (from.isFocused()) { // typing goes on in the twin
                to.requestFocus();
                to.positionCaret(to.getText().length());
            }
        });
        GridPane grid = (GridPane) masked.getParent();
        Integer row = GridPane.getRowIndex(masked);
        grid.getChildren().remove(masked);
        grid.add(new StackPane(masked, plain), 1, row == null ? 0 : row);
    }

    private void bindAppearance(Appearance appearance) {
        themeLabel.setLabelFor(themeChoice);
        languageLabel.setLabelFor(languageChoice);
        Map<String, String> themes = Map.of(Appearance.SYSTEM, resources.getString("settings.theme.system"),
                Appearance.LIGHT, resources.getString("settings.theme.light"),
                Appearance.DARK, resources.getString("settings.theme.dark"),
                Appearance.CONTRAST, resources.getString("settings.theme.contrast"));
        themeChoice.getItems().setAll(Appearance.SYSTEM, Appearance.LIGHT, Appearance.DARK, Appearance.CONTRAST);
        themeChoice.setConverter(named(tag -> themes.get(tag)));
        themeChoice.valueProperty().bindBidirectional(appearance.themeProperty());

        languageChoice.getItems().setAll(Appearance.SYSTEM);
        languageChoice.getItems().addAll(Languages.SUPPORTED.stream().map(Locale::toLanguageTag).toList());
        languageChoice.setConverter(named(tag -> tag.isEmpty() ? resources.getString("settings.language.system")
                : Languages.nativeName(Locale.forLanguageTag(tag))));
        languageChoice.valueProperty().bindBidirectional(vm.languageProperty());
        languageNote.visibleProperty().bind(vm.languageProperty().isNotEqualTo(appearance.languageProperty()));
        languageNote.managedProperty().bind(languageNote.visibleProperty());
    }

    private static StringConverter<String> named(java.util.function.Function<String, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : name.apply(tag);
            }

            @Override
            public String fromString(String text) {
                return null; // not editable
            }
        };
    }

    @FXML
    private void test() {
        vm.testConnection();
    }

    @FXML
    private void usePractice() {
        vm.usePracticePortal();
    }
}
