package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.settings.Themes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.app.DeskWindow;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.bitrix.RetryPolicy;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.sandbox.Client;
import dev.waitlistdesk.sandbox.Company;
import dev.waitlistdesk.sandbox.Contact;
import dev.waitlistdesk.sandbox.Multifield;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxConfig.RateLimit;
import dev.waitlistdesk.sandbox.SandboxConfig.Scale;
import dev.waitlistdesk.sandbox.SandboxData;
import dev.waitlistdesk.sandbox.SandboxServer;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real window against a real sandbox portal over HTTP on a free port, with a few known
 * records: Anna Petrova on "Haircut, mornings", Acme GmbH and Boris Klein on "Massage, Friday".
 * A JUnit extension: {@code @RegisterExtension final DeskFixture desk = DeskFixture.inEnglish();}
 * opens the window before each test (on TestFX's primary stage), closes it after, and hands tests an
 * {@link FxRobot} parameter.
 */
public final class DeskFixture implements BeforeEachCallback, AfterEachCallback, ParameterResolver, AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** Short waits between retries so a test of "no connection" takes a second, not ten. */
    public static final RestOptions OPTIONS = RestOptions.defaults()
            .withRetry(new RetryPolicy(3, 2, Duration.ofMillis(40), Duration.ofSeconds(2), () -> 0.5));

    public final Path dir;
    public final SandboxConfig config;
    public final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "ui-test-background");
        thread.setDaemon(true);
        return thread;
    });
    public final ConnectionSettingsStore store;
    public SandboxServer sandbox;
    public int port;
    public Contact anna;
    public Contact boris;
    public Contact zelda;
    public Company acme;
    public Company zeldaWorks;
    public long haircut;
    public long massage;
    public DeskWindow window;
    public Locale language = Locale.ENGLISH;
    public MainViewModel main;
    public Stage stage;
    private double width = 1180;
    private double height = 760;

    private DeskFixture() {
        try {
            Files.createDirectories(Path.of("target"));
            dir = Files.createTempDirectory(Path.of("target"), "ui-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config = new SandboxConfig(dir.resolve("sandbox-portal.json"), 0, 7, new Scale(30, 5, 0), RateLimit.OFF,
                true);
        sandbox = SandboxServer.start(config);
        port = sandbox.port();
        store = new ConnectionSettingsStore(dir.resolve("config/connection.json"), JSON);
        seed(sandbox.data());
    }

    public static DeskFixture inEnglish() {
        return in(Locale.ENGLISH);
    }

    /** The window in this language. */
    public static DeskFixture in(Locale language) {
        DeskFixture fixture = new DeskFixture();
        fixture.language = language;
        return fixture;
    }

    /** The window's size once shown (1180×760 unless told). */
    public DeskFixture sized(double width, double height) {
        this.width = width;
        this.height = height;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws TimeoutException {
        showOnPrimaryStage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        closeWindow();
    }

    /** The window on TestFX's primary stage; for tests that open one desk per parameter. */
    public void showOnPrimaryStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(primary -> show(primary, sandbox.webhookUrl()));
    }

    public void closeWindow() throws TimeoutException {
        close();
        FxToolkit.cleanupStages();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new FxRobot();
    }

    /** The sandbox and the settings, with no window yet: for tests that build their own. */
    public static DeskFixture withoutWindow() {
        return new DeskFixture();
    }

    public void show(Stage stage, String webhookUrl) {
        this.stage = stage;
        // A scene of its own for each test's desk, as the app's window has one: on TestFX's primary stage the
        // scene of an earlier test would stay, and with it state JavaFX keeps per scene (in the full suite's
        // order Alt+S then did nothing).
        stage.setScene(null);
        Themes.apply(dev.waitlistdesk.desk.settings.Appearance.LIGHT); // the app's look, so sizes are measured as shown
        window = new DeskWindow(stage, Texts.load(language), JSON, executor, store, dir, OPTIONS,
                () -> new RestClient(Portal.webhook(sandbox.webhookUrl()), OPTIONS));
        main = window.show(new RestClient(Portal.webhook(webhookUrl), OPTIONS), true);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
    }

    private void seed(SandboxData data) {
        anna = data.addContact("Anna", "", "Petrova", "", null, List.of(phone("+49 30 1111")));
        boris = data.addContact("Boris", "", "Klein", "", null, List.of(phone("+49 30 2222")));
        zelda = data.addContact("Zelda", "", "Quarry", "", null, List.of(phone("+49 30 7777")));
        acme = data.addCompany("Acme GmbH", "IT", List.of(phone("+49 30 9000")));
        zeldaWorks = data.addCompany("Zelda Works", "IT", List.of());
        haircut = data.addWaitlist("Haircut, mornings");
        data.setClients(haircut, List.of(Client.contact(anna.id())));
        massage = data.addWaitlist("Massage, Friday");
        data.setClients(massage, List.of(Client.company(acme.id()), Client.contact(boris.id())));
    }

    private static Multifield phone(String number) {
        return new Multifield(0, "PHONE", "WORK", number);
    }

    /** The portal goes away, as when the network drops. */
    public void stopSandbox() {
        sandbox.close();
    }

    /** ...and comes back on the same port with the same data. */
    public void restartSandbox() {
        sandbox = SandboxServer.start(config.withPort(port).withReset(false));
    }

    @Override
    public void close() {
        if (window != null && window.main() != null) {
            javafx.application.Platform.runLater(window.main()::close);
        }
        executor.shutdownNow();
        sandbox.close();
    }
}
