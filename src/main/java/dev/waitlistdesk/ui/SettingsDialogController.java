package dev.waitlistdesk.ui;

import dev.waitlistdesk.desk.SettingsViewModel;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The connection form: secrets in masked fields, a connection test, its result. */
public final class SettingsDialogController {

    private final SettingsViewModel vm;

    @FXML private RadioButton webhookMode;
    @FXML private RadioButton oauthMode;
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
    @FXML private HBox statusBox;
    @FXML private ProgressIndicator spinner;
    @FXML private Label statusText;
    @FXML private HBox statusActions;
    @FXML private Label statusDetail;
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
        webhookForm.visibleProperty().bind(vm.oauthProperty().not());
        oauthForm.visibleProperty().bind(vm.oauthProperty());
        webhookLabel.setLabelFor(webhookField);

        webhookField.textProperty().bindBidirectional(vm.webhookUrlProperty());
        endpointField.textProperty().bindBidirectional(vm.clientEndpointProperty());
        accessTokenField.textProperty().bindBidirectional(vm.accessTokenProperty());
        refreshTokenField.textProperty().bindBidirectional(vm.refreshTokenProperty());
        clientIdField.textProperty().bindBidirectional(vm.clientIdProperty());
        clientSecretField.textProperty().bindBidirectional(vm.clientSecretProperty());
        testButton.disableProperty().bind(vm.testingProperty());
        StatusBinder.setShown(practiceButton, vm.isConnected());

        // The settings' statuses offer no actions: the form itself is the next step.
        StatusBinder status = new StatusBinder(statusBox, spinner, statusText, statusActions, statusDetail,
                resources, "settingsAction", action -> { }, null);
        status.show(vm.statusProperty().get());
        vm.statusProperty().addListener((o, old, now) -> status.show(now));
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
