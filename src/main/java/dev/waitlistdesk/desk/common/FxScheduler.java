package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.common.Scheduler;
import java.time.Duration;
import javafx.animation.PauseTransition;

/** Delays on the FX thread with a PauseTransition: no thread of its own. Call it on the FX thread. */
public final class FxScheduler implements Scheduler {

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
