package dev.waitlistdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.bitrix.Json;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxServer;
import dev.waitlistdesk.settings.AppDirs;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import dev.waitlistdesk.settings.ConnectionSource;
import dev.waitlistdesk.settings.MachineConnection;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the window needs besides JavaFX: the JSON mapper, the stored settings, and a client of the
 * configured portal or of the practice portal. Built on a thread of its own while the JavaFX toolkit
 * starts, so that neither waits for the other (Jackson, OkHttp with its TLS set-up and the practice
 * portal's data file together take about as long as the toolkit).
 */
final class Backend {

    private static final System.Logger LOG = System.getLogger(Backend.class.getName());

    final ObjectMapper json = Json.mapper();
    final ConnectionSettingsStore store = ConnectionSettingsStore.inConfigDir(json);
    private final ConnectionSource connections = new ConnectionSource(store, MachineConnection.ofThisComputer(json));
    private SandboxServer sandbox;
    private RestClient client;
    private String sandboxProblem;

    /** Starts building the backend on a daemon thread. */
    static CompletableFuture<Backend> startInBackground() {
        CompletableFuture<Backend> backend = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                backend.complete(new Backend().connect());
            } catch (Throwable e) {
                backend.completeExceptionally(e);
            }
        }, "backend-start");
        thread.setDaemon(true);
        thread.start();
        return backend;
    }

    /** The desk's portal (its own, or IT's machine-wide one), or else the practice portal. */
    private Backend connect() {
        AppDirs.removeTempLeftovers();
        Optional<ConnectionSource.Chosen> settings = connections.load();
        if (settings.isPresent()) {
            try {
                client = Connections.client(settings.get(), store, RestOptions.defaults());
                return this;
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "The saved connection settings cannot be used ({0}); "
                        + "starting on the practice portal", e.getMessage());
                store.putAsideUnusable(); // the same dialog as for an unreadable file
            }
        }
        try {
            client = practiceClient();
        } catch (RuntimeException e) {
            // Most likely the data folder cannot be written; said in the window, in words, not as a stack trace.
            LOG.log(Level.ERROR, "The practice portal could not start", e);
            sandboxProblem = e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")");
        }
        return this;
    }

    /** A client of the practice portal, which is started the first time it is needed. */
    synchronized RestClient practiceClient() {
        if (sandbox == null) {
            sandbox = SandboxServer.start(SandboxConfig.defaults(AppDirs.dataDir().resolve("sandbox-portal.json")));
            LOG.log(Level.INFO, "Running on the practice portal at 127.0.0.1:{0}", String.valueOf(sandbox.port()));
        }
        return new RestClient(Portal.webhook(sandbox.webhookUrl()), RestOptions.defaults());
    }

    /** The client to start with; null when the practice portal could not start ({@link #sandboxProblem()}). */
    RestClient client() {
        return client;
    }

    /** Whether {@link #client()}, the client to start with, is the practice portal's. */
    synchronized boolean onPractice() {
        return sandbox != null;
    }

    String sandboxProblem() {
        return sandboxProblem;
    }

    synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
