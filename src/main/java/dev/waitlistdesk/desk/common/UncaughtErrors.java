package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.common.Texts;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;

/**
 * The last line of defence: logs a failure nobody handled, once, and shows a readable dialog
 * without the stack trace. One dialog at a time, so a failure in a loop does not bury the screen.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private final Texts texts;
    private final AtomicBoolean showing = new AtomicBoolean();

    private UncaughtErrors(Texts texts) {
        this.texts = texts;
    }

    public static void install(Texts texts) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(texts));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(Level.ERROR, "Unexpected failure on " + thread.getName(), failure);
        if (Platform.isFxApplicationThread()) {
            show();
        } else {
            Platform.runLater(this::show);
        }
    }

    private void show() {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, texts.get("error.text"));
        alert.setTitle(texts.get("error.title"));
        alert.setHeaderText(texts.get("error.header"));
        alert.setOnHidden(e -> showing.set(false));
        alert.show(); // not showAndWait: that is refused during layout or animation
    }
}
