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
        String reference = LogReference.next();
        LOG.log(Level.ERROR, LogReference.tag(reference) + " Unexpected failure on " + thread.getName(), failure);
        if (Platform.isFxApplicationThread()) {
            show(reference);
        } else {
            Platform.runLater(() -> show(reference));
        }
    }

    private void show(String reference) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, texts.get("error.text") + "\n\n"
                + texts.get("error.reference", reference));
        alert.setTitle(texts.get("error.title"));
        alert.setHeaderText(texts.get("error.header"));
        alert.setOnHidden(e -> showing.set(false));
        alert.show(); // not showAndWait: that is refused during layout or animation
    }
}
