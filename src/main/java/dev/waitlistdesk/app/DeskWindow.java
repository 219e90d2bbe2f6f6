package dev.waitlistdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.check.ConnectionCheck;
import dev.waitlistdesk.bitrix.BadSetting;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.BookingPortalDesk;
import dev.waitlistdesk.portal.booking.BookingWaitlistStore;
import dev.waitlistdesk.portal.booking.CreatedDaysFile;
import dev.waitlistdesk.portal.booking.PortalFacts;
import dev.waitlistdesk.portal.crm.CrmDealDirectory;
import dev.waitlistdesk.portal.crm.RestDeals;
import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.desk.booking.FillFreedTimeViewModel;
import dev.waitlistdesk.desk.booking.BookingServices;
import dev.waitlistdesk.portal.crm.CrmClientDirectory;
import dev.waitlistdesk.portal.crm.RestCrmDirectory;
import dev.waitlistdesk.desk.settings.Appearance;
import dev.waitlistdesk.desk.common.LayoutShortcuts;
import dev.waitlistdesk.desk.common.Drafts;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.StoreException;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.desk.settings.PortalChoice;
import dev.waitlistdesk.desk.settings.SettingsViewModel;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import dev.waitlistdesk.settings.ConnectionSource;
import dev.waitlistdesk.settings.MachineConnection;
import dev.waitlistdesk.settings.DraftStore;
import dev.waitlistdesk.settings.WindowPrefs;
import dev.waitlistdesk.settings.WindowPrefsStore;
import dev.waitlistdesk.desk.common.FxBackgroundRunner;
import dev.waitlistdesk.desk.FxDialogs;
import dev.waitlistdesk.desk.common.FxScheduler;
import dev.waitlistdesk.desk.settings.Themes;
import dev.waitlistdesk.desk.Views;
import dev.waitlistdesk.desk.common.HelpMenu;
import dev.waitlistdesk.desk.common.Zoom;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.HBox;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Builds the desk for one portal inside the window: services, view models, views. Connecting to
 * another portal from the settings builds it again, so nothing of the old portal lingers; so does a
 * new language. The window's size, its divider, theme and language are remembered per user.
 */
public final class DeskWindow {

    private static final double DEFAULT_DIVIDER = 0.42;

    private final Stage stage;
    private Texts texts;
    private final ObjectMapper json;
    private final Executor executor;
    private final ConnectionSettingsStore store;
    private final Path dataDir;
    private final RestOptions options;
    private final Supplier<RestClient> practice;
    private final WindowPrefsStore prefsStore;
    private final Appearance appearance;
    private WindowPrefs prefs;
    private MainViewModel main;
    private DraftStore drafts;
    private SplitPane split;
    private FxDialogs dialogs;
    private RestClient client;
    private PortalFacts facts;
    private boolean onPractice;
    private boolean zoomKeys;
    private Consumer<URI> browser = uri -> { };
    private final MachineConnection machine;

    public DeskWindow(Stage stage, Texts texts, ObjectMapper json, Executor executor, ConnectionSettingsStore store,
                      Path dataDir, RestOptions options, Supplier<RestClient> practice) {
        this(stage, texts, json, executor, store, dataDir, options, practice,
                new WindowPrefsStore(dataDir.resolve("window.json"), json));
    }

    public DeskWindow(Stage stage, Texts texts, ObjectMapper json, Executor executor, ConnectionSettingsStore store,
                      Path dataDir, RestOptions options, Supplier<RestClient> practice, WindowPrefsStore prefsStore) {
        this.prefsStore = prefsStore;
        this.prefs = prefsStore.load();
        this.appearance = new Appearance(prefs.theme(), prefs.language());
        appearance.themeProperty().addListener((o, old, theme) -> {
            Themes.apply(theme);
            remember(prefs.withTheme(theme));
        });
        appearance.languageProperty().addListener((o, old, language) -> {
            remember(prefs.withLanguage(language));
            this.texts = Texts.load(Locales.apply(language));
            show(client, onPractice); // the whole window in the new language; unsaved work waits as drafts
        });
        this.stage = stage;
        this.texts = texts;
        this.json = json;
        this.executor = executor;
        this.store = store;
        this.dataDir = dataDir;
        this.options = options;
        this.practice = practice;
        this.machine = MachineConnection.ofThisComputer(json);
        LayoutShortcuts.everywhere();
    }

    /** As the app ends: the drafts still being written reach the disk. */
    public void close() {
        if (drafts != null) {
            drafts.close();
        }
    }

    /** Shows the desk for this portal in the window and starts loading the waitlist. */
    public MainViewModel show(RestClient client, boolean practice) {
        this.client = client;
        this.onPractice = practice;
        if (drafts != null) {
            drafts.close(); // the old portal's drafts reach the disk before its desk goes
        }
        drafts = new DraftStore(dataDir.resolve(Connections.draftsFileName(client.portal(), practice)), json);
        dialogs = new FxDialogs(() -> stage, texts, this::settingsForm);
        facts = Connections.portalFacts(dataDir, client.portal(), practice, json);
        // one file per portal; after a reset of the practice portal (new records, same ids) delete its file
        CreatedDaysFile createdDays = new CreatedDaysFile(dataDir.resolve(
                Connections.portalFileName("created-days", client.portal(), practice)));
        DeskWiring desk = new DeskWiring(new BookingWaitlistStore(client, facts, createdDays),
                new CrmClientDirectory(new RestCrmDirectory(client)), new FxBackgroundRunner(executor),
                new FxScheduler(), texts, dialogs, new Drafts(drafts), Clock.systemDefaultZone());
        if (main != null) {
            main.close(); // the old portal's live refresh stops
        }
        main = desk.main(practice);
        main.oldestFirstProperty().set(prefs.oldestFirst());
        main.oldestFirstProperty().addListener((o, old, on) -> remember(prefs.withOldestFirst(on)));
        main.windowFocusedProperty().bind(stage.focusedProperty());
        main.start(); // the requests go out while the window is built; their answers wait for the FX thread
        BookingServices booking = new BookingServices(new BookingPortalDesk(client, ZoneId.systemDefault()),
                new CrmDealDirectory(new RestDeals(client), client.portal()), Clock.systemDefaultZone(), browser);
        BookingPanelViewModel panel = desk.bookingPanel(booking, main.records());
        Parent root = Views.mainWindow(main, panel, new FillFreedTimeViewModel(texts, main.records(), panel),
                desk.deals(booking, main.records()), texts.bundle());
        double divider = split == null ? (prefs.divider() > 0 ? prefs.divider() : DEFAULT_DIVIDER)
                : split.getDividerPositions()[0];
        split = (SplitPane) root.lookup("#mainSplit");
        addHelpMenu(split.getItems().get(0)); // the list's pane: SplitPane items are children only once skinned
        split.setDividerPositions(divider);
        WindowPlacement.keepDivider(split);
        // The portal's host names the window (never the webhook's code): the receptionist sees where they work.
        stage.setTitle(practice ? texts.get("app.title.practice") : texts.get("app.title.portal", client.portal().host()));
        if (stage.getScene() == null) {
            stage.setScene(scene(root, prefs)); // no loading scene came first (tests)
            WindowPlacement.place(stage, prefs);
        } else {
            stage.getScene().setRoot(root); // the loading scene was placed before the window first showed
        }
        Zoom.apply(stage.getScene(), prefs.zoom());
        if (!zoomKeys) {
            zoomKeys = true;
            Zoom.keys(stage.getScene(), () -> prefs.zoom(), level -> {
                Zoom.apply(stage.getScene(), level);
                remember(prefs.withZoom(level));
            });
        }
        // size, place, maximised and divider, remembered whichever way the window closes
        stage.setOnHiding(e -> remember(WindowPlacement.closing(stage, prefs, split.getDividerPositions()[0])));
        return main;
    }

    /**
     * Help (F1): Copy diagnostics, About; at the end of the "longest waiting first" row, the one row
     * with room for it at 1024 px in German (in the date row it cut the dates' prompt and touched the
     * divider; beside Settings it was cut off).
     */
    private void addHelpMenu(Node listPane) {
        HBox bar = (HBox) listPane.lookup("#oldestFirst").getParent().getParent(); // past the wrapping pane
        bar.getChildren().add(HelpMenu.create(texts, this::diagnostics,
                () -> new String[] {texts.get("about.version", AppVersion.get()),
                        texts.get("about.text", System.getProperty("java.version"), LogFile.current(dataDir))},
                DeskWindow::thirdPartyNotices));
    }

    private String diagnostics() {
        String screens = Screen.getScreens().stream().map(screen -> (int) screen.getBounds().getWidth() + "x"
                + (int) screen.getBounds().getHeight() + " at scale " + screen.getOutputScaleX())
                .collect(Collectors.joining("; "));
        String theme = appearance.themeProperty().get();
        Diagnostics.Window window = new Diagnostics.Window(screens, texts.locale().toLanguageTag()
                + " (system: " + Locale.getDefault().toLanguageTag() + ")", theme.isEmpty() ? "follows the system" : theme);
        return Diagnostics.text(window, client, facts, onPractice,
                onPractice ? Optional.empty() : new ConnectionSource(store, machine).load(), machine, dataDir,
                Clock.systemUTC());
    }

    private static String thirdPartyNotices() {
        InputStream notices = DeskWindow.class.getResourceAsStream("/dev/waitlistdesk/legal/THIRD-PARTY-NOTICES.txt");
        try (InputStream in = Objects.requireNonNull(notices, "THIRD-PARTY-NOTICES.txt is part of every build")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A scene of the size the receptionist left the window at (the default on a first start), never
     * larger than the screen; place the stage with {@link WindowPlacement#place} before showing it.
     */
    static Scene scene(Parent root, WindowPrefs prefs) {
        double[] size = WindowPlacement.contentSize(prefs, WindowPlacement.screenOf(prefs).getVisualBounds());
        return new Scene(root, size[0], size[1]);
    }

    private void remember(WindowPrefs changed) {
        prefs = changed;
        prefsStore.save(changed);
    }

    public Appearance appearance() {
        return appearance;
    }

    /** How a deal's page opens (the app's host services; nothing in tests). Set before {@link #show}. */
    public void openLinksWith(Consumer<URI> opener) {
        this.browser = opener;
    }

    public MainViewModel main() {
        return main;
    }

    private SettingsViewModel settingsForm() {
        Optional<ConnectionSource.Chosen> chosen = new ConnectionSource(store, machine).load();
        SettingsViewModel form = new SettingsViewModel(chosen.map(ConnectionSource.Chosen::settings), portals,
                new FxBackgroundRunner(executor), texts, dialogs, appearance);
        chosen.filter(ConnectionSource.Chosen::locked).ifPresent(locked -> form.lock(machine.file().toString()));
        return form;
    }

    /** The settings form's way back into the window. */
    private final PortalChoice portals = new PortalChoice() {
        @Override
        public void test(ConnectionSettings settings) {
            testConnection(settings);
        }

        @Override
        public void connect(ConnectionSettings settings) {
            connectTo(settings);
        }

        @Override
        public void usePractice() {
            usePracticePortal();
        }
    };

    private void testConnection(ConnectionSettings settings) {
        RestClient client;
        try {
            client = Connections.client(settings, null, options);
        } catch (IllegalArgumentException e) {
            String words = e instanceof BadSetting bad ? BadSettingWords.of(bad, texts) : e.getMessage();
            throw new StoreException(new Failure.Refused(new Failure.Evidence("", words, 0)), e.getMessage(), e);
        }
        ConnectionCheck.run(client);
    }

    /** Saving the settings: store them (owner-only file) and switch the window to that portal. */
    private void connectTo(ConnectionSettings settings) {
        RestClient client;
        try {
            client = Connections.client(settings, store, options);
        } catch (BadSetting e) {
            throw new IllegalArgumentException(BadSettingWords.of(e, texts), e); // the form shows the message
        }
        store.save(settings);
        show(client, false);
    }

    /** Back to the practice portal: the stored connection is forgotten. */
    private void usePracticePortal() {
        store.clear();
        show(practice.get(), true);
    }
}
