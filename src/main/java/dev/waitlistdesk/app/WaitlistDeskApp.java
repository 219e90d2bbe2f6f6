package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.Json;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.settings.AppDirs;
import dev.waitlistdesk.settings.WindowPrefs;
import dev.waitlistdesk.settings.WindowPrefsStore;
import dev.waitlistdesk.desk.settings.Themes;
import dev.waitlistdesk.desk.common.UncaughtErrors;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Application and composition root: builds the objects, nothing else. */
public final class WaitlistDeskApp extends Application {

    /** Started by Main before the toolkit, so both start side by side; tests that launch the app directly get one here. */
    private static CompletableFuture<Backend> starting;
    private static volatile OneDesk one;

    private final ExecutorService executor = appExecutor();
    private CompletableFuture<Backend> backend;
    private WindowPrefsStore prefs;
    /** Set once the desk shows; its drafts are written out as the app stops. */
    private DeskWindow window;

    /** Starts building the backend (settings, portal client, practice portal) before the JavaFX toolkit starts. */
    static synchronized void startBackend() {
        if (starting == null) {
            starting = Backend.startInBackground();
        }
    }

    private static synchronized CompletableFuture<Backend> takeBackend() {
        startBackend();
        CompletableFuture<Backend> taken = starting;
        starting = null;
        return taken;
    }

    /** This desk's hold on the data folder: a second start calls the window forward. */
    static void oneDesk(OneDesk hold) {
        one = hold;
    }

    /**
     * Shows the window at once, saying that the waitlist is loading, and fills it when the backend is
     * ready: the FX thread never waits for Jackson, OkHttp or the practice portal.
     */
    @Override
    public void start(Stage stage) {
        backend = takeBackend();
        if (one != null) {
            one.onCall(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }));
        }
        // The receptionist's theme and language first, so even a start-up error reads right.
        prefs = WindowPrefsStore.inConfigDir(Json.mapper());
        WindowPrefs look = prefs.load();
        Themes.apply(look.theme());
        Texts texts = Texts.load(Locales.apply(look.language()));
        UncaughtErrors.install(texts);
        stage.setTitle(texts.get("app.title"));
        AppIcons.addTo(stage);
        StartupProbe.attach(stage, getParameters().getRaw());
        // the size and place the desk will have: the window manager reads the minimum size and the
        // size when the window first maps, and the desk only replaces this scene's content
        Scene scene = DeskWindow.scene(new StackPane(new Label(texts.get("list.loading"))), look);
        stage.setScene(scene);
        WindowPlacement.place(stage, look);
        stage.show();
        // the desk is built after the first frame: building it first would keep the window blank longer
        afterNextFrame(scene).thenCombine(backend, (frame, ready) -> ready).whenComplete((ready, error) ->
                Platform.runLater(() -> {
                    if (error != null) {
                        throw new IllegalStateException("The app could not start", error);
                    }
                    showDesk(stage, texts, ready);
                }));
    }

    /** Completes at the end of the next pulse of the scene, when its layout has been handed to the renderer. */
    private static CompletableFuture<Void> afterNextFrame(Scene scene) {
        CompletableFuture<Void> frame = new CompletableFuture<>();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                frame.complete(null);
            }
        });
        Platform.requestNextPulse();
        return frame;
    }

    private void showDesk(Stage stage, Texts texts, Backend ready) {
        if (ready.sandboxProblem() != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    texts.get("startup.sandboxFailed", ready.sandboxProblem(), AppDirs.dataDir().toString()));
            alert.setTitle(texts.get("app.title"));
            alert.setHeaderText(texts.get("startup.failed"));
            alert.initOwner(stage);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = new DeskWindow(stage, texts, ready.json, executor, ready.store, AppDirs.dataDir(),
                RestOptions.defaults(), ready::practiceClient, prefs);
        window.openLinksWith(uri -> getHostServices().showDocument(uri.toString()));
        MainViewModel main = window.show(ready.client(), ready.onPractice());
        ready.store.setAside().ifPresent(aside -> Platform.runLater(() -> offerSettings(texts, aside, main)));
    }

    /** The stored connection could not be read: say so, say where the file went, offer Settings. */
    private static void offerSettings(Texts texts, Path aside, MainViewModel main) {
        ButtonType open = new ButtonType(texts.get("startup.unreadableSettings.open"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, texts.get("startup.unreadableSettings",
                aside.getFileName().toString(), aside.getParent().toString()), open, ButtonType.CLOSE);
        alert.setTitle(texts.get("app.title"));
        alert.setHeaderText(texts.get("startup.unreadableSettings.header"));
        alert.showAndWait().filter(open::equals).ifPresent(button -> main.openSettings());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        executor.shutdownNow();
        if (backend != null) {
            backend.thenAccept(Backend::close);
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
