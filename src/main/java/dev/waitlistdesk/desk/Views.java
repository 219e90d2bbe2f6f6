package dev.waitlistdesk.desk;

import dev.waitlistdesk.desk.booking.BookingPanelController;
import dev.waitlistdesk.desk.deals.DealsController;
import dev.waitlistdesk.desk.list.MainViewController;
import dev.waitlistdesk.desk.editor.RecordViewController;
import dev.waitlistdesk.desk.settings.SettingsDialogController;
import dev.waitlistdesk.desk.common.Tooltips;

import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.desk.booking.FillFreedTimeViewModel;
import dev.waitlistdesk.desk.deals.DealsViewModel;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.desk.settings.SettingsViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads the FXML views, building each controller with its view model. */
public final class Views {

    private Views() {
    }

    /** The main window's content: the waitlist on the left, the open record on the right. */
    public static Parent mainWindow(MainViewModel vm, BookingPanelViewModel booking, FillFreedTimeViewModel fill,
                                    DealsViewModel deals, ResourceBundle messages) {
        return load("/dev/waitlistdesk/desk/list/MainView.fxml", messages, type -> {
            if (type == BookingPanelController.class) {
                return new BookingPanelController(booking, fill);
            }
            if (type == DealsController.class) {
                return new DealsController(deals);
            }
            if (type == MainViewController.class) {
                return new MainViewController(vm);
            }
            if (type == RecordViewController.class) {
                return new RecordViewController(vm.records());
            }
            throw new IllegalArgumentException("No controller known for " + type);
        });
    }

    static Parent settingsForm(SettingsViewModel vm, ResourceBundle messages) {
        return load("/dev/waitlistdesk/desk/settings/SettingsDialog.fxml", messages, type -> new SettingsDialogController(vm));
    }

    private static Parent load(String fxml, ResourceBundle messages, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource(fxml), messages);
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            Tooltips.fromAccessibleHelp(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
