package dev.waitlistdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.bitrix.Json;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.desk.Texts;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxServer;
import dev.waitlistdesk.settings.AppDirs;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import dev.waitlistdesk.ui.UncaughtErrors;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Application and composition root: builds the objects, nothing else. */
public final class WaitlistDeskApp extends Application {

    private static final System.Logger LOG = System.getLogger(WaitlistDeskApp.class.getName());

    private final ObjectMapper json = Json.mapper();
    private final ExecutorService executor = appExecutor();
    private ConnectionSettingsStore store;
    private RestClient client;
    private SandboxServer sandbox;
    private String sandboxProblem;

    /** Runs on the launcher thread, before the window: reading settings and starting the sandbox wait here. */
    @Override
    public void init() {
        store = ConnectionSettingsStore.inConfigDir(json);
        Optional<ConnectionSettings> settings = store.load();
        if (settings.isPresent()) {
            try {
                client = Connections.client(settings.get(), store, RestOptions.defaults());
                return;
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "The saved connection settings cannot be used ({0}); "
                        + "starting on the practice portal", e.getMessage());
            }
        }
        try {
            client = practiceClient();
        } catch (RuntimeException e) {
            // Most likely the data folder cannot be written; said in start(), in words, not as a stack trace.
            LOG.log(Level.ERROR, "The practice portal could not start", e);
            sandboxProblem = e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")");
        }
    }

    /** A client of the practice portal, which is started the first time it is needed. */
    private synchronized RestClient practiceClient() {
        if (sandbox == null) {
            sandbox = SandboxServer.start(SandboxConfig.defaults(AppDirs.dataDir().resolve("sandbox-portal.json")));
            LOG.log(Level.INFO, "Running on the practice portal at 127.0.0.1:{0}", String.valueOf(sandbox.port()));
        }
        return new RestClient(Portal.webhook(sandbox.webhookUrl()), RestOptions.defaults());
    }

    @Override
    public void start(Stage stage) {
        Texts texts = Texts.load(Locale.getDefault());
        UncaughtErrors.install(texts);
        if (sandboxProblem != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    texts.get("startup.sandboxFailed", sandboxProblem, AppDirs.dataDir().toString()));
            alert.setTitle(texts.get("app.title"));
            alert.setHeaderText(texts.get("startup.failed"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        stage.setTitle(texts.get("app.title"));
        AppIcons.addTo(stage);
        StartupProbe.attach(stage, getParameters().getRaw());
        DeskWindow window = new DeskWindow(stage, texts, json, executor, store, AppDirs.dataDir(),
                RestOptions.defaults(), this::practiceClient);
        window.openLinksWith(uri -> getHostServices().showDocument(uri.toString()));
        window.show(client, sandbox != null);
        stage.show();
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** Two daemon threads: a save and a search can run side by side; the queue holds the rest. */
    static ExecutorService appExecutor() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "desk-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
