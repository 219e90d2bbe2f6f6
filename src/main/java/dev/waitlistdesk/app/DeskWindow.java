package dev.waitlistdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.adapters.RestFailures;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.booking.BookingPortalDesk;
import dev.waitlistdesk.booking.BookingWaitlistStore;
import dev.waitlistdesk.crm.CrmDealDirectory;
import dev.waitlistdesk.crm.RestDeals;
import dev.waitlistdesk.desk.BookingPanelViewModel;
import dev.waitlistdesk.desk.BookingServices;
import dev.waitlistdesk.desk.DealsViewModel;
import dev.waitlistdesk.crm.CrmClientDirectory;
import dev.waitlistdesk.crm.RestCrmDirectory;
import dev.waitlistdesk.desk.DeskContext;
import dev.waitlistdesk.desk.Drafts;
import dev.waitlistdesk.desk.Failure;
import dev.waitlistdesk.desk.StoreException;
import dev.waitlistdesk.desk.MainViewModel;
import dev.waitlistdesk.desk.SettingsViewModel;
import dev.waitlistdesk.desk.Texts;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import dev.waitlistdesk.settings.DraftStore;
import dev.waitlistdesk.ui.FxBackgroundRunner;
import dev.waitlistdesk.ui.FxDialogs;
import dev.waitlistdesk.ui.FxScheduler;
import dev.waitlistdesk.ui.Views;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the desk for one portal inside the window: services, view models, views. Connecting to
 * another portal from the settings builds it again, so nothing of the old portal lingers.
 */
public final class DeskWindow {

    private final Stage stage;
    private final Texts texts;
    private final ObjectMapper json;
    private final Executor executor;
    private final ConnectionSettingsStore store;
    private final Path dataDir;
    private final RestOptions options;
    private final Supplier<RestClient> practice;
    private MainViewModel main;
    private Consumer<URI> browser = uri -> { };

    public DeskWindow(Stage stage, Texts texts, ObjectMapper json, Executor executor, ConnectionSettingsStore store,
                      Path dataDir, RestOptions options, Supplier<RestClient> practice) {
        this.stage = stage;
        this.texts = texts;
        this.json = json;
        this.executor = executor;
        this.store = store;
        this.dataDir = dataDir;
        this.options = options;
        this.practice = practice;
    }

    /** Shows the desk for this portal in the window and starts loading the waitlist. */
    public MainViewModel show(RestClient client, boolean practice) {
        DraftStore drafts = new DraftStore(dataDir.resolve(Connections.draftsFileName(client.portal(), practice)),
                json);
        DeskContext ctx = new DeskContext(new BookingWaitlistStore(client),
                new CrmClientDirectory(new RestCrmDirectory(client)), new FxBackgroundRunner(executor),
                new FxScheduler(), texts, new FxDialogs(() -> stage, texts, this::settingsForm), new Drafts(drafts));
        if (main != null) {
            main.close(); // the old portal's live refresh stops
        }
        main = new MainViewModel(ctx, practice);
        main.windowFocusedProperty().bind(stage.focusedProperty());
        BookingServices booking = new BookingServices(new BookingPortalDesk(client, ZoneId.systemDefault()),
                new CrmDealDirectory(new RestDeals(client), client.portal()), Clock.systemDefaultZone(), browser);
        Parent root = Views.mainWindow(main, new BookingPanelViewModel(ctx, booking, main),
                new DealsViewModel(ctx, booking, main), texts.bundle());
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root));
        } else {
            stage.getScene().setRoot(root);
        }
        main.refresh();
        return main;
    }

    /** How a deal's page opens (the app's host services; nothing in tests). Set before {@link #show}. */
    public void openLinksWith(Consumer<URI> opener) {
        this.browser = opener;
    }

    public MainViewModel main() {
        return main;
    }

    private SettingsViewModel settingsForm() {
        return new SettingsViewModel(store.load(), this::test, new FxBackgroundRunner(executor), texts, this::connect,
                this::usePractice);
    }

    private void test(ConnectionSettings settings) {
        RestClient client;
        try {
            client = Connections.client(settings, null, options);
        } catch (IllegalArgumentException e) {
            throw new StoreException(new Failure.Refused(new Failure.Evidence("", e.getMessage(), 0)),
                    e.getMessage(), e);
        }
        try {
            client.checkConnection();
        } catch (RestException e) {
            throw RestFailures.translate(e);
        }
    }

    /** Saving the settings: store them (owner-only file) and switch the window to that portal. */
    private void connect(ConnectionSettings settings) {
        RestClient client = Connections.client(settings, store, options);
        store.save(settings);
        show(client, false);
    }

    /** Back to the practice portal: the stored connection is forgotten. */
    private void usePractice() {
        store.clear();
        show(practice.get(), true);
    }
}
